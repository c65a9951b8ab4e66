import type { Executor } from '@/db/client';
import { paymentsConfig } from '../config';
import { createDemoGateway } from './demo';
import { createStripeGateway } from './stripe';
import type { PaymentGateway } from './types';

/**
 * Stripe when STRIPE_SECRET_KEY is set, else the demo gateway. The demo reads its state from our database: pass the
 * ctx's executor (tests, transactions); it defaults to the app's pool.
 */
export function paymentGateway(executor?: Executor): PaymentGateway {
  const config = paymentsConfig();
  if (config.gateway === 'stripe' && config.stripeSecretKey) {
    return createStripeGateway({ secretKey: config.stripeSecretKey, api: config.stripeApi });
  }
  return createDemoGateway(executor);
}

export type { PaymentGateway } from './types';
