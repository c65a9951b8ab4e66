import type { EscrowStatus, ledgerEntries, NewPayment, PaymentMethod, PaymentStatus } from '@/db/schema';
import { demoIds } from '@/lib/payments/demo-events';
import { defaultPlatformFeePercent } from '@/lib/payments/config';
import { platformFeeOf } from '@/lib/payments/money';
import type { CampaignSeed } from './campaigns';
import type { SeedContext } from './context';
import type { ContractSeed } from './contracts';
import { formatHundredths, parseHundredths } from './decimal';
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
  void: null,
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
      // Seeded money moved through the demo gateway, so the demo's flows (release, refund) can continue it.
      gateway: 'demo' as const,
      paymentMethod: random.pick<PaymentMethod>(['card', 'card', 'card', 'bank_transfer', 'bank_transfer', 'wallet']),
    };
    let chargedAt = addMinutes(contract.signedAt, random.int(20, 240));

    // One active contract shows a declined card that the brand then retried successfully.
    if (contract.status === 'active' && !failedAttemptWritten) {
      failedAttemptWritten = true;
      const id = ctx.id('payment', `${contract.id}-failed`);
      payments.push({
        ...base,
        id,
        paymentMethod: 'card',
        milestoneIndex: 0,
        stripePaymentId: demoIds.checkoutSession(id),
        stripePaymentIntentId: demoIds.paymentIntent(id),
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
    const fee = status === 'released' ? platformFeeOf(base.amount, base.currency, defaultPlatformFeePercent) : '0.00';
    payments.push({
      ...base,
      id,
      milestoneIndex: 0,
      stripePaymentId: demoIds.checkoutSession(id),
      stripePaymentIntentId: demoIds.paymentIntent(id),
      stripeChargeId: demoIds.charge(id),
      stripeTransferId: status === 'released' ? demoIds.transfer(id) : null,
      status,
      escrowStatus: escrowOf[status],
      releasedAmount: status === 'released' ? base.amount : '0.00',
      refundedAmount: status === 'refunded' ? base.amount : '0.00',
      platformFee: fee,
      authorizedAt: addMinutes(chargedAt, -2),
      capturedAt: chargedAt,
      refundedAt: status === 'refunded' ? settledAt : null,
      escrowReleasedAt: status === 'released' ? settledAt : null,
      metadata: {
        milestone: 'Full payment on content approval',
        ...(status === 'refunded' ? { note: 'Refunded in full: campaign cancelled before any content went live' } : {}),
      },
      createdAt: addMinutes(chargedAt, -5),
      updatedAt: settledAt ?? chargedAt,
      failedAt: null,
    });
    ctx.audit.record({
      actor: 'system',
      action: 'capture_payment',
      resourceType: 'payment',
      resourceId: id,
      at: chargedAt,
      metadata: {
        contract_id: contract.id,
        amount: base.amount,
        currency: base.currency,
        reference: demoIds.charge(id),
        before: { status: 'authorized' },
        after: { status: 'captured' },
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

export type NewLedgerEntry = typeof ledgerEntries.$inferInsert;

/**
 * The ledger behind the seeded payments: a capture per captured charge, and the release or refund that settled it,
 * referenced by the (demo) gateway ids as the webhook handlers and flows record them.
 */
export function buildLedgerEntries(ctx: SeedContext, payments: readonly NewPayment[]): NewLedgerEntry[] {
  const entries: NewLedgerEntry[] = [];
  for (const payment of payments) {
    if (!payment.capturedAt || !payment.stripeChargeId) continue;
    const base = {
      paymentId: payment.id!,
      contractId: payment.contractId,
      organizationId: payment.payerId,
      currency: payment.currency,
    };
    entries.push({
      ...base,
      id: ctx.id('ledger-entry', `${payment.id}-capture`),
      kind: 'capture',
      amount: payment.amount,
      reference: payment.stripeChargeId,
      createdAt: payment.capturedAt,
    });
    if (payment.stripeTransferId && payment.releasedAmount && parseHundredths(payment.releasedAmount) > 0) {
      entries.push({
        ...base,
        id: ctx.id('ledger-entry', `${payment.id}-release`),
        kind: 'release',
        amount: payment.releasedAmount,
        fee: payment.platformFee ?? '0.00',
        reference: payment.stripeTransferId,
        createdAt: payment.escrowReleasedAt ?? payment.capturedAt,
      });
    }
    if (payment.refundedAmount && parseHundredths(payment.refundedAmount) > 0) {
      entries.push({
        ...base,
        id: ctx.id('ledger-entry', `${payment.id}-refund`),
        kind: 'refund',
        amount: payment.refundedAmount,
        reference: demoIds.refund(payment.id!),
        createdAt: payment.refundedAt ?? payment.capturedAt,
      });
    }
  }
  return entries;
}

/** budget_spent is what a campaign's payments captured into escrow, as the ledger counts it at capture (failures excluded). */
export function applyBudgetSpent(campaigns: readonly CampaignSeed[], payments: readonly NewPayment[]): void {
  for (const campaign of campaigns) {
    const spentMinor = payments
      .filter((payment) => payment.campaignId === campaign.id && payment.capturedAt)
      .reduce((total, payment) => total + parseHundredths(payment.amount), 0);
    campaign.row.budgetSpent = formatHundredths(spentMinor);
  }
}
