import { z } from 'zod';

/** A field Stripe sends as an id, or as the object when expanded. */
const expandable = z
  .union([z.string(), z.looseObject({ id: z.string() })])
  .nullish()
  .transform((value) => (typeof value === 'string' ? value : (value?.id ?? null)));

const metadata = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((value) => value ?? {});

const minor = z.number().int().nonnegative();

export const paymentIntentObject = z.looseObject({
  id: z.string(),
  metadata,
  latest_charge: expandable,
  currency: z.string().nullish(),
  amount_received: minor.nullish(),
  status: z.string().nullish(),
  cancellation_reason: z.string().nullish(),
  last_payment_error: z
    .looseObject({ code: z.string().nullish(), decline_code: z.string().nullish(), message: z.string().nullish() })
    .nullish(),
});

export const checkoutSessionObject = z.looseObject({
  id: z.string(),
  metadata,
  client_reference_id: z.string().nullish(),
  payment_intent: expandable,
});

export const refundObject = z.looseObject({
  id: z.string(),
  amount: minor,
  status: z.string().nullish(),
  metadata,
  payment_intent: expandable,
  charge: expandable,
});

export const chargeObject = z.looseObject({
  id: z.string(),
  metadata,
  currency: z.string(),
  captured: z.boolean().default(true),
  amount_refunded: minor.default(0),
  payment_intent: expandable,
  refunds: z.looseObject({ data: z.array(refundObject) }).nullish(),
});

export const disputeObject = z.looseObject({
  id: z.string(),
  amount: minor,
  currency: z.string(),
  status: z.string(),
  charge: expandable,
  payment_intent: expandable,
  metadata,
});

export const transferObject = z.looseObject({
  id: z.string(),
  metadata,
  amount: minor,
  amount_reversed: minor.default(0),
  currency: z.string(),
  transfer_group: z.string().nullish(),
});

export const accountObject = z.looseObject({
  id: z.string(),
  metadata,
  details_submitted: z.boolean().default(false),
  payouts_enabled: z.boolean().default(false),
});

/** Our money movement id, on transfers and refunds we made (metadata.movement_id). */
export function movementIdOf(data: Record<string, unknown>): string | null {
  const value = data.movement_id;
  return typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : null;
}

/** Our payment id as the gateway carries it back in metadata.payment_id. */
export function paymentIdOf(data: Record<string, unknown>): string | null {
  const value = data.payment_id;
  return typeof value === 'string' ? value : null;
}
