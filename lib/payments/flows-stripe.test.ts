import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { contracts, reconciliationIssues } from '@/db/schema';
import { confirmTermination, requestTermination } from '@/lib/contracts/terminate';
import { accountObject, checkoutSessionCreated, list, recordedIds, transferInGroup } from '@/tests/doubles/stripe/responses';
import type { StripeDouble } from '@/tests/doubles/stripe/server';
import { testCtx } from '@/tests/helpers/factories';
import type { TestDatabase } from '@/tests/helpers/test-db';
import { captureAuthorizedPayments, demoPaymentOf } from './capture';
import { demoCheckoutSession, demoEvent, demoPaymentIntent } from './demo-events';
import { fundContract } from './fund';
import type { PaymentGateway } from './gateway/types';
import { setupStripeTestDatabase } from './stripe-test-fixtures';
import { refreshPayoutAccount, startPayoutOnboarding } from './payouts';
import { reconcilePayments } from './reconcile';
import { movementBlockedReasons } from './movements/execute';
import { settleDuePayments } from './settle';
import { budgetSpent, createFundableContract, paymentRow, type FundableContract } from './test-fixtures';
import { applyStripeEvent } from './webhooks/apply';

const setup = setupStripeTestDatabase();
let database: TestDatabase;
let double: StripeDouble;
let stripe: PaymentGateway;
beforeAll(() => ({ database, double, stripe } = setup));

const lastRequest = (method: string, path: string) =>
  double.requests.filter((r) => r.method === method && r.path === path).at(-1);

/** Stripe's webhooks for a paid checkout, as Stripe would send them for this payment. */
async function payAtStripe(
  world: FundableContract,
  paymentId: string,
  ids: { intent: string; charge: string },
  authorizeOnly = false,
) {
  const payment = demoPaymentOf(await paymentRow(database.db, paymentId));
  const intent = (status: 'requires_capture' | 'succeeded') => ({
    ...demoPaymentIntent(payment, status),
    id: ids.intent,
    latest_charge: ids.charge,
  });
  const session = await paymentRow(database.db, paymentId);
  const ctx = testCtx(database.db);
  await applyStripeEvent(
    ctx,
    demoEvent('checkout.session.completed', {
      ...demoCheckoutSession(payment),
      id: session.stripePaymentId,
      payment_intent: ids.intent,
    }),
  );
  await applyStripeEvent(ctx, demoEvent('payment_intent.amount_capturable_updated', intent('requires_capture')));
  if (!authorizeOnly) await applyStripeEvent(ctx, demoEvent('payment_intent.succeeded', intent('succeeded')));
  return world;
}

