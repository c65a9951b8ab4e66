import { count, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database as appDatabase } from '@/db/client';
import { ledgerEntries, reconciliationIssues, stripeEvents } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { demoCharge, demoCheckoutSession, demoEvent, demoIds, demoPaymentIntent, type DemoPayment } from '../demo-events';
import { stripeWebhookHandler } from './receive';
import { budgetSpentOf, createPayment, createSignedContract, ledgerOf, paymentRow, storedEvent } from './test-fixtures';

const secret = 'whsec_pactly_webhook_test';
const handler = stripeWebhookHandler();
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  // The route uses the app's database and reads the secret from the environment, as in production.
  process.env.DATABASE_URL = database.url;
  process.env.STRIPE_WEBHOOK_SECRET = secret;
});
afterAll(async () => {
  await appDatabase().sql.end({ timeout: 5 });
  await database.close();
});

function deliver(payload: string, signature: string | null = Stripe.webhooks.generateTestHeaderString({ payload, secret })) {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (signature) headers.set('stripe-signature', signature);
  return handler(new NextRequest('http://localhost/api/webhooks/stripe', { method: 'POST', body: payload, headers }));
}

/**
 * A payment as fundContract leaves it. `linked`: checkout already reported its PaymentIntent, as it always has before
 * anything is captured (our capture call needs that id), so charge and dispute events can find the payment by it.
 */
async function pendingPayment(amount = '500.00', { linked = true } = {}) {
  const world = await createSignedContract(database.db);
  const id = crypto.randomUUID();
  const payment = await createPayment(database.db, world, {
    id,
    amount,
    milestoneIndex: 0,
    stripePaymentId: `cs_test_${id}`,
    stripePaymentIntentId: linked ? demoIds.paymentIntent(id) : null,
  });
  const demo: DemoPayment = { paymentId: payment.id, amount, currency: 'GBP', contractId: world.contract.id };
  return { world, payment, demo };
}

const at = (second: number) => new Date(Date.UTC(2026, 4, 1, 12, 0, second));
const ledgerCount = async (paymentId: string) => (await ledgerOf(database.db, paymentId)).length;

