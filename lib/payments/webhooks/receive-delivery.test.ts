import { count, eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { reconciliationIssues, stripeEvents } from '@/db/schema';
import { demoCharge, demoEvent, demoPaymentIntent } from '../demo-events';
import {
  budgetSpentOf,
  deliver,
  ledgerOf,
  paymentRow,
  pendingPayment,
  storedEvent,
  setupWebhookTestDatabase,
  webhookSecret,
} from './test-fixtures';

const database = setupWebhookTestDatabase();
const ledgerCount = async (paymentId: string) => (await ledgerOf(database.db, paymentId)).length;

describe('POST /api/webhooks/stripe', () => {
  it('applies an event delivered 5 times in a row once', async () => {
    const { world, payment, demo } = await pendingPayment(database.db);
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
    const { world, payment, demo } = await pendingPayment(database.db, '750.50');
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
    const { payment, demo } = await pendingPayment(database.db);
    const event = demoEvent('payment_intent.succeeded', demoPaymentIntent(demo, 'succeeded'));
    const body = JSON.stringify(event);
    const forged = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: 'whsec_someone_else' });
    expect((await deliver(body, forged)).status).toBe(400);
    expect((await deliver(body, null)).status).toBe(400);
    const signed = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: webhookSecret });
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
    const { world, payment, demo } = await pendingPayment(database.db, '100.00');
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
    const { payment, demo } = await pendingPayment(database.db, '100.00');
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
    const { payment, demo } = await pendingPayment(database.db, '80.00');
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
      process.env.STRIPE_WEBHOOK_SECRET = webhookSecret;
    }
  });
});
