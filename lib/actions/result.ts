import { z } from 'zod';
import { DomainError } from '@/lib/errors';

export type ActionResult<T = unknown> =
  { ok: true; data: T; message?: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export function invalidInput(error: z.ZodError): ActionResult<never> {
  const { fieldErrors } = z.flattenError(error) as { fieldErrors: Record<string, string[]> };
  return { ok: false, error: 'Please correct the highlighted fields.', fieldErrors };
}

export function failureOf(error: DomainError): ActionResult<never> {
  return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
}

export const unexpectedFailure: ActionResult<never> = { ok: false, error: 'Something went wrong on our side. Please try again.' };

/** Form fields become an object; a field sent several times (checkboxes, multi-selects) becomes an array. */
export function formToObject(input: FormData | Record<string, unknown>): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const result: Record<string, unknown> = {};
  for (const key of new Set(input.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = input.getAll(key);
    result[key] = values.length > 1 ? values : values[0];
  }
  return result;
}
