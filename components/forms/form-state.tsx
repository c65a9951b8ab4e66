import type { FormEvent, ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import type { ActionResult } from '@/lib/actions/result';

export function fieldError(state: ActionResult | null, field: string): string | undefined {
  return state && !state.ok ? state.fieldErrors?.[field]?.[0] : undefined;
}

interface FormErrorProps {
  state: ActionResult | null;
  message?: string;
  children?: ReactNode;
}

export function FormError({ state, message, children }: FormErrorProps) {
  if (!state || state.ok) return null;
  return (
    <Alert tone="error">
      <p>{message ?? state.error}</p>
      {children}
    </Alert>
  );
}

/** React resets a form after its action settles; cancelling that keeps what the person typed when the server says no. */
export function keepValuesOnReset(event: FormEvent<HTMLFormElement>) {
  event.preventDefault();
}
