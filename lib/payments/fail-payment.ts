import { eq } from 'drizzle-orm';
import { campaigns, contracts, organizations, type Payment } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { brandContractPath } from '@/lib/contracts/links';
import { notify, organizationRecipients } from '@/lib/notifications/notify';
import { canMove } from './state';
import { changePayment, noteStripeState } from './webhooks/payment-moves';
import type { HandlerOutcome } from './webhooks/types';

/** Why a payment that never captured ended: kept in metadata.failure_reason. */
export type PaymentFailureReason = 'checkout_expired' | 'payment_intent_canceled' | 'contract_terminated' | 'campaign_cancelled';

export interface PaymentFailure {
  reason: PaymentFailureReason;
  at: Date;
  action: string;
  /** More to keep in the payment's metadata and the audit row (e.g. Stripe's cancellation_reason). */
  details?: Record<string, unknown>;
  /** Tell the brand's admins, in these words, why the milestone must be funded again (only while it can be). */
  tellBrand?: string;
}

/** Why a contract takes no more payments: terminated, or its campaign cancelled. Null while it may still be paid. */
export async function closedForPayment(ctx: Ctx, contractId: string | null): Promise<PaymentFailureReason | null> {
  if (!contractId) return null;
  const [row] = await ctx.db
    .select({ contract: contracts.status, campaign: campaigns.status })
    .from(contracts)
    .innerJoin(campaigns, eq(campaigns.id, contracts.campaignId))
    .where(eq(contracts.id, contractId));
  if (row?.contract === 'terminated') return 'contract_terminated';
  if (row?.campaign === 'cancelled') return 'campaign_cancelled';
  return null;
}

/**
 * Ends a payment that never captured (pending or authorized) as failed, with its reason and audit row, in the
 * caller's transaction on the locked payment. The milestone's unique index ignores failed payments, so the brand can
 * fund the milestone again.
 */
export async function failPayment(ctx: Ctx, payment: Payment, failure: PaymentFailure): Promise<HandlerOutcome> {
  if (!canMove(payment.status, 'failed')) return 'ignored';
  const details = { failure_reason: failure.reason, ...failure.details };
  await changePayment(
    ctx,
    payment,
    { status: 'failed', failedAt: failure.at, metadata: { ...payment.metadata, ...details } },
    { action: failure.action, metadata: details },
  );
  await noteStripeState(ctx, payment.id, failure.at);
  if (failure.tellBrand) await tellBrandToFundAgain(ctx, payment, failure.tellBrand);
  return 'applied';
}

async function tellBrandToFundAgain(ctx: Ctx, payment: Payment, why: string): Promise<void> {
  if (!payment.contractId) return;
  const [contract] = await ctx.db
    .select({
      status: contracts.status,
      campaignStatus: campaigns.status,
      orgSlug: organizations.slug,
      campaignTitle: campaigns.title,
    })
    .from(contracts)
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
    .innerJoin(campaigns, eq(campaigns.id, contracts.campaignId))
    .where(eq(contracts.id, payment.contractId));
  const fundable = contract?.status === 'signed' || contract?.status === 'active';
  if (!contract || !fundable || contract.campaignStatus === 'cancelled') return;
  const milestone = payment.metadata?.milestone ?? 'a milestone';
  await notify(ctx.db, await organizationRecipients(ctx.db, payment.payerId, ['brand_admin']), {
    type: 'payment_failed',
    title: `Payment failed: ${contract.campaignTitle}`,
    body: `The payment of ${payment.amount} ${payment.currency} for "${milestone}" of "${contract.campaignTitle}" was not taken: ${why}. Nothing was charged; fund the milestone again on the contract page.`,
    link: brandContractPath(contract.orgSlug, payment.contractId),
  });
}
