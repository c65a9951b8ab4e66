import type { EscrowStatus, PaymentStatus, ReconciliationIssue } from '@/db/schema';

export const paymentStatusLabels: Record<PaymentStatus, string> = {
  pending: 'Waiting for payment',
  authorized: 'Authorized',
  captured: 'Paid into escrow',
  released: 'Released',
  failed: 'Failed',
  refunded: 'Refunded',
  disputed: 'Card dispute',
};

export const escrowStatusLabels: Record<EscrowStatus, string> = {
  held: 'Held',
  released: 'Released',
  refunded: 'Refunded',
};

export const reconciliationKindLabels: Record<ReconciliationIssue['kind'], string> = {
  decision_shortfall: 'Decision exceeds held money',
  movement_failed: 'Release or refund refused',
  missing_at_gateway: 'Missing at the gateway',
  missing_locally: 'Missing in Pactly',
  amount_mismatch: 'Amount mismatch',
  status_mismatch: 'Status mismatch',
  transfer_mismatch: 'Transfer mismatch',
};

const tones: Record<PaymentStatus, string> = {
  pending: 'bg-amber-50 text-amber-900 ring-amber-200',
  authorized: 'bg-blue-50 text-blue-800 ring-blue-200',
  captured: 'bg-blue-50 text-blue-800 ring-blue-200',
  released: 'bg-green-50 text-green-800 ring-green-200',
  failed: 'bg-red-50 text-red-800 ring-red-200',
  refunded: 'bg-zinc-100 text-zinc-700 ring-zinc-300',
  disputed: 'bg-red-50 text-red-800 ring-red-200',
};

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${tones[status]}`}
    >
      {paymentStatusLabels[status]}
    </span>
  );
}

export const demoTestCardsHint =
  'Stripe test cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined, 4000 0000 0000 9995 has insufficient funds.';

export const demoPaymentsLabel = 'Demo payments: no money moves';

/** Shown on every payments surface while the demo gateway is active. */
export function DemoPaymentsNotice({ active }: { active: boolean }) {
  if (!active) return null;
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-semibold text-amber-900">
      {demoPaymentsLabel}
    </p>
  );
}

/** The text of a ?payment= return from checkout, or null. */
export function checkoutReturnMessage(value: string | string[] | undefined): string | null {
  if (value === 'success') return 'Payment received. The money is held in escrow until the work is approved.';
  if (value === 'cancelled') return 'Payment cancelled. Nothing was charged; fund the milestone again when you are ready.';
  return null;
}
