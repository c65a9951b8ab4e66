import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { campaigns, contracts, notifications } from '@/db/schema';
import { confirmTermination, requestTermination } from '@/lib/contracts/terminate';
import { checkoutSessionCreated, stripeError } from '@/tests/doubles/stripe/responses';
import type { StripeDouble } from '@/tests/doubles/stripe/server';
import { testCtx } from '@/tests/helpers/factories';
import type { TestDatabase } from '@/tests/helpers/test-db';
import { captureAuthorizedPayments, demoPaymentOf } from './capture';
import { demoCheckoutSession, demoEvent, demoPaymentIntent } from './demo-events';
import { fundContract } from './fund';
import type { PaymentGateway } from './gateway/types';
import { setupStripeTestDatabase } from './stripe-test-fixtures';
import { auditActions, budgetSpent, createFundableContract, ledgerOf, paymentRow, type FundableContract } from './test-fixtures';
import { applyStripeEvent } from './webhooks/apply';

const setup = setupStripeTestDatabase();
let database: TestDatabase;
let double: StripeDouble;
let stripe: PaymentGateway;
beforeAll(() => ({ database, double, stripe } = setup));

const ctx = () => testCtx(database.db);
const requestsTo = (method: string, path: string) => double.requests.filter((r) => r.method === method && r.path === path);
const notificationTypesOf = async (userId: string) =>
  (await database.db.select().from(notifications).where(eq(notifications.userId, userId))).map((row) => row.type);

interface StripeCheckout {
  paymentId: string;
  sessionId: string;
  intentId: string;
}

/** Funds a milestone through Stripe; each checkout gets its own session id, and names the PaymentIntent it will make. */
async function fundAtStripe(world: FundableContract, milestoneIndex: number): Promise<StripeCheckout> {
  const sessionId = `cs_test_${crypto.randomUUID().replaceAll('-', '')}`;
  double.respond('POST /v1/checkout/sessions', {
    status: 200,
    body: { ...checkoutSessionCreated({}), id: sessionId, url: `https://checkout.stripe.com/c/pay/${sessionId}` },
  });
  const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex }, stripe);
  return { paymentId, sessionId, intentId: `pi_${paymentId.replaceAll('-', '')}` };
}

/** A payment_intent.* webhook about the checkout's PaymentIntent, as Stripe sends it. */
async function intentEvent(checkout: StripeCheckout, type: string, fields: Record<string, unknown>) {
  const payment = demoPaymentOf(await paymentRow(database.db, checkout.paymentId));
  const intent = { ...demoPaymentIntent(payment, 'requires_payment_method'), id: checkout.intentId, ...fields };
  return applyStripeEvent(ctx(), demoEvent(type, intent));
}

const decline = { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Insufficient funds.' };

async function completeCheckout(checkout: StripeCheckout) {
  const payment = demoPaymentOf(await paymentRow(database.db, checkout.paymentId));
  const session = { ...demoCheckoutSession(payment), id: checkout.sessionId, payment_intent: checkout.intentId };
  await applyStripeEvent(ctx(), demoEvent('checkout.session.completed', session));
}

async function authorizeAtStripe(checkout: StripeCheckout) {
  await completeCheckout(checkout);
  await intentEvent(checkout, 'payment_intent.amount_capturable_updated', { status: 'requires_capture' });
}

describe('escrow bug 3: a declined card is not the end of the checkout', () => {
  it('escrow bug 3: a card declined then retried in the same Checkout is authorized and captured', async () => {
    const world = await createFundableContract(database.db, 'active');
    const checkout = await fundAtStripe(world, 0);
    await intentEvent(checkout, 'payment_intent.payment_failed', { last_payment_error: decline });
    expect(await paymentRow(database.db, checkout.paymentId)).toMatchObject({
      status: 'pending',
      failedAt: null,
      metadata: expect.objectContaining({ failure_code: 'insufficient_funds', failure_message: 'Insufficient funds.' }),
    });
    expect(await auditActions(database.db, checkout.paymentId)).toContain('payment_declined');
    const again = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 }, stripe);
    expect(again.paymentId).toBe(checkout.paymentId);

    await authorizeAtStripe(checkout);
    expect(await captureAuthorizedPayments(ctx(), { paymentIds: [checkout.paymentId] }, stripe)).toBe(1);
    expect(requestsTo('POST', `/v1/payment_intents/${checkout.intentId}/capture`)).toHaveLength(1);
    await intentEvent(checkout, 'payment_intent.succeeded', { status: 'succeeded', latest_charge: `ch_${checkout.intentId}` });
    expect(await paymentRow(database.db, checkout.paymentId)).toMatchObject({ status: 'captured', escrowStatus: 'held' });
    expect(await budgetSpent(database.db, world.campaign.id)).toBe('500.00');
  });

  it('escrow bug 3: an expired Checkout Session ends the payment failed, and the milestone is funded anew', async () => {
    const world = await createFundableContract(database.db, 'active');
    const checkout = await fundAtStripe(world, 1);
    await intentEvent(checkout, 'payment_intent.payment_failed', { last_payment_error: decline });
    const payment = demoPaymentOf(await paymentRow(database.db, checkout.paymentId));
    const expired = { ...demoCheckoutSession(payment), id: checkout.sessionId, payment_intent: null, status: 'expired' };
    expect(await applyStripeEvent(ctx(), demoEvent('checkout.session.expired', expired))).toBe('applied');
    expect(await paymentRow(database.db, checkout.paymentId)).toMatchObject({
      status: 'failed',
      failedAt: expect.any(Date),
      metadata: expect.objectContaining({ failure_reason: 'checkout_expired', failure_code: 'insufficient_funds' }),
    });
    const next = await fundAtStripe(world, 1);
    expect(next.paymentId).not.toBe(checkout.paymentId);
    expect((await paymentRow(database.db, next.paymentId)).status).toBe('pending');
  });
});