describe('POST /api/webhooks/stripe', () => {
  it('applies an event delivered 5 times in a row once', async () => {
    const { world, payment, demo } = await pendingPayment();
    const body = JSON.stringify(demoEvent('payment_intent.succeeded', demoPaymentIntent(demo, 'succeeded')));
    const results = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await deliver(body);
      expect(response.status).toBe(200);
      results.push((await response.json()).result);
    }
    expect(results).toEqual(['applied', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
    expect(await ledgerOf(database.db, payment.id)).toMatchObject([{ kind: 'capture', amount: '500.00' }]);
    expect(await budgetSpentOf(database.db, world.campaign.id)).toBe('500.00');
    expect(await storedEvent(database.db, JSON.parse(body).id)).toMatchObject({ type: 'payment_intent.succeeded' });
  });

  it('applies an event delivered 5 times at once exactly once', async () => {
    const { world, payment, demo } = await pendingPayment('750.50');
    const event = demoEvent('payment_intent.succeeded', demoPaymentIntent(demo, 'succeeded'));
    const body = JSON.stringify(event);
    const responses = await Promise.all(Array.from({ length: 5 }, () => deliver(body)));
    const results = await Promise.all(responses.map(async (response) => [response.status, (await response.json()).result]));
    expect(results.filter(([, result]) => result === 'applied')).toHaveLength(1);
    expect(results.filter(([status, result]) => status === 200 && result === 'duplicate')).toHaveLength(4);
    expect(await ledgerCount(payment.id)).toBe(1);
    const [events] = await database.db.select({ n: count() }).from(stripeEvents).where(eq(stripeEvents.id, event.id));
    expect(events!.n).toBe(1);
    expect(await budgetSpentOf(database.db, world.campaign.id)).toBe('750.50');
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ status: 'captured', escrowStatus: 'held' });
  });

  it('answers 400 to a missing or bad signature and writes nothing', async () => {
    const { payment, demo } = await pendingPayment();
    const event = demoEvent('payment_intent.succeeded', demoPaymentIntent(demo, 'succeeded'));
    const body = JSON.stringify(event);
    const forged = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: 'whsec_someone_else' });
    expect((await deliver(body, forged)).status).toBe(400);
    expect((await deliver(body, null)).status).toBe(400);
    const signed = Stripe.webhooks.generateTestHeaderString({ payload: body, secret });
    expect((await deliver(body.replace('"succeeded"', '"canceled"'), signed)).status).toBe(400);
    expect(await storedEvent(database.db, event.id)).toBeUndefined();
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ status: 'pending' });
    expect(await ledgerCount(payment.id)).toBe(0);
  });

  it('records an unknown event type and answers 200', async () => {
    const event = demoEvent('customer.created', { id: 'cus_123', object: 'customer' });
    const response = await deliver(JSON.stringify(event));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, result: 'ignored' });
    const stored = await storedEvent(database.db, event.id);
    expect(stored).toMatchObject({ type: 'customer.created', livemode: false, payload: { data: { object: { id: 'cus_123' } } } });
    expect(stored?.processedAt).toBeInstanceOf(Date);
  });

  it('answers 500 when applying fails, rolls everything back and leaves the event for the retry', async () => {
    const { world, payment, demo } = await pendingPayment('100.00');
    // A refund of nothing is not a money movement: the handler throws after recording the capture.
    const event = demoEvent('charge.refunded', demoCharge(demo, [{ id: `re_zero_${payment.id}`, amount: '0.00' }]));
    const response = await deliver(JSON.stringify(event));
    expect(response.status).toBe(500);
    expect(await storedEvent(database.db, event.id)).toBeUndefined();
    expect(await ledgerCount(payment.id)).toBe(0);
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ status: 'pending', capturedAt: null });
    expect(await budgetSpentOf(database.db, world.campaign.id)).toBe('0.00');
  });

  it('flags a refund made outside our flows that exceeds what escrow holds, and records the event as applied', async () => {
    const { payment, demo } = await pendingPayment('100.00');
    const refundId = `re_too_much_${payment.id}`;
    const event = demoEvent('charge.refunded', demoCharge(demo, [{ id: refundId, amount: '150.00' }]));
    const response = await deliver(JSON.stringify(event));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, result: 'applied' });
    expect((await storedEvent(database.db, event.id))?.processedAt).toBeInstanceOf(Date);
    // The capture the charge reports is recorded; the refund escrow cannot take is left to the back office.
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ status: 'captured', refundedAmount: '0.00' });
    expect((await ledgerOf(database.db, payment.id)).map((entry) => entry.kind)).toEqual(['capture']);
    const issues = await database.db.select().from(reconciliationIssues).where(eq(reconciliationIssues.paymentId, payment.id));
    expect(issues).toMatchObject([
      {
        kind: 'amount_mismatch',
        resolvedAt: null,
        details: {
          refund: refundId,
          amount: '150.00',
          event_id: event.id,
          reason: expect.stringContaining('cannot exceed what was captured'),
        },
      },
    ]);

    // A later event lists the charge's refunds again: the same refund is not flagged twice.
    const later = demoEvent('charge.refunded', demoCharge(demo, [{ id: refundId, amount: '150.00' }]));
    expect((await deliver(JSON.stringify(later))).status).toBe(200);
    expect(
      await database.db.select().from(reconciliationIssues).where(eq(reconciliationIssues.paymentId, payment.id)),
    ).toHaveLength(1);
  });

  it('flags a refund reported while a card dispute freezes the payment, leaving the dispute in place', async () => {
    const { payment, demo } = await pendingPayment('80.00');
    await deliver(JSON.stringify(demoEvent('payment_intent.succeeded', demoPaymentIntent(demo, 'succeeded'))));
    const dispute = {
      id: `dp_frozen_${payment.id}`,
      amount: 8_000,
      currency: 'gbp',
      charge: demoCharge(demo).id,
      status: 'needs_response',
    };
    await deliver(JSON.stringify(demoEvent('charge.dispute.created', dispute)));
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ status: 'disputed' });

    const event = demoEvent('charge.refunded', demoCharge(demo, [{ id: `re_frozen_${payment.id}`, amount: '30.00' }]));
    const response = await deliver(JSON.stringify(event));
    expect(response.status).toBe(200);
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ status: 'disputed', refundedAmount: '0.00' });
    expect((await ledgerOf(database.db, payment.id)).map((entry) => entry.kind)).toEqual(['capture']);
    const issues = await database.db.select().from(reconciliationIssues).where(eq(reconciliationIssues.paymentId, payment.id));
    expect(issues).toMatchObject([
      {
        kind: 'amount_mismatch',
        details: {
          refund: `re_frozen_${payment.id}`,
          amount: '30.00',
          event_id: event.id,
          reason: expect.stringContaining('card dispute'),
        },
      },
    ]);
  });

  it('does not exist without a webhook secret (demo payments)', async () => {
    delete process.env.STRIPE_WEBHOOK_SECRET;
    try {
      const body = JSON.stringify(demoEvent('customer.created', { id: 'cus_demo' }));
      expect((await deliver(body)).status).toBe(404);
    } finally {
      process.env.STRIPE_WEBHOOK_SECRET = secret;
    }
  });
});

