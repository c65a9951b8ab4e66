import { describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/errors';
import {
  demoAccountUpdated,
  demoCardResult,
  demoChargeRefunded,
  demoCheckoutCompleted,
  demoEvent,
  demoIds,
  demoPaymentAuthorized,
  demoPaymentFailed,
  demoPaymentSucceeded,
  type DemoEvent,
  type DemoPayment,
} from './demo-events';

const payment: DemoPayment = {
  paymentId: '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c',
  amount: '1250.50',
  currency: 'GBP',
  contractId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
};
const at = new Date('2026-12-01T10:00:00Z');

describe('demoCardResult', () => {
  it("follows Stripe's test cards", () => {
    expect(demoCardResult('4242424242424242')).toBe('succeeded');
    expect(demoCardResult('4242 4242 4242 4242')).toBe('succeeded');
    expect(demoCardResult('4000-0000-0000-0002')).toEqual({ declineCode: 'card_declined', message: 'Your card was declined.' });
    expect(demoCardResult('4000000000009995')).toEqual({
      declineCode: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
    });
  });

  it('refuses any other number with a message on the card field', () => {
    for (const number of ['4111111111111111', '', 'abcd']) {
      let error: unknown;
      try {
        demoCardResult(number);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).message).toContain("Use one of Stripe's test card numbers");
      expect((error as ValidationError).fieldErrors?.cardNumber?.[0]).toContain("Use one of Stripe's test card numbers");
    }
  });
});

describe('demo events', () => {
  it('wraps an object like a Stripe event, with a unique demo id', () => {
    const first = demoEvent('account.updated', { id: 'acct_demo_1' }, at);
    const second = demoEvent('account.updated', { id: 'acct_demo_1' }, at);

    expect(first).toEqual({
      id: expect.stringMatching(/^evt_demo_[0-9a-f-]{36}$/),
      object: 'event',
      type: 'account.updated',
      created: 1_796_119_200,
      livemode: false,
      api_version: null,
      pending_webhooks: 0,
      request: { id: null, idempotency_key: null },
      data: { object: { id: 'acct_demo_1' } },
    });
    expect(second.id).not.toBe(first.id);
  });

  it('completes the checkout with the PaymentIntent it created', () => {
    const event = demoCheckoutCompleted(payment, at);

    expect(event.type).toBe('checkout.session.completed');
    expect(event.data.object).toMatchObject({
      id: demoIds.checkoutSession(payment.paymentId),
      object: 'checkout.session',
      payment_intent: demoIds.paymentIntent(payment.paymentId),
      amount_total: 125_050,
      currency: 'gbp',
      client_reference_id: payment.paymentId,
      metadata: { payment_id: payment.paymentId },
      status: 'complete',
    });
  });

  it('authorizes, then succeeds, a manual-capture PaymentIntent in minor units', () => {
    const authorized = demoPaymentAuthorized(payment, at);
    const succeeded = demoPaymentSucceeded(payment, at);

    expect(authorized.type).toBe('payment_intent.amount_capturable_updated');
    expect(authorized.data.object).toMatchObject({
      id: demoIds.paymentIntent(payment.paymentId),
      object: 'payment_intent',
      status: 'requires_capture',
      capture_method: 'manual',
      amount: 125_050,
      amount_capturable: 125_050,
      amount_received: 0,
      currency: 'gbp',
      transfer_group: payment.contractId,
      metadata: { payment_id: payment.paymentId },
      last_payment_error: null,
    });
    expect(succeeded.type).toBe('payment_intent.succeeded');
    expect(succeeded.data.object).toMatchObject({
      status: 'succeeded',
      amount_capturable: 0,
      amount_received: 125_050,
      latest_charge: demoIds.charge(payment.paymentId),
    });
  });

  it('fails a PaymentIntent with the decline code of the test card', () => {
    const event = demoPaymentFailed(
      payment,
      { declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
      at,
    );

    expect(event.type).toBe('payment_intent.payment_failed');
    expect(event.data.object).toMatchObject({
      status: 'requires_payment_method',
      latest_charge: null,
      last_payment_error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'insufficient_funds',
        message: 'Your card has insufficient funds.',
      },
    });
  });

  it('refunds a charge, listing every refund made so far', () => {
    const event = demoChargeRefunded(
      payment,
      [
        { id: demoIds.refund(`${payment.paymentId}_1`), amount: '200.00' },
        { id: demoIds.refund(`${payment.paymentId}_2`), amount: '50.50' },
      ],
      at,
    );

    expect(event.type).toBe('charge.refunded');
    const charge = event.data.object;
    expect(charge).toMatchObject({
      id: demoIds.charge(payment.paymentId),
      object: 'charge',
      amount: 125_050,
      amount_captured: 125_050,
      amount_refunded: 25_050,
      refunded: false,
      payment_intent: demoIds.paymentIntent(payment.paymentId),
      metadata: { payment_id: payment.paymentId },
    });
    expect(charge.refunds.data.map((refund) => [refund.id, refund.amount, refund.status])).toEqual([
      [demoIds.refund(`${payment.paymentId}_1`), 20_000, 'succeeded'],
      [demoIds.refund(`${payment.paymentId}_2`), 5_050, 'succeeded'],
    ]);
  });

  it('marks a charge refunded once refunds cover it, in zero-decimal currencies too', () => {
    const yen = { ...payment, amount: '1500.00', currency: 'JPY' };
    const charge = demoChargeRefunded(yen, [{ id: 're_demo_1', amount: '1500' }], at).data.object;

    expect(charge).toMatchObject({ amount: 1500, amount_refunded: 1500, refunded: true, currency: 'jpy' });
  });

  it('builds events that all fit the DemoEvent type the webhook apply function takes', () => {
    const decline = demoCardResult('4000000000000002');
    const events: DemoEvent[] = [
      demoCheckoutCompleted(payment, at),
      demoPaymentAuthorized(payment, at),
      demoPaymentSucceeded(payment, at),
      demoPaymentFailed(payment, decline === 'succeeded' ? { declineCode: '', message: '' } : decline, at),
      demoChargeRefunded(payment, [], at),
      demoAccountUpdated({ accountId: 'acct_demo_u1', userId: 'u1', payoutsEnabled: false, detailsSubmitted: false }, at),
    ];

    expect(new Set(events.map((event) => event.id)).size).toBe(6);
    expect(events.every((event) => event.created === 1_796_119_200 && event.livemode === false)).toBe(true);
  });

  it('updates a connected account with its payout state', () => {
    const event = demoAccountUpdated(
      { accountId: 'acct_demo_u1', userId: 'u1', payoutsEnabled: true, detailsSubmitted: true },
      at,
    );

    expect(event.type).toBe('account.updated');
    expect(event.data.object).toMatchObject({
      id: 'acct_demo_u1',
      object: 'account',
      type: 'express',
      payouts_enabled: true,
      details_submitted: true,
      capabilities: { transfers: 'active' },
      metadata: { user_id: 'u1' },
    });
  });
});