describe('escrow bug 6: an authorization that can no longer be captured', () => {
  it('escrow bug 6: payment_intent.canceled fails the authorized payment, tells the brand admins, and it is funded anew', async () => {
    const world = await createFundableContract(database.db, 'active');
    const checkout = await fundAtStripe(world, 0);
    await authorizeAtStripe(checkout);
    const canceled = { status: 'canceled', cancellation_reason: 'automatic' };
    expect(await intentEvent(checkout, 'payment_intent.canceled', canceled)).toBe('applied');
    expect(await paymentRow(database.db, checkout.paymentId)).toMatchObject({
      status: 'failed',
      failedAt: expect.any(Date),
      metadata: expect.objectContaining({ cancellation_reason: 'automatic' }),
    });
    expect(await auditActions(database.db, checkout.paymentId)).toContain('payment_canceled');
    expect(await notificationTypesOf(world.admin.id)).toContain('payment_failed');
    expect(await notificationTypesOf(world.member.id)).not.toContain('payment_failed');

    const next = await fundAtStripe(world, 0);
    expect(next.paymentId).not.toBe(checkout.paymentId);
    expect((await paymentRow(database.db, next.paymentId)).status).toBe('pending');
  });

  it('escrow bug 6: after a failed capture the job asks Stripe for the PaymentIntent and applies its status', async () => {
    const world = await createFundableContract(database.db, 'active');
    const other = await createFundableContract(database.db, 'active');
    const [lapsed, captured, stuck] = [await fundAtStripe(world, 0), await fundAtStripe(world, 1), await fundAtStripe(other, 0)];
    const refusal = stripeError('invalid_request_error', 'This PaymentIntent could not be captured.', {
      code: 'payment_intent_unexpected_state',
    });
    for (const checkout of [lapsed, captured, stuck]) {
      await authorizeAtStripe(checkout);
      double.respond(`POST /v1/payment_intents/${checkout.intentId}/capture`, { status: 400, body: refusal });
    }
    const intentAt = (checkout: StripeCheckout, fields: Record<string, unknown>) =>
      double.respond(`GET /v1/payment_intents/${checkout.intentId}`, {
        status: 200,
        body: { id: checkout.intentId, object: 'payment_intent', amount_received: 0, latest_charge: null, ...fields },
      });
    intentAt(lapsed, { status: 'canceled', cancellation_reason: 'automatic' });
    intentAt(captured, { status: 'succeeded', amount_received: 75_050, latest_charge: 'ch_bug6_captured' });
    intentAt(stuck, { status: 'requires_capture' });

    const ids = [lapsed.paymentId, captured.paymentId, stuck.paymentId];
    await captureAuthorizedPayments(ctx(), { paymentIds: ids }, stripe);
    expect(await paymentRow(database.db, lapsed.paymentId)).toMatchObject({
      status: 'failed',
      metadata: expect.objectContaining({ cancellation_reason: 'automatic' }),
    });
    expect(await notificationTypesOf(world.admin.id)).toContain('payment_failed');
    expect(await paymentRow(database.db, captured.paymentId)).toMatchObject({
      status: 'captured',
      stripeChargeId: 'ch_bug6_captured',
    });
    expect((await ledgerOf(database.db, captured.paymentId)).map((entry) => [entry.kind, entry.amount])).toEqual([
      ['capture', '750.50'],
    ]);
    expect(await paymentRow(database.db, stuck.paymentId)).toMatchObject({
      status: 'authorized',
      metadata: expect.objectContaining({ capture_error: 'This PaymentIntent could not be captured.', capture_attempts: 1 }),
    });
    await captureAuthorizedPayments(ctx(), { paymentIds: ids }, stripe);
    expect((await paymentRow(database.db, stuck.paymentId)).metadata).toMatchObject({ capture_attempts: 2 });
    expect(requestsTo('POST', `/v1/payment_intents/${lapsed.intentId}/capture`)).toHaveLength(1);
  });
});