/** A seeded Fisher-Yates shuffle, so a failing order can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

const seeds = [1, 2, 3, 5, 8, 13, 21, 34];

describe('events in any order', () => {
  it.each(seeds)('ends refunded in full after authorize, capture and two refunds (shuffle %i)', async (seed) => {
    const { world, payment, demo } = await pendingPayment('400.00');
    const events = [
      demoEvent('checkout.session.completed', demoCheckoutSession(demo, at(0)), at(0)),
      demoEvent('payment_intent.amount_capturable_updated', demoPaymentIntent(demo, 'requires_capture', undefined, at(1)), at(1)),
      demoEvent('payment_intent.succeeded', demoPaymentIntent(demo, 'succeeded', undefined, at(2)), at(2)),
      demoEvent('charge.refunded', demoCharge(demo, [{ id: `re_a_${seed}`, amount: '150.00' }], at(3)), at(3)),
      demoEvent(
        'charge.refunded',
        demoCharge(
          demo,
          [
            { id: `re_a_${seed}`, amount: '150.00' },
            { id: `re_b_${seed}`, amount: '250.00' },
          ],
          at(4),
        ),
        at(4),
      ),
    ];
    for (const event of shuffled(events, seed)) expect((await deliver(JSON.stringify(event))).status).toBe(200);

    expect(await paymentRow(database.db, payment.id)).toMatchObject({
      status: 'refunded',
      escrowStatus: 'refunded',
      refundedAmount: '400.00',
      releasedAmount: '0.00',
    });
    const entries = await ledgerOf(database.db, payment.id);
    expect(entries.map((entry) => `${entry.kind}:${entry.amount}`).sort()).toEqual([
      'capture:400.00',
      'refund:150.00',
      'refund:250.00',
    ]);
    expect(await budgetSpentOf(database.db, world.campaign.id)).toBe('400.00');
  });

  it.each(seeds.slice(0, 4))('a card dispute lost in part refunds that part from escrow (shuffle %i)', async (seed) => {
    const { payment, demo } = await pendingPayment('300.00');
    const charge = demoCharge(demo, [], at(2));
    const dispute = (status: string) => ({
      id: `dp_${seed}_${payment.id}`,
      object: 'dispute',
      amount: 12_000,
      currency: 'gbp',
      charge: charge.id,
      payment_intent: charge.payment_intent,
      metadata: {},
      status,
    });
    const events = [
      demoEvent('payment_intent.amount_capturable_updated', demoPaymentIntent(demo, 'requires_capture', undefined, at(1)), at(1)),
      demoEvent('payment_intent.succeeded', demoPaymentIntent(demo, 'succeeded', undefined, at(2)), at(2)),
      demoEvent('charge.dispute.created', dispute('needs_response'), at(3)),
      demoEvent('charge.dispute.closed', dispute('lost'), at(9)),
    ];
    for (const event of shuffled(events, seed)) expect((await deliver(JSON.stringify(event))).status).toBe(200);
    expect(await paymentRow(database.db, payment.id)).toMatchObject({
      status: 'refunded',
      escrowStatus: 'held',
      refundedAmount: '120.00',
      statusBeforeDispute: null,
    });
    expect((await ledgerOf(database.db, payment.id)).map((entry) => `${entry.kind}:${entry.amount}`).sort()).toEqual([
      'capture:300.00',
      'refund:120.00',
    ]);
  });

  it('a won card dispute unfreezes the payment where it was; a late copy of its opening changes nothing', async () => {
    const { payment, demo } = await pendingPayment('90.00');
    await deliver(
      JSON.stringify(demoEvent('payment_intent.succeeded', demoPaymentIntent(demo, 'succeeded', undefined, at(1)), at(1))),
    );
    const dispute = (status: string) => ({
      id: `dp_won_${payment.id}`,
      amount: 9_000,
      currency: 'gbp',
      charge: demoCharge(demo).id,
      payment_intent: null,
      status,
    });
    const opened = JSON.stringify(demoEvent('charge.dispute.created', dispute('needs_response'), at(2)));
    await deliver(opened);
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ status: 'disputed', statusBeforeDispute: 'captured' });
    await deliver(JSON.stringify(demoEvent('charge.dispute.closed', dispute('won'), at(5))));
    await deliver(JSON.stringify(demoEvent('charge.dispute.created', dispute('needs_response'), at(2))));
    expect(await paymentRow(database.db, payment.id)).toMatchObject({
      status: 'captured',
      escrowStatus: 'held',
      statusBeforeDispute: null,
    });
  });

  it('ignores a declined attempt reported after a later authorization, and an authorization after the capture', async () => {
    const { payment, demo } = await pendingPayment('60.00');
    const decline = { declineCode: 'card_declined', message: 'Your card was declined.' };
    await deliver(
      JSON.stringify(
        demoEvent(
          'payment_intent.amount_capturable_updated',
          demoPaymentIntent(demo, 'requires_capture', undefined, at(5)),
          at(5),
        ),
      ),
    );
    const late = await deliver(
      JSON.stringify(
        demoEvent('payment_intent.payment_failed', demoPaymentIntent(demo, 'requires_payment_method', decline, at(3)), at(3)),
      ),
    );
    expect(await late.json()).toEqual({ received: true, result: 'ignored' });
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ status: 'authorized' });
    await deliver(
      JSON.stringify(demoEvent('payment_intent.succeeded', demoPaymentIntent(demo, 'succeeded', undefined, at(6)), at(6))),
    );
    const stale = await deliver(
      JSON.stringify(
        demoEvent(
          'payment_intent.amount_capturable_updated',
          demoPaymentIntent(demo, 'requires_capture', undefined, at(5)),
          at(5),
        ),
      ),
    );
    expect(await stale.json()).toEqual({ received: true, result: 'ignored' });
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ status: 'captured' });
  });

  it('links the PaymentIntent when checkout completes, so events naming only it find the payment', async () => {
    const { payment, demo } = await pendingPayment('70.00', { linked: false });
    await deliver(JSON.stringify(demoEvent('checkout.session.completed', { ...demoCheckoutSession(demo), metadata: {} })));
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ stripePaymentIntentId: demoIds.paymentIntent(payment.id) });
    await deliver(
      JSON.stringify(demoEvent('charge.refunded', demoCharge(demo, [{ id: `re_link_${payment.id}`, amount: '20.00' }]))),
    );
    expect(await paymentRow(database.db, payment.id)).toMatchObject({
      status: 'refunded',
      escrowStatus: 'held',
      refundedAmount: '20.00',
      stripeChargeId: demoCharge(demo).id,
    });
  });

  it('flags a reversed transfer for reconciliation', async () => {
    const { payment } = await pendingPayment('40.00');
    const transfer = {
      id: `tr_rev_${payment.id}`,
      amount: 3_600,
      amount_reversed: 3_600,
      currency: 'gbp',
      metadata: { payment_id: payment.id },
    };
    expect((await deliver(JSON.stringify(demoEvent('transfer.reversed', transfer)))).status).toBe(200);
    const issues = await database.db.select().from(reconciliationIssues).where(eq(reconciliationIssues.paymentId, payment.id));
    expect(issues).toMatchObject([{ kind: 'transfer_mismatch', details: { amount_reversed: '36.00', transfer: transfer.id } }]);
    expect(await database.db.select().from(ledgerEntries).where(eq(ledgerEntries.paymentId, payment.id))).toEqual([]);
  });
});
