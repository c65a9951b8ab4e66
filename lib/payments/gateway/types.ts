/** Amounts are integers in the gateway's unit (minor units; zero-decimal currencies as is): see lib/payments/money.ts. */
export interface CheckoutInput {
  paymentId: string;
  amountMinor: number;
  currency: string;
  transferGroup: string;
  description: string;
  successUrl: string;
  cancelUrl: string;
  customerEmail?: string;
}

export interface TransferInput {
  paymentId: string;
  amountMinor: number;
  /** What this payment had released before this transfer, in minor units: each partial release gets its own key. */
  releasedMinor: number;
  currency: string;
  destination: string;
  sourceTransaction: string;
  transferGroup: string;
}

export interface RefundInput {
  paymentId: string;
  paymentIntentId: string;
  amountMinor: number;
  reason: string;
  /** Counts the refunds of one payment so each gets its own idempotency key. */
  sequence: number;
}

/** What the gateway holds for a transfer group; currencies upper-case as we store them. */
export interface GatewayCharge {
  id: string;
  paymentIntentId: string | null;
  amountMinor: number;
  currency: string;
  capturedMinor: number;
  refundedMinor: number;
  disputed: boolean;
}

export interface GatewayTransfer {
  id: string;
  amountMinor: number;
  currency: string;
  destination: string;
  reversedMinor: number;
}

export interface GatewayAccount {
  id: string;
  payoutsEnabled: boolean;
  detailsSubmitted: boolean;
}

export interface PaymentGateway {
  kind: 'stripe' | 'demo';
  createCheckout(i: CheckoutInput): Promise<{ sessionId: string; url: string }>;
  capturePaymentIntent(i: { paymentIntentId: string; paymentId: string }): Promise<void>;
  createTransfer(i: TransferInput): Promise<{ id: string }>;
  createRefund(i: RefundInput): Promise<{ id: string; status: string }>;
  createConnectedAccount(i: { userId: string; email: string; country: string | null }): Promise<{ id: string }>;
  createAccountLink(i: { accountId: string; refreshUrl: string; returnUrl: string }): Promise<{ url: string }>;
  retrieveAccount(accountId: string): Promise<GatewayAccount>;
  listByTransferGroup(transferGroup: string): Promise<{ charges: GatewayCharge[]; transfers: GatewayTransfer[] }>;
}

/** Idempotency keys derived from our ids, so a retried call never moves money twice. */
export const idempotencyKeys = {
  checkout: (paymentId: string) => `checkout:${paymentId}`,
  capture: (paymentId: string) => `capture:${paymentId}`,
  transfer: (paymentId: string, releasedMinor: number) => `transfer:${paymentId}:${releasedMinor}`,
  refund: (paymentId: string, sequence: number) => `refund:${paymentId}:${sequence}`,
  account: (userId: string) => `account:${userId}`,
};