describe('escrow bug 9: no capture after termination', () => {
  it('escrow bug 9: the capture job cancels the authorization of a terminated contract or cancelled campaign', async () => {
    const terminated = await createFundableContract(database.db, 'active');
    const cancelled = await createFundableContract(database.db, 'active');
    const [first, second] = [await fundAtStripe(terminated, 0), await fundAtStripe(cancelled, 0)];
    await authorizeAtStripe(first);
    await authorizeAtStripe(second);
    await database.db.update(contracts).set({ status: 'terminated' }).where(eq(contracts.id, terminated.contractId));
    await database.db.update(campaigns).set({ status: 'cancelled' }).where(eq(campaigns.id, cancelled.campaign.id));

    await captureAuthorizedPayments(ctx(), { paymentIds: [first.paymentId, second.paymentId] }, stripe);
    for (const [checkout, reason] of [
      [first, 'contract_terminated'],
      [second, 'campaign_cancelled'],
    ] as const) {
      expect(requestsTo('POST', `/v1/payment_intents/${checkout.intentId}/capture`)).toEqual([]);
      const cancels = requestsTo('POST', `/v1/payment_intents/${checkout.intentId}/cancel`);
      expect(cancels.map((request) => request.idempotencyKey)).toEqual([`cancel:${checkout.paymentId}`]);
      expect(await paymentRow(database.db, checkout.paymentId)).toMatchObject({
        status: 'failed',
        metadata: expect.objectContaining({ failure_reason: reason }),
      });
    }
    expect(await notificationTypesOf(terminated.admin.id)).not.toContain('payment_failed');
  });

  it('escrow bug 9: terminating a contract expires its open Checkout and cancels its authorization', async () => {
    const world = await createFundableContract(database.db, 'active');
    const open = await fundAtStripe(world, 0);
    const authorized = await fundAtStripe(world, 1);
    await authorizeAtStripe(authorized);

    await requestTermination(world.creatorCtx, world.contractId);
    await confirmTermination(world.brand, world.contractId);
    expect(requestsTo('POST', `/v1/checkout/sessions/${open.sessionId}/expire`)).toHaveLength(1);
    expect(requestsTo('POST', `/v1/payment_intents/${authorized.intentId}/cancel`)).toHaveLength(1);
    expect(requestsTo('POST', `/v1/payment_intents/${authorized.intentId}/capture`)).toEqual([]);
    for (const checkout of [open, authorized]) {
      expect(await paymentRow(database.db, checkout.paymentId)).toMatchObject({
        status: 'failed',
        metadata: expect.objectContaining({ failure_reason: 'contract_terminated' }),
      });
    }
  });

  it('escrow bug 9: a Checkout paid after the termination committed is cancelled, never captured', async () => {
    const world = await createFundableContract(database.db, 'active');
    const checkout = await fundAtStripe(world, 0);
    await database.db.update(contracts).set({ status: 'terminated' }).where(eq(contracts.id, world.contractId));

    await authorizeAtStripe(checkout);
    await captureAuthorizedPayments(ctx(), { paymentIds: [checkout.paymentId] }, stripe);
    expect(requestsTo('POST', `/v1/payment_intents/${checkout.intentId}/capture`)).toEqual([]);
    expect(requestsTo('POST', `/v1/payment_intents/${checkout.intentId}/cancel`)).toHaveLength(1);
    expect((await paymentRow(database.db, checkout.paymentId)).status).toBe('failed');
  });
});
