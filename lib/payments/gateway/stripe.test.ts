import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordedIds, stripeError } from '@/tests/doubles/stripe/responses';
import { startStripeDouble, type StripeDouble, type StripeRequest } from '@/tests/doubles/stripe/server';
import { toGatewayAmount } from '../money';
import { createStripeGateway } from './stripe';
import type { PaymentGateway } from './types';

const secretKey = 'sk_test_51PactlyGatewayDoubleKey';
const paymentId = '6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b';
const contractId = 'b7c6d5e4-f3a2-4b1c-9d8e-7f6a5b4c3d2e';
const userId = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';

let double: StripeDouble;
let gateway: PaymentGateway;

beforeAll(async () => {
  double = await startStripeDouble();
  gateway = createStripeGateway({ secretKey, api: { host: double.host, port: double.port, protocol: double.protocol } });
});

afterAll(() => double.close());

beforeEach(() => {
  double.reset();
});

function onlyRequest(): StripeRequest {
  expect(double.requests).toHaveLength(1);
  const request = double.requests[0]!;
  expect(request.authorization).toBe(`Bearer ${secretKey}`);
  return request;
}

describe('the Stripe gateway, through the real SDK against a loopback double', () => {
  it('creates a Checkout Session whose PaymentIntent is manual-capture, grouped by contract and tagged with the payment', async () => {
    const result = await gateway.createCheckout({
      paymentId,
      amountMinor: toGatewayAmount('1500.50', 'GBP'),
      currency: 'GBP',
      transferGroup: contractId,
      description: 'Spring launch: milestone 1 of 2',
      successUrl: 'http://localhost:3000/brand/acme/contracts/x?paid=1',
      cancelUrl: 'http://localhost:3000/brand/acme/contracts/x',
      customerEmail: 'billing@acme.test',
    });

    expect(result).toEqual({
      sessionId: recordedIds.checkoutSession,
      url: expect.stringContaining('https://checkout.stripe.com/'),
    });
    const request = onlyRequest();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/checkout/sessions');
    expect(request.idempotencyKey).toBe(`checkout:${paymentId}`);
    expect(request.body).toEqual({
      mode: 'payment',
      client_reference_id: paymentId,
      customer_email: 'billing@acme.test',
      line_items: [
        {
          quantity: '1',
          price_data: { currency: 'gbp', unit_amount: '150050', product_data: { name: 'Spring launch: milestone 1 of 2' } },
        },
      ],
      payment_intent_data: {
        capture_method: 'manual',
        transfer_group: contractId,
        description: 'Spring launch: milestone 1 of 2',
        metadata: { payment_id: paymentId },
      },
      metadata: { payment_id: paymentId },
      success_url: 'http://localhost:3000/brand/acme/contracts/x?paid=1',
      cancel_url: 'http://localhost:3000/brand/acme/contracts/x',
    });
  });

  it('sends a zero-decimal currency amount as whole units', async () => {
    await gateway.createCheckout({
      paymentId,
      amountMinor: toGatewayAmount('1500.00', 'JPY'),
      currency: 'JPY',
      transferGroup: contractId,
      description: 'Tokyo launch',
      successUrl: 'http://localhost:3000/ok',
      cancelUrl: 'http://localhost:3000/cancel',
    });

    const body = onlyRequest().body as { line_items: { price_data: Record<string, unknown> }[]; customer_email?: string };
    expect(body.line_items[0]!.price_data).toMatchObject({ currency: 'jpy', unit_amount: '1500' });
    expect(body).not.toHaveProperty('customer_email');
  });

  it('captures an authorized PaymentIntent with the capture key of the payment', async () => {
    await gateway.capturePaymentIntent({ paymentIntentId: recordedIds.paymentIntent, paymentId });

    const request = onlyRequest();
    expect(request.method).toBe('POST');
    expect(request.path).toBe(`/v1/payment_intents/${recordedIds.paymentIntent}/capture`);
    expect(request.idempotencyKey).toBe(`capture:${paymentId}`);
    expect(request.body).toEqual({});
  });

  it('transfers the creator share from the charge to the connected account', async () => {
    const movementId = crypto.randomUUID();
    const result = await gateway.createTransfer({
      movementId,
      paymentId,
      amountMinor: toGatewayAmount('1350.45', 'EUR'),
      currency: 'EUR',
      destination: recordedIds.account,
      sourceTransaction: recordedIds.charge,
      transferGroup: contractId,
    });

    expect(result).toEqual({ id: recordedIds.transfer });
    const request = onlyRequest();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/transfers');
    expect(request.idempotencyKey).toBe(`movement:${movementId}`);
    expect(request.body).toEqual({
      amount: '135045',
      currency: 'eur',
      destination: recordedIds.account,
      source_transaction: recordedIds.charge,
      transfer_group: contractId,
      metadata: { payment_id: paymentId, movement_id: movementId },
    });
  });

  it('refunds part of a PaymentIntent, keeping our reason in metadata and one key per refund', async () => {
    const movementId = crypto.randomUUID();
    const result = await gateway.createRefund({
      movementId,
      paymentId,
      paymentIntentId: recordedIds.paymentIntent,
      amountMinor: toGatewayAmount('200', 'USD'),
      reason: 'contract terminated',
    });

    expect(result).toEqual({ id: recordedIds.refund, status: 'succeeded' });
    const request = onlyRequest();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/refunds');
    expect(request.idempotencyKey).toBe(`movement:${movementId}`);
    expect(request.body).toEqual({
      payment_intent: recordedIds.paymentIntent,
      amount: '20000',
      reason: 'requested_by_customer',
      metadata: { payment_id: paymentId, movement_id: movementId, reason: 'contract terminated' },
    });
  });

  it("passes one of Stripe's own refund reasons through", async () => {
    await gateway.createRefund({
      movementId: crypto.randomUUID(),
      paymentId,
      paymentIntentId: recordedIds.paymentIntent,
      amountMinor: 100,
      reason: 'duplicate',
    });

    expect(onlyRequest().body).toMatchObject({ reason: 'duplicate', metadata: { reason: 'duplicate' } });
  });

  it('creates an Express connected account that can receive transfers', async () => {
    const result = await gateway.createConnectedAccount({ userId, email: 'mia@creators.test', country: 'GB' });

    expect(result).toEqual({ id: recordedIds.account });
    const request = onlyRequest();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/accounts');
    expect(request.idempotencyKey).toBe(`account:${userId}`);
    expect(request.body).toEqual({
      type: 'express',
      email: 'mia@creators.test',
      country: 'GB',
      capabilities: { transfers: { requested: 'true' } },
      metadata: { user_id: userId },
    });
  });

  it('leaves the country to Stripe when the creator has none', async () => {
    await gateway.createConnectedAccount({ userId, email: 'mia@creators.test', country: null });

    expect(onlyRequest().body).not.toHaveProperty('country');
  });

  it('creates an onboarding account link', async () => {
    const result = await gateway.createAccountLink({
      accountId: recordedIds.account,
      refreshUrl: 'http://localhost:3000/creator/payouts?refresh=1',
      returnUrl: 'http://localhost:3000/creator/payouts?returned=1',
    });

    expect(result.url).toContain(`https://connect.stripe.com/setup/e/${recordedIds.account}/`);
    const request = onlyRequest();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/account_links');
    expect(request.body).toEqual({
      account: recordedIds.account,
      refresh_url: 'http://localhost:3000/creator/payouts?refresh=1',
      return_url: 'http://localhost:3000/creator/payouts?returned=1',
      type: 'account_onboarding',
    });
  });

  it('retrieves whether a connected account can be paid out', async () => {
    expect(await gateway.retrieveAccount(recordedIds.account)).toEqual({
      id: recordedIds.account,
      payoutsEnabled: false,
      detailsSubmitted: false,
    });
    const request = onlyRequest();
    expect(request.method).toBe('GET');
    expect(request.path).toBe(`/v1/accounts/${recordedIds.account}`);
  });

  it('lists the charges and transfers of a transfer group for reconciliation', async () => {
    const result = await gateway.listByTransferGroup(contractId);

    expect(result).toEqual({
      charges: [
        {
          id: recordedIds.charge,
          paymentIntentId: recordedIds.paymentIntent,
          amountMinor: 150_000,
          currency: 'GBP',
          capturedMinor: 150_000,
          refundedMinor: 20_000,
          disputed: false,
        },
      ],
      transfers: [
        {
          id: recordedIds.transfer,
          amountMinor: 117_000,
          currency: 'GBP',
          destination: recordedIds.account,
          reversedMinor: 5_000,
          movementId: null,
        },
      ],
    });
    const paths = double.requests.map((request) => `${request.method} ${request.path}`).sort();
    expect(paths).toEqual(['GET /v1/charges', 'GET /v1/transfers']);
    const queryOf = (path: string) => double.requests.find((request) => request.path === path)?.query;
    expect(queryOf('/v1/charges')).toEqual({ transfer_group: contractId, limit: '100', expand: ['data.refunds'] });
    expect(queryOf('/v1/transfers')).toEqual({ transfer_group: contractId, limit: '100' });
  });

  it('surfaces a Stripe error instead of pretending the money moved', async () => {
    double.respond('POST /v1/transfers', {
      status: 400,
      body: stripeError('invalid_request_error', 'Insufficient funds in Stripe account.', { code: 'balance_insufficient' }),
    });

    await expect(
      gateway.createTransfer({
        movementId: crypto.randomUUID(),
        paymentId,
        amountMinor: 100,
        currency: 'GBP',
        destination: recordedIds.account,
        sourceTransaction: recordedIds.charge,
        transferGroup: contractId,
      }),
    ).rejects.toMatchObject({ type: 'StripeInvalidRequestError', code: 'balance_insufficient' });
  });
});
