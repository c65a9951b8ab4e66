import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { ledgerEntries, payments } from '@/db/schema';
import { withTransaction, type Ctx } from '@/lib/context';
import { decimalOf, gatewayFor, heldOf, hundredths, minOf } from './flow-support';
import { paymentGateway } from './gateway/index';
import type { PaymentGateway } from './gateway/types';
import { recordRefund } from './ledger';
import { toGatewayAmount } from './money';
import { holdsMoney } from './release';

export type RefundReason = 'contract_terminated' | 'dispute_resolved' | 'requested_by_customer';

/**
 * Refunds held money of a contract's payments to the brand, at most `amount` in total (all of it when omitted),
 * latest milestone first. Card-disputed payments are frozen. Call outside any transaction.
 */
export async function refundContractPayments(
  ctx: Ctx,
  contractId: string,
  options: { amount?: string; reason: RefundReason },
  gateway: PaymentGateway = paymentGateway(ctx.db),
): Promise<{ refunded: number; amount: string }> {
  const rows = await ctx.db
    .select({
      payment: payments,
      refunds: sql<number>`(select count(*)::int from ${ledgerEntries} where ${ledgerEntries.paymentId} = ${payments.id} and ${ledgerEntries.kind} = 'refund')`,
    })
    .from(payments)
    .where(and(eq(payments.contractId, contractId), holdsMoney, ne(payments.status, 'disputed')))
    .orderBy(desc(payments.milestoneIndex), desc(payments.createdAt));

  let remaining = options.amount === undefined ? null : hundredths(options.amount);
  let refunded = 0;
  let total = 0n;
  for (const { payment, refunds } of rows) {
    const amount = remaining === null ? heldOf(payment) : minOf(heldOf(payment), remaining);
    if (amount <= 0n) break;
    if (!payment.stripePaymentIntentId) continue;
    const value = decimalOf(amount);
    const refund = await gatewayFor(payment.gateway, gateway, ctx.db).createRefund({
      paymentId: payment.id,
      paymentIntentId: payment.stripePaymentIntentId,
      amountMinor: toGatewayAmount(value, payment.currency),
      reason: options.reason,
      sequence: refunds + 1,
    });
    if (refund.status === 'failed' || refund.status === 'canceled') continue;
    await withTransaction(ctx, (tx) => recordRefund(tx, payment.id, { amount: value, refundId: refund.id }));
    if (remaining !== null) remaining -= amount;
    total += amount;
    refunded += 1;
  }
  return { refunded, amount: decimalOf(total) };
}
