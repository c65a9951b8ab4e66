import type { EscrowStatus, NewPayment, PaymentMethod, PaymentStatus } from '@/db/schema';
import type { CampaignSeed } from './campaigns';
import type { SeedContext } from './context';
import type { ContractSeed } from './contracts';
import { formatHundredths, parseHundredths } from './decimal';
import { seededToken } from './ids';
import { addMinutes } from './time';

/** Escrow follows the payment: captured money is held until approval, then released or refunded. */
const escrowOf: Record<PaymentStatus, EscrowStatus> = {
  pending: 'held',
  authorized: 'held',
  captured: 'held',
  disputed: 'held',
  // The schema has no "never funded" escrow state; a failed charge keeps the column default.
  failed: 'held',
  released: 'released',
  refunded: 'refunded',
};

const finalStatusOf: Record<ContractSeed['status'], PaymentStatus | null> = {
  pending: null,
  signed: 'captured',
  active: 'captured',
  disputed: 'captured',
  completed: 'released',
  terminated: 'refunded',
};

export function buildPayments(ctx: SeedContext, contracts: readonly ContractSeed[], staffAdminId: string): NewPayment[] {
  const random = ctx.random('payments');
  const payments: NewPayment[] = [];
  let failedAttemptWritten = false;

  for (const contract of contracts) {
    const status = finalStatusOf[contract.status];
    if (!status) continue;
    const { offer } = contract;
    const base = {
      campaignId: offer.campaign.id,
      contractId: contract.id,
      payerId: offer.campaign.organization.id,
      payeeId: offer.creator.userId,
      amount: formatHundredths(offer.priceMinor),
      currency: offer.campaign.currency,
      paymentMethod: random.pick<PaymentMethod>(['card', 'card', 'card', 'bank_transfer', 'bank_transfer', 'wallet']),
    };
    const brandActor = { userId: offer.brandUserId, audience: 'brand' } as const;
    let chargedAt = addMinutes(contract.signedAt, random.int(20, 240));

    // One active contract shows a declined card that the brand then retried successfully.
    if (contract.status === 'active' && !failedAttemptWritten) {
      failedAttemptWritten = true;
      const id = ctx.id('payment', `${contract.id}-failed`);
      payments.push({
        ...base,
        id,
        paymentMethod: 'card',
        stripePaymentIntentId: `pi_${seededToken(ctx.seed, 'payment-intent', id)}`,
        status: 'failed',
        escrowStatus: escrowOf.failed,
        metadata: {
          milestone: 'Full payment on content approval',
          failure_code: 'card_declined',
          note: 'Card declined by the issuer',
        },
        createdAt: chargedAt,
        updatedAt: addMinutes(chargedAt, 1),
        failedAt: addMinutes(chargedAt, 1),
      });
      ctx.audit.record({
        actor: 'system',
        action: 'payment_failed',
        resourceType: 'payment',
        resourceId: id,
        at: addMinutes(chargedAt, 1),
        metadata: { contract_id: contract.id, failure_code: 'card_declined' },
      });
      chargedAt = addMinutes(chargedAt, random.int(180, 1_440));
    }

    const id = ctx.id('payment', contract.id);
    const settledAt = status === 'released' || status === 'refunded' ? addMinutes(contract.closedAt!, random.int(30, 600)) : null;
    payments.push({
      ...base,
      id,
      stripePaymentId: `ch_${seededToken(ctx.seed, 'charge', id)}`,
      stripePaymentIntentId: `pi_${seededToken(ctx.seed, 'payment-intent', id)}`,
      status,
      escrowStatus: escrowOf[status],
      escrowReleasedAt: status === 'released' ? settledAt : null,
      metadata: {
        milestone: 'Full payment on content approval',
        ...(status === 'refunded' ? { note: 'Refunded in full: campaign cancelled before any content went live' } : {}),
      },
      createdAt: chargedAt,
      updatedAt: settledAt ?? chargedAt,
      failedAt: null,
    });
    ctx.audit.record({
      actor: brandActor,
      action: 'capture_payment',
      resourceType: 'payment',
      resourceId: id,
      at: chargedAt,
      metadata: {
        contract_id: contract.id,
        amount: base.amount,
        currency: base.currency,
        after: { status: 'captured', escrow_status: 'held' },
      },
    });
    if (status === 'released') {
      ctx.audit.record({
        actor: { userId: offer.campaign.organization.ownerId, audience: 'brand' },
        action: 'release_payment',
        resourceType: 'payment',
        resourceId: id,
        at: settledAt!,
        metadata: {
          before: { status: 'captured', escrow_status: 'held' },
          after: { status: 'released', escrow_status: 'released' },
        },
      });
    }
    if (status === 'refunded') {
      ctx.audit.record({
        actor: { userId: staffAdminId, audience: 'staff' },
        action: 'refund_payment',
        resourceType: 'payment',
        resourceId: id,
        at: settledAt!,
        metadata: {
          reason: 'campaign_cancelled',
          before: { status: 'captured', escrow_status: 'held' },
          after: { status: 'refunded', escrow_status: 'refunded' },
        },
      });
    }
  }
  return payments;
}

/** budget_spent is the money a campaign has paid into escrow or out to creators (refunds and failures excluded). */
export function applyBudgetSpent(campaigns: readonly CampaignSeed[], payments: readonly NewPayment[]): void {
  for (const campaign of campaigns) {
    const spentMinor = payments
      .filter((payment) => payment.campaignId === campaign.id && (payment.status === 'captured' || payment.status === 'released'))
      .reduce((total, payment) => total + parseHundredths(payment.amount), 0);
    campaign.row.budgetSpent = formatHundredths(spentMinor);
  }
}
