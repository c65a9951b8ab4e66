import { z } from 'zod';

const contractEnvSchema = z.object({
  CONTRACT_SIGN_DAYS: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce.number().int().min(1).max(365).default(14),
  ),
});

const dayMs = 24 * 60 * 60 * 1000;

/** Days both sides have to sign a contract before it is void; read on each call, so tests and restarts see changes. */
export function contractSignDays(source: Record<string, string | undefined> = process.env): number {
  const parsed = contractEnvSchema.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid CONTRACT_SIGN_DAYS: ${parsed.error.issues[0]?.message}`);
  return parsed.data.CONTRACT_SIGN_DAYS;
}

/** When an unsigned contract expires: CONTRACT_SIGN_DAYS after it was created. */
export function contractSignDeadline(contract: { createdAt: Date }, days = contractSignDays()): Date {
  return new Date(contract.createdAt.getTime() + days * dayMs);
}

/** The contracts created before this instant and still unsigned at `now` are past their deadline. */
export function unsignedCreatedBefore(now: Date, days = contractSignDays()): Date {
  return new Date(now.getTime() - days * dayMs);
}
