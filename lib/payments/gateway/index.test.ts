import { afterEach, describe, expect, it } from 'vitest';
import { paymentGateway } from './index';

const variables = ['STRIPE_SECRET_KEY', 'STRIPE_API_HOST', 'STRIPE_API_PORT', 'STRIPE_API_PROTOCOL'] as const;
const saved = Object.fromEntries(variables.map((name) => [name, process.env[name]]));

afterEach(() => {
  for (const name of variables) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('paymentGateway', () => {
  it('is the demo gateway without Stripe keys', () => {
    delete process.env.STRIPE_SECRET_KEY;
    expect(paymentGateway().kind).toBe('demo');
  });

  it('is Stripe with a test secret key', () => {
    process.env.STRIPE_SECRET_KEY = 'sk_test_selector';
    expect(paymentGateway().kind).toBe('stripe');
  });

  it('refuses a live key', () => {
    process.env.STRIPE_SECRET_KEY = 'sk_live_nope';
    expect(() => paymentGateway()).toThrow('test-mode secret key');
  });
});
