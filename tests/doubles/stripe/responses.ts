/**
 * Recorded Stripe API answers (test mode, API 2025-era shapes), trimmed to the fields our gateway reads plus a few
 * for realism. The double fills in what the request decides (amounts, currency, metadata) so the answer stays
 * consistent with what was asked.
 */
type Form = Record<string, unknown>;

const created = 1_764_500_000;

const text = (value: unknown, fallback: string | null = null) => (typeof value === 'string' ? value : fallback);
const integer = (value: unknown) => Number(value ?? 0);

export const recordedIds = {
  checkoutSession: 'cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ',
  paymentIntent: 'pi_3QbC1d2E3f4G5h6I0aBcDeFg',
  charge: 'ch_3QbC1d2E3f4G5h6I0xYzAbCd',
  transfer: 'tr_1QbC9z8Y7x6W5v4U3t2S1r0Q',
  refund: 're_3QbC1d2E3f4G5h6I0rEfUnD1',
  account: 'acct_1QbCdEfGhIjKlMnO',
};

export function checkoutSessionCreated(form: Form) {
  const lineItem = (form.line_items as Form[] | undefined)?.[0] ?? {};
  const priceData = (lineItem.price_data ?? {}) as Form;
  return {
    id: recordedIds.checkoutSession,
    object: 'checkout.session',
    amount_subtotal: integer(priceData.unit_amount),
    amount_total: integer(priceData.unit_amount),
    cancel_url: text(form.cancel_url),
    client_reference_id: text(form.client_reference_id),
    created,
    currency: text(priceData.currency),
    customer_email: text(form.customer_email),
    expires_at: created + 86_400,
    livemode: false,
    metadata: form.metadata ?? {},
    mode: 'payment',
    payment_intent: null,
    payment_status: 'unpaid',
    status: 'open',
    success_url: text(form.success_url),
    url: `https://checkout.stripe.com/c/pay/${recordedIds.checkoutSession}#fidkdWxOYHwnPyd1blpxYHZxWjA0`,
  };
}

export function paymentIntentCaptured(id: string) {
  return {
    id,
    object: 'payment_intent',
    amount: 150_000,
    amount_capturable: 0,
    amount_received: 150_000,
    capture_method: 'manual',
    created,
    currency: 'gbp',
    latest_charge: recordedIds.charge,
    livemode: false,
    metadata: { payment_id: '00000000-0000-4000-8000-000000000000' },
    status: 'succeeded',
    transfer_group: null,
  };
}

/** An uncaptured (authorized) PaymentIntent, as paymentIntents.retrieve returns it. */
export function paymentIntentObject(id: string, overrides: Form = {}) {
  return {
    ...paymentIntentCaptured(id),
    amount_capturable: 150_000,
    amount_received: 0,
    cancellation_reason: null,
    latest_charge: recordedIds.charge,
    status: 'requires_capture',
    ...overrides,
  };
}

export function paymentIntentCanceled(id: string, form: Form) {
  return paymentIntentObject(id, {
    amount_capturable: 0,
    canceled_at: created + 60,
    cancellation_reason: text(form.cancellation_reason),
    status: 'canceled',
  });
}

export function checkoutSessionExpired(id: string) {
  return { ...checkoutSessionCreated({}), id, status: 'expired', url: null };
}

export function transferCreated(form: Form) {
  return {
    id: recordedIds.transfer,
    object: 'transfer',
    amount: integer(form.amount),
    amount_reversed: 0,
    balance_transaction: 'txn_1QbC9z8Y7x6W5v4UbAlAnCe1',
    created,
    currency: text(form.currency),
    description: null,
    destination: text(form.destination),
    livemode: false,
    metadata: form.metadata ?? {},
    reversals: {
      object: 'list',
      data: [],
      has_more: false,
      total_count: 0,
      url: `/v1/transfers/${recordedIds.transfer}/reversals`,
    },
    reversed: false,
    source_transaction: text(form.source_transaction),
    source_type: 'card',
    transfer_group: text(form.transfer_group),
  };
}

export function refundCreated(form: Form) {
  return {
    id: recordedIds.refund,
    object: 'refund',
    amount: integer(form.amount),
    balance_transaction: 'txn_3QbC1d2E3f4G5h6I0rEfTxN1',
    charge: recordedIds.charge,
    created,
    currency: 'gbp',
    metadata: form.metadata ?? {},
    payment_intent: text(form.payment_intent),
    reason: text(form.reason),
    receipt_number: null,
    status: 'succeeded',
  };
}

export function accountObject(id: string, overrides: Form = {}) {
  return {
    id,
    object: 'account',
    business_type: null,
    capabilities: { transfers: 'inactive' },
    charges_enabled: false,
    country: 'GB',
    created,
    default_currency: 'gbp',
    details_submitted: false,
    email: 'creator@example.test',
    metadata: {},
    payouts_enabled: false,
    requirements: { currently_due: ['external_account', 'tos_acceptance.date'], disabled_reason: 'requirements.past_due' },
    type: 'express',
    ...overrides,
  };
}

export function accountCreated(form: Form) {
  return accountObject(recordedIds.account, {
    country: text(form.country, 'GB'),
    email: text(form.email),
    metadata: form.metadata ?? {},
  });
}

export function accountLinkCreated(form: Form) {
  return {
    object: 'account_link',
    created,
    expires_at: created + 300,
    url: `https://connect.stripe.com/setup/e/${text(form.account)}/gR7hBcL2ZkQx`,
  };
}

export function list(url: string, data: unknown[]) {
  return { object: 'list', data, has_more: false, url };
}

/** A captured, partly refunded charge of a transfer group, as charges.list returns it. */
export function chargeInGroup(transferGroup: string, overrides: Form = {}) {
  return {
    id: recordedIds.charge,
    object: 'charge',
    amount: 150_000,
    amount_captured: 150_000,
    amount_refunded: 20_000,
    captured: true,
    created,
    currency: 'gbp',
    disputed: false,
    livemode: false,
    metadata: {},
    paid: true,
    payment_intent: recordedIds.paymentIntent,
    refunded: false,
    status: 'succeeded',
    transfer_group: transferGroup,
    ...overrides,
  };
}

/** A transfer of a transfer group, as transfers.list returns it. */
export function transferInGroup(transferGroup: string, overrides: Form = {}) {
  return {
    ...transferCreated({
      amount: '117000',
      currency: 'gbp',
      destination: recordedIds.account,
      source_transaction: recordedIds.charge,
      transfer_group: transferGroup,
    }),
    amount_reversed: 5_000,
    ...overrides,
  };
}

export function stripeError(type: string, message: string, extra: Form = {}) {
  return { error: { type, message, ...extra } };
}
