import type { Payment, ReconciliationIssue } from '@/db/schema';
import type { GatewayCharge, GatewayRefund, GatewayTransfer } from './gateway/types';
import { toGatewayAmount } from './money';
import { isCaptured } from './state';
import { cardDisputesOf } from './webhooks/card-disputes';

/** A difference between our books and the gateway; its details are stable while the difference stays the same. */
export type Finding = Pick<ReconciliationIssue, 'kind' | 'details'> & { paymentId: string | null };

/** A payment as our books have it, with the ledger entries the comparison needs. */
export interface BookedPayment {
  payment: Payment;
  /** Release entries: transfer id -> net amount (decimal) the creator received. */
  releases: Map<string, string>;
  /** Refund entries: refund (or, for a lost card dispute, dispute) id -> amount (decimal). */
  refunds: Map<string, string>;
}

const minor = (amount: string, currency: string) => toGatewayAmount(amount, currency);

/** Refund statuses the gateway counts in the charge's refunded amount. */
const countedRefund = (refund: GatewayRefund) => refund.status !== 'failed' && refund.status !== 'canceled';

/** A transfer or refund a pending money movement of ours made: the movement records it when it completes. */
export const isInFlight = (object: { movementId?: string | null }, pendingMovements: ReadonlySet<string>) =>
  !!object.movementId && pendingMovements.has(object.movementId);

/**
 * What we refunded in the way the gateway counts it: Stripe's amount_refunded leaves out the money a lost card dispute
 * took (which we book as a refund referenced by the dispute id).
 */
function ourRefundedMinor({ payment, refunds }: BookedPayment): number {
  const disputeIds = Object.keys(cardDisputesOf(payment));
  const lostToDisputes = disputeIds.reduce((sum, id) => sum + minor(refunds.get(id) ?? '0', payment.currency), 0);
  return minor(payment.refundedAmount, payment.currency) - lostToDisputes;
}

/** The gateway's refunded amount without refunds still in flight (made by a pending movement, not yet booked). */
function gatewayRefundedMinor(booked: BookedPayment, charge: GatewayCharge, pendingMovements: ReadonlySet<string>): number {
  const inFlight = (charge.refunds ?? []).filter(
    (refund) => countedRefund(refund) && isInFlight(refund, pendingMovements) && !booked.refunds.has(refund.id),
  );
  return charge.refundedMinor - inFlight.reduce((sum, refund) => sum + refund.amountMinor, 0);
}

/**
 * Stripe's charge.disputed stays true once a dispute was opened, won or lost, so only whether a dispute was ever seen
 * (gateway) or is open (ours) can differ: a dispute we never heard of, or one we hold open that Stripe never had.
 */
function compareDisputed(payment: Payment, charge: GatewayCharge): Finding[] {
  const seen = Object.values(cardDisputesOf(payment));
  const ourOpen = payment.status === 'disputed' || seen.includes('open');
  const ours = ourOpen ? 'open' : seen.length > 0 ? 'closed' : 'none';
  const differs = charge.disputed ? ours === 'none' : ourOpen;
  if (!differs) return [];
  const details = { chargeId: charge.id, field: 'disputed', ours, gateway: charge.disputed };
  return [{ paymentId: payment.id, kind: 'status_mismatch', details }];
}

export function compareCharge(
  booked: BookedPayment,
  charge: GatewayCharge | undefined,
  pendingMovements: ReadonlySet<string>,
): Finding[] {
  const { payment } = booked;
  const paymentId = payment.id;
  if (!charge) {
    return isCaptured(payment.status)
      ? [{ paymentId, kind: 'missing_at_gateway', details: { chargeId: payment.stripeChargeId } }]
      : [];
  }
  const findings: Finding[] = [];
  const expectedCaptured = isCaptured(payment.status) ? minor(payment.amount, payment.currency) : 0;
  if (charge.capturedMinor !== expectedCaptured) {
    const details = { chargeId: charge.id, field: 'captured', ours: expectedCaptured, gateway: charge.capturedMinor };
    findings.push({ paymentId, kind: expectedCaptured === 0 ? 'status_mismatch' : 'amount_mismatch', details });
  }
  const refunded = ourRefundedMinor(booked);
  const gatewayRefunded = gatewayRefundedMinor(booked, charge, pendingMovements);
  if (gatewayRefunded !== refunded) {
    const details = { chargeId: charge.id, field: 'refunded', ours: refunded, gateway: gatewayRefunded };
    findings.push({ paymentId, kind: 'amount_mismatch', details });
  }
  findings.push(...compareDisputed(payment, charge));
  return findings;
}

/** Our releases of the payment against the gateway's transfers. */
export function compareTransfers(booked: BookedPayment, transfers: Map<string, GatewayTransfer>): Finding[] {
  const { payment } = booked;
  const findings: Finding[] = [];
  for (const [transferId, net] of booked.releases) {
    const transfer = transfers.get(transferId);
    const expected = minor(net, payment.currency);
    if (!transfer) {
      const details = { transferId, field: 'missing', ours: expected };
      findings.push({ paymentId: payment.id, kind: 'transfer_mismatch', details });
    } else if (transfer.amountMinor !== expected || transfer.reversedMinor > 0) {
      const details = {
        transferId,
        field: 'amount',
        ours: expected,
        gateway: transfer.amountMinor,
        reversed: transfer.reversedMinor,
      };
      findings.push({ paymentId: payment.id, kind: 'transfer_mismatch', details });
    }
  }
  return findings;
}
