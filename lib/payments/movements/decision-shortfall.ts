import { eq, sql } from 'drizzle-orm';
import { moneyMovements, payments } from '@/db/schema';
import { fromMinorUnits, toMinorUnits } from '@/lib/campaigns/schemas';
import type { Ctx } from '@/lib/context';
import { minOf } from '../flow-support';
import { flagReconciliation } from '../webhooks/payment-moves';
import type { DecisionPlan } from './plan';

/**
 * Money the decision names but escrow no longer holds because it already went the other way (released before a
 * refund decision, or refunded before a release one, or sent that way and not confirmed yet) cannot be moved from escrow: staff are told through a
 * reconciliation issue and both sides read the shortfall in the decision's message.
 */
export async function fileDecisionShortfall(
  ctx: Ctx,
  contractId: string,
  currency: string,
  decided: { release: string; refund: string },
  plan: DecisionPlan,
): Promise<string> {
  // Gone the other way: recorded, or sent to the gateway under an earlier plan and possibly made already.
  const sentAway = (kind: 'release' | 'refund') =>
    sql`(select coalesce(sum(${moneyMovements.amount}), 0) from ${moneyMovements} where ${moneyMovements.contractId} = ${contractId} and ${moneyMovements.kind} = ${kind} and ${moneyMovements.status} = 'pending' and ${moneyMovements.sentAt} is not null)`;
  const [moved] = await ctx.db
    .select({
      released: sql<string>`(coalesce(sum(${payments.releasedAmount}), 0) + ${sentAway('release')})::text`,
      refunded: sql<string>`(coalesce(sum(${payments.refundedAmount}), 0) + ${sentAway('refund')})::text`,
    })
    .from(payments)
    .where(eq(payments.contractId, contractId));
  const missing = (wanted: string, planned: string, movedAway: string) =>
    minOf(toMinorUnits(wanted) - toMinorUnits(planned), toMinorUnits(movedAway));
  const refundShort = missing(decided.refund, plan.refund, moved!.released);
  const releaseShort = missing(decided.release, plan.release, moved!.refunded);
  if (refundShort <= 0n && releaseShort <= 0n) return '';
  await flagReconciliation(ctx, {
    payment: null,
    contractId,
    kind: 'decision_shortfall',
    details: {
      reason: 'The dispute decision names money that escrow no longer holds.',
      refund_not_in_escrow: fromMinorUnits(refundShort > 0n ? refundShort : 0n),
      release_not_in_escrow: fromMinorUnits(releaseShort > 0n ? releaseShort : 0n),
      currency,
    },
  });
  const parts = [
    refundShort > 0n ? `${fromMinorUnits(refundShort)} ${currency} was already paid to the creator` : null,
    releaseShort > 0n ? `${fromMinorUnits(releaseShort)} ${currency} was already refunded to the brand` : null,
  ].filter(Boolean);
  return ` ${parts.join(' and ')}, so it cannot move from escrow: Pactly staff will follow up.`;
}
