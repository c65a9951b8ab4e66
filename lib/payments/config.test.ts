import { describe, expect, it } from 'vitest';
import { paymentsConfig } from './config';

describe('paymentsConfig', () => {
  it('uses the demo gateway and a 10% fee when nothing is set', () => {
    expect(paymentsConfig({})).toEqual({
      gateway: 'demo',
      platformFeePercent: 10,
      stripeSecretKey: undefined,
      stripeWebhookSecret: undefined,
      stripeApi: undefined,
    });
  });

  it('treats blank variables as unset', () => {
    expect(paymentsConfig({ STRIPE_SECRET_KEY: '', PLATFORM_FEE_PERCENT: ' ', STRIPE_API_HOST: '' })).toMatchObject({
      gateway: 'demo',
      platformFeePercent: 10,
      stripeApi: undefined,
    });
  });

  it('uses Stripe when a test secret key is set', () => {
    expect(
      paymentsConfig({
        STRIPE_SECRET_KEY: 'sk_test_abc',
        STRIPE_WEBHOOK_SECRET: 'whsec_xyz',
        STRIPE_CONNECT_WEBHOOK_SECRET: 'whsec_connect',
        PLATFORM_FEE_PERCENT: '12.5',
      }),
    ).toEqual({
      gateway: 'stripe',
      platformFeePercent: 12.5,
      stripeSecretKey: 'sk_test_abc',
      stripeWebhookSecret: 'whsec_xyz',
      stripeConnectWebhookSecret: 'whsec_connect',
      stripeApi: undefined,
    });
  });

  it('points the SDK at another endpoint when STRIPE_API_HOST is set', () => {
    expect(
      paymentsConfig({ STRIPE_API_HOST: '127.0.0.1', STRIPE_API_PORT: '12111', STRIPE_API_PROTOCOL: 'http' }).stripeApi,
    ).toEqual({
      host: '127.0.0.1',
      port: 12111,
      protocol: 'http',
    });
    expect(paymentsConfig({ STRIPE_API_HOST: 'stripe.internal' }).stripeApi).toEqual({
      host: 'stripe.internal',
      port: 443,
      protocol: 'https',
    });
  });

  it.each([
    [{ STRIPE_SECRET_KEY: 'sk_live_abc' }, 'STRIPE_SECRET_KEY must be a test-mode secret key'],
    [{ STRIPE_WEBHOOK_SECRET: 'secret' }, 'STRIPE_WEBHOOK_SECRET must be a webhook signing secret'],
    [{ STRIPE_CONNECT_WEBHOOK_SECRET: 'secret' }, 'STRIPE_CONNECT_WEBHOOK_SECRET must be a webhook signing secret'],
    [{ PLATFORM_FEE_PERCENT: '51' }, 'PLATFORM_FEE_PERCENT must be between 0 and 50'],
    [{ PLATFORM_FEE_PERCENT: '-1' }, 'PLATFORM_FEE_PERCENT must be a number'],
    [{ PLATFORM_FEE_PERCENT: '7.125' }, 'at most two decimals'],
    [{ STRIPE_API_PROTOCOL: 'ftp' }, 'STRIPE_API_PROTOCOL must be http or https'],
    [{ STRIPE_API_PORT: '70000' }, 'STRIPE_API_PORT must be a port number'],
  ])('refuses %o', (source, message) => {
    expect(() => paymentsConfig(source)).toThrow(message);
  });
});
