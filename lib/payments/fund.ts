import { and, eq, inArray, ne } from 'drizzle-orm';
import { campaigns, contracts, offers, payments, users } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { recordAudit } from '@/lib/audit/record';
import { appUrl } from '@/lib/config/env';
import { brandContractPath } from '@/lib/contracts/links';
import { withTransaction } from '@/lib/context';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, isUniqueViolation } from '@/lib/errors';
import { isRecordId } from '@/lib/campaigns/queries';
import { roleAllows } from '@/lib/organizations/permissions';
import { paymentGateway } from './gateway/index';
import type { PaymentGateway } from './gateway/types';
import { toGatewayAmount } from './money';
import type { FundContractInput } from './schemas';

export interface Milestone {
  name: string;
  amount: string;
}

/** The contract's payment milestones as signed; a contract without any is paid as one milestone of its price. */
export function contractMilestones(content: Record<string, unknown>, price: string): Milestone[] {
  const offer = content.offer as { terms?: { milestones?: { name?: string; amount?: string }[] } } | undefined;
  const listed = (offer?.terms?.milestones ?? []).filter((m) => typeof m.amount === 'string');
  if (listed.length === 0) return [{ name: 'Full contract price', amount: price }];
  return listed.map((m, index) => ({ name: m.name?.trim() || `Milestone ${index + 1}`, amount: m.amount! }));
}

/** The amount in the gateway's minor units; an amount the currency cannot be charged in is the input's fault. */
function chargeableAmount(amount: string, currency: string): number {
  try {
    return toGatewayAmount(amount, currency);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new ValidationError(error.message, { milestoneIndex: [error.message] });
  }
}

/** The brand pays a milestone of a signed contract into escrow: a pending payment and a checkout to pay it through. */
export async function fundContract(
  ctx: BrandCtx,
  input: Pick<FundContractInput, 'contractId' | 'milestoneIndex'>,
  gateway: PaymentGateway = paymentGateway(ctx.db),
): Promise<{ paymentId: string; url: string }> {
  if (!roleAllows(ctx.membershipRole, 'payment.fund'))
    throw new ForbiddenError('Only an organization admin can fund a contract.');
  if (!isRecordId(input.contractId)) throw new NotFoundError('Contract not found.');

  const prepared = await withTransaction(ctx, async (tx) => {
    const [contract] = await tx.db
      .select({
        id: contracts.id,
        status: contracts.status,
        content: contracts.content,
        campaignId: contracts.campaignId,
        influencerId: contracts.influencerId,
        campaignTitle: campaigns.title,
        currency: campaigns.currency,
        price: offers.price,
      })
      .from(contracts)
      .innerJoin(campaigns, eq(campaigns.id, contracts.campaignId))
      .innerJoin(offers, eq(offers.id, contracts.offerId))
      .where(and(eq(contracts.id, input.contractId), eq(contracts.organizationId, ctx.organization.id)))
      .for('update', { of: contracts });
    if (!contract) throw new NotFoundError('Contract not found.');
    if (contract.status !== 'signed' && contract.status !== 'active') {
      throw new ConflictError(`This contract is ${contract.status}; only a signed or active contract can be funded.`);
    }
    const signedPrice = (contract.content.offer as { price?: string } | undefined)?.price;
    const milestones = contractMilestones(contract.content, signedPrice ?? contract.price);
    const milestone = milestones[input.milestoneIndex];
    if (!milestone) throw new NotFoundError('This contract has no such milestone.');
    // Before any row exists: an amount the gateway cannot charge must not leave a pending payment behind.
    chargeableAmount(milestone.amount, contract.currency);

    const [existing] = await tx.db
      .select()
      .from(payments)
      .where(
        and(
          eq(payments.contractId, contract.id),
          eq(payments.milestoneIndex, input.milestoneIndex),
          ne(payments.status, 'failed'),
        ),
      );
    // An unfinished checkout is offered again (same payment, same idempotency key) rather than a second payment.
    if (existing && existing.status !== 'pending') throw new ConflictError(`“${milestone.name}” is already funded.`);
    if (existing) return { contract, milestone, payment: existing };

    const values = {
      campaignId: contract.campaignId,
      contractId: contract.id,
      payerId: ctx.organization.id,
      payeeId: contract.influencerId,
      amount: milestone.amount,
      currency: contract.currency,
      gateway: gateway.kind,
      milestoneIndex: input.milestoneIndex,
      paymentMethod: 'card' as const,
      metadata: { milestone: milestone.name },
    };
    const payment = await tx.db
      .insert(payments)
      .values(values)
      .returning()
      .then((rows) => rows[0]!)
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'idx_payments_contract_milestone')) {
          throw new ConflictError(`“${milestone.name}” is already being funded.`);
        }
        throw error;
      });
    await recordAudit(tx, {
      action: 'fund_contract',
      resourceType: 'payment',
      resourceId: payment.id,
      metadata: {
        contractId: contract.id,
        milestoneIndex: input.milestoneIndex,
        amount: milestone.amount,
        currency: contract.currency,
      },
    });
    return { contract, milestone, payment };
  });

  const { contract, milestone, payment } = prepared;
  const [payer] = await ctx.db.select({ email: users.email }).from(users).where(eq(users.id, ctx.actor.userId));
  const contractUrl = new URL(brandContractPath(ctx.organization.slug, contract.id), appUrl()).toString();
  const checkout = await gateway.createCheckout({
    paymentId: payment.id,
    amountMinor: chargeableAmount(payment.amount, payment.currency),
    currency: payment.currency,
    transferGroup: contract.id,
    description: `${contract.campaignTitle}: ${milestone.name}`,
    successUrl: `${contractUrl}?payment=success`,
    cancelUrl: `${contractUrl}?payment=cancelled`,
    customerEmail: payer?.email,
  });

  await withTransaction(ctx, async (tx) => {
    const [updated] = await tx.db
      .update(payments)
      .set({ stripePaymentId: checkout.sessionId, updatedAt: new Date() })
      .where(and(eq(payments.id, payment.id), inArray(payments.status, ['pending'])))
      .returning({ id: payments.id });
    if (updated && payment.stripePaymentId !== checkout.sessionId) {
      await recordAudit(tx, {
        action: 'start_payment_checkout',
        resourceType: 'payment',
        resourceId: payment.id,
        metadata: { before: { stripePaymentId: payment.stripePaymentId }, after: { stripePaymentId: checkout.sessionId } },
      });
    }
  });
  return { paymentId: payment.id, url: checkout.url };
}
