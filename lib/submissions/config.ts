import { z } from 'zod';

const submissionEnvSchema = z.object({
  SUBMISSION_AUTO_APPROVE_DAYS: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce.number().int().min(1).max(365).default(5),
  ),
});

/** Read on each call, so tests and restarts pick up a changed environment. */
export function submissionConfig(source: Record<string, string | undefined> = process.env) {
  const parsed = submissionEnvSchema.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid SUBMISSION_AUTO_APPROVE_DAYS: ${parsed.error.issues[0]?.message}`);
  return { autoApproveDays: parsed.data.SUBMISSION_AUTO_APPROVE_DAYS };
}
