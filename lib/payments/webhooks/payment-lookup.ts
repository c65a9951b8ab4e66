import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import { ledgerEntries, payments, type Payment } from '@/db/schema';
import { isRecordId } from '@/lib/campaigns/queries';
import type { Ctx } from '@/lib/context';
import { lockPayment } from '../ledger';

export interface PaymentKeys {
  /** metadata.payment_id: our id, preferred when present. */
  paymentId?: string | null;
  sessionId?: string | null;
  paymentIntentId?: string | null;
  chargeId?: string | null;
  transferId?: string | null;
}

/** The payment an event is about, locked for the transaction; null when the event names none of ours. */
export async function findPaymentForUpdate(ctx: Ctx, keys: PaymentKeys): Promise<Payment | null> {
  const byOwnId = keys.paymentId && isRecordId(keys.paymentId) ? eq(payments.id, keys.paymentId) : undefined;
  const matches: (SQL | undefined)[] = [
    byOwnId,
    keys.sessionId ? eq(payments.stripePaymentId, keys.sessionId) : undefined,
    keys.paymentIntentId ? eq(payments.stripePaymentIntentId, keys.paymentIntentId) : undefined,
    keys.chargeId ? eq(payments.stripeChargeId, keys.chargeId) : undefined,
    keys.transferId ? eq(payments.stripeTransferId, keys.transferId) : undefined,
    keys.transferId
      ? sql`exists (select 1 from ${ledgerEntries} where ${and(
          eq(ledgerEntries.paymentId, payments.id),
          eq(ledgerEntries.kind, 'release'),
          eq(ledgerEntries.reference, keys.transferId),
        )})`
      : undefined,
  ];
  const where = or(...matches.filter((match): match is SQL => match !== undefined));
  if (!where) return null;
  const [found] = await ctx.db
    .select({ id: payments.id })
    .from(payments)
    .where(where)
    .orderBy(byOwnId ? sql`${byOwnId} desc` : payments.createdAt)
    .limit(1);
  return found ? lockPayment(ctx, found.id) : null;
}