describe('payments through Stripe (SDK against the loopback double)', () => {
  it('funds, captures, waits for payouts and releases with the amounts, ids and idempotency keys Stripe needs', async () => {
    const world = await createFundableContract(database.db, 'active');
    const { paymentId, url } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 }, stripe);
    expect(url).toMatch(/^https:\/\/checkout\.stripe\.com\//);
    const checkout = lastRequest('POST', '/v1/checkout/sessions')!;
    expect(checkout.idempotencyKey).toBe(`checkout:${paymentId}`);
    expect(checkout.body).toMatchObject({
      mode: 'payment',
      line_items: [{ quantity: '1', price_data: { currency: 'gbp', unit_amount: '50000' } }],
      payment_intent_data: { capture_method: 'manual', transfer_group: world.contractId, metadata: { payment_id: paymentId } },
      success_url: expect.stringContaining(`/brand/${world.organization.slug}/contracts/${world.contractId}?payment=success`),
    });
    expect(await paymentRow(database.db, paymentId)).toMatchObject({
      gateway: 'stripe',
      stripePaymentId: recordedIds.checkoutSession,
    });

    await payAtStripe(world, paymentId, { intent: 'pi_flows_a', charge: 'ch_flows_a' }, true);
    expect((await paymentRow(database.db, paymentId)).status).toBe('authorized');
    expect(await captureAuthorizedPayments(testCtx(database.db), {}, stripe)).toBe(1);
    expect(lastRequest('POST', '/v1/payment_intents/pi_flows_a/capture')!.idempotencyKey).toBe(`capture:${paymentId}`);
    const payment = demoPaymentOf(await paymentRow(database.db, paymentId));
    const succeeded = { ...demoPaymentIntent(payment, 'succeeded'), id: 'pi_flows_a', latest_charge: 'ch_flows_a' };
    await applyStripeEvent(testCtx(database.db), demoEvent('payment_intent.succeeded', succeeded));
    expect(await paymentRow(database.db, paymentId)).toMatchObject({ status: 'captured', stripeChargeId: 'ch_flows_a' });
    expect(await budgetSpent(database.db, world.campaign.id)).toBe('500.00');

    await database.db.update(contracts).set({ status: 'completed' }).where(eq(contracts.id, world.contractId));
    expect(await settleDuePayments(testCtx(database.db), stripe)).toBe(0);
    expect((await paymentRow(database.db, paymentId)).releaseBlockedReason).toBe(movementBlockedReasons.payoutsNotEnabled);

    const onboarding = await startPayoutOnboarding(world.creatorCtx, stripe);
    expect(onboarding.url).toContain(recordedIds.account);
    const account = lastRequest('POST', '/v1/accounts')!;
    expect(account.idempotencyKey).toBe(`account:${world.creator.id}`);
    expect(account.body).toMatchObject({ type: 'express', metadata: { user_id: world.creator.id } });
    expect(lastRequest('POST', '/v1/account_links')!.body).toMatchObject({
      account: recordedIds.account,
      type: 'account_onboarding',
    });
    expect(await refreshPayoutAccount(world.creatorCtx, stripe)).toEqual({
      payoutsEnabled: false,
      detailsSubmitted: false,
      released: 0,
    });

    double.respond(`GET /v1/accounts/${recordedIds.account}`, {
      status: 200,
      body: accountObject(recordedIds.account, { payouts_enabled: true, details_submitted: true }),
    });
    expect(await refreshPayoutAccount(world.creatorCtx, stripe)).toEqual({
      payoutsEnabled: true,
      detailsSubmitted: true,
      released: 1,
    });
    const transfer = lastRequest('POST', '/v1/transfers')!;
    expect(transfer.idempotencyKey).toBe(`movement:${(transfer.body.metadata as Record<string, string>).movement_id}`);
    expect(transfer.body).toMatchObject({
      amount: '45000',
      currency: 'gbp',
      destination: recordedIds.account,
      source_transaction: 'ch_flows_a',
      transfer_group: world.contractId,
    });
    expect(await paymentRow(database.db, paymentId)).toMatchObject({
      status: 'released',
      releasedAmount: '500.00',
      platformFee: '50.00',
      stripeTransferId: recordedIds.transfer,
      releaseBlockedReason: null,
    });

    // The double's transfer group holds another charge and a bigger, partly reversed transfer.
    double.respond('GET /v1/transfers', { status: 200, body: list('/v1/transfers', [transferInGroup(world.contractId)]) });
    const first = await reconcilePayments(testCtx(database.db), new Date(), stripe);
    expect(lastRequest('GET', '/v1/charges')!.query).toMatchObject({ transfer_group: world.contractId });
    expect(first.issues).toBe(3);
    const issues = await database.db
      .select()
      .from(reconciliationIssues)
      .where(eq(reconciliationIssues.contractId, world.contractId));
    expect(issues.map((issue) => issue.kind).sort()).toEqual(['missing_at_gateway', 'missing_locally', 'transfer_mismatch']);
    expect((await reconcilePayments(testCtx(database.db), new Date(), stripe)).issues).toBe(0);
  });

  it('refunds the captured payment through Stripe when the contract is terminated', async () => {
    const world = await createFundableContract(database.db, 'active');
    double.respond('POST /v1/checkout/sessions', {
      status: 200,
      body: { ...checkoutSessionCreated({}), id: 'cs_test_flows_b', url: 'https://checkout.stripe.com/c/pay/cs_test_flows_b' },
    });
    const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 1 }, stripe);
    await payAtStripe(world, paymentId, { intent: 'pi_flows_b', charge: 'ch_flows_b' });
    expect((await paymentRow(database.db, paymentId)).status).toBe('captured');

    await requestTermination(world.creatorCtx, world.contractId);
    await confirmTermination(world.brand, world.contractId);
    const refund = lastRequest('POST', '/v1/refunds')!;
    expect(refund.idempotencyKey).toBe(`movement:${(refund.body.metadata as Record<string, string>).movement_id}`);
    expect(refund.body).toMatchObject({
      payment_intent: 'pi_flows_b',
      amount: '75050',
      metadata: { payment_id: paymentId, reason: 'contract_terminated' },
    });
    expect(await paymentRow(database.db, paymentId)).toMatchObject({
      status: 'refunded',
      escrowStatus: 'refunded',
      refundedAmount: '750.50',
    });
  });
});
