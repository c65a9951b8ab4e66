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

/** A release or refund is a money movement intent of ours: its id keys the call and travels in metadata.movement_id. */
export interface TransferInput {
  movementId: string;
  paymentId: string;
  amountMinor: number;
  currency: string;
  destination: string;
  sourceTransaction: string;
  transferGroup: string;
}

export interface RefundInput {
  movementId: string;
  paymentId: string;
  paymentIntentId: string;
  amountMinor: number;
  reason: string;
}

/** A transfer or refund found at the gateway by the movement id in its metadata. */
export interface GatewayMovement {
  id: string;
  status: string;
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
  /** The charge's refunds, when the gateway lists them (reconciliation skips those of pending movements). */
  refunds?: GatewayRefund[];
}

export interface GatewayRefund {
  id: string;
  amountMinor: number;
  status: string;
  /** metadata.movement_id: the money movement of ours that made it, if any. */
  movementId: string | null;
}

export interface GatewayTransfer {
  id: string;
  amountMinor: number;
  currency: string;
  destination: string;
  reversedMinor: number;
  /** metadata.movement_id: the money movement of ours that made it, if any. */
  movementId?: string | null;
}

/** A PaymentIntent as the gateway has it now (e.g. after a capture call failed). */
export interface GatewayPaymentIntent {
  id: string;
  /** Stripe's status: requires_payment_method, requires_capture, processing, succeeded, canceled, ... */
  status: string;
  amountReceivedMinor: number;
  latestCharge: string | null;
  /** Why it was cancelled (e.g. automatic: the authorization expired), when it was. */
  cancellationReason: string | null;
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
  retrievePaymentIntent(paymentIntentId: string): Promise<GatewayPaymentIntent>;
  /** Voids an authorization that must not be captured (idempotency key cancel:<payment>). */
  cancelPaymentIntent(i: { paymentIntentId: string; paymentId: string }): Promise<void>;
  /** Closes an open Checkout page so it can no longer be paid. */
  expireCheckoutSession(i: { sessionId: string }): Promise<void>;
  createTransfer(i: TransferInput): Promise<{ id: string }>;
  createRefund(i: RefundInput): Promise<{ id: string; status: string }>;
  /** Finds a movement made earlier (e.g. after Stripe forgot the idempotency key, about 24 hours on). */
  findMovement(i: {
    kind: 'release' | 'refund';
    movementId: string;
    transferGroup: string;
    paymentIntentId: string | null;
  }): Promise<GatewayMovement | null>;
  createConnectedAccount(i: { userId: string; email: string; country: string | null }): Promise<{ id: string }>;
  createAccountLink(i: { accountId: string; refreshUrl: string; returnUrl: string }): Promise<{ url: string }>;
  retrieveAccount(accountId: string): Promise<GatewayAccount>;
  listByTransferGroup(transferGroup: string): Promise<{ charges: GatewayCharge[]; transfers: GatewayTransfer[] }>;
}

/** Idempotency keys derived from our ids, so a retried call never moves money twice. */
export const idempotencyKeys = {
  checkout: (paymentId: string) => `checkout:${paymentId}`,
  capture: (paymentId: string) => `capture:${paymentId}`,
  cancel: (paymentId: string) => `cancel:${paymentId}`,
  movement: (movementId: string) => `movement:${movementId}`,
  account: (userId: string) => `account:${userId}`,
};
