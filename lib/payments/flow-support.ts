import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { payments, type Payment } from '@/db/schema';
import { fromMinorUnits, toMinorUnits } from '@/lib/campaigns/schemas';
import { ConflictError } from '@/lib/errors';
import { createDemoGateway } from './gateway/demo';
import type { PaymentGateway } from './gateway/types';

/** Money still in escrow on a captured payment. */
export const heldSql = sql<string>`(${payments.amount} - ${payments.releasedAmount} - ${payments.refundedAmount})`;

/** Amounts in hundredths (numeric(19,2) units) so comparisons and sums never use floats. */
export const hundredths = (amount: string): bigint => toMinorUnits(amount);
export const decimalOf = (value: bigint): string => fromMinorUnits(value);
export const minOf = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/**
 * The gateway that holds this payment's money: a demo payment stays in the demo even after Stripe keys are added; a
 * Stripe payment cannot move without Stripe.
 */
export function gatewayFor(kind: Payment['gateway'], configured: PaymentGateway, executor: Executor): PaymentGateway {
  if (configured.kind === kind) return configured;
  if (kind === 'demo') return createDemoGateway(executor);
  throw new ConflictError('Stripe is not configured, so this Stripe payment cannot move. Set STRIPE_SECRET_KEY.');
}

/** Runs each item in turn and keeps going when one fails, so one bad payment does not stop a sweep. */
export async function eachSettled<T>(items: T[], work: (item: T) => Promise<number>, label: string): Promise<number> {
  let changed = 0;
  for (const item of items) {
    try {
      changed += await work(item);
    } catch (error) {
      console.error(`payments: ${label} failed`, error);
    }
  }
  return changed;
}
