import { afterAll, beforeAll, vi } from 'vitest';
import type { Database } from '@/db/client';
import { openDispute } from '@/lib/disputes/open';
import { testStore } from '@/lib/submissions/test-fixtures';
import { startStripeDouble, type StripeDouble } from '@/tests/doubles/stripe/server';
import { testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { demoEvent, demoPaymentIntent } from './demo-events';
import { createStripeGateway } from './gateway/stripe';
import type { PaymentGateway } from './gateway/types';
import { createFundableContract, enablePayouts, type FundableContract } from './test-fixtures';
import { applyStripeEvent } from './webhooks/apply';
import { createPayment } from './webhooks/test-fixtures';

export interface StripeTestSetup {
  database: TestDatabase;
  double: StripeDouble;
  /** The real Stripe SDK gateway, talking to the double; the app's default gateway is pointed there too. */
  stripe: PaymentGateway;
}

/** Test-only: a database of the calling file's own and the Stripe double, filled in by `beforeAll`. */
export function setupStripeTestDatabase(): StripeTestSetup {
  const setup = {} as StripeTestSetup;
  beforeAll(async () => {
    setup.database = await createTestDatabase();
    setup.double = await startStripeDouble();
    const { host, port, protocol } = setup.double;
    vi.stubEnv('STRIPE_SECRET_KEY', 'sk_test_double');
    vi.stubEnv('STRIPE_API_HOST', host);
    vi.stubEnv('STRIPE_API_PORT', String(port));
    vi.stubEnv('STRIPE_API_PROTOCOL', protocol);
    setup.stripe = createStripeGateway({ secretKey: 'sk_test_double', api: { host, port, protocol } });
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await setup.double.close();
    await setup.database.close();
  });
  return setup;
}

/** Test-only: a contract (milestones 500.00 + 750.50 GBP) whose creator's Stripe account can be paid out. */
export async function payableWorld(db: Database, status: 'active' | 'completed' = 'active'): Promise<FundableContract> {
  const world = await createFundableContract(db, status);
  await enablePayouts(db, world.creator.id, 'stripe', `acct_test_${world.creator.id}`);
  return world;
}

/** Test-only: the ids Stripe gives a milestone's PaymentIntent and charge here. */
export const stripeIdsOf = (paymentId: string) => ({ intent: `pi_test_${paymentId}`, charge: `ch_test_${paymentId}` });

/** Test-only: a milestone paid at Stripe and captured, as the webhooks report it. */
export async function capturedAtStripe(db: Database, world: FundableContract, milestoneIndex: number, amount: string) {
  const id = crypto.randomUUID();
  const ids = stripeIdsOf(id);
  const payment = await createPayment(db, { ...world, contract: { id: world.contractId } } as never, {
    id,
    amount,
    milestoneIndex,
    status: 'authorized',
    stripePaymentIntentId: ids.intent,
  });
  const intent = {
    ...demoPaymentIntent({ paymentId: id, amount, currency: 'GBP', contractId: world.contractId }, 'succeeded'),
    id: ids.intent,
    latest_charge: ids.charge,
  };
  await applyStripeEvent(testCtx(db), demoEvent('payment_intent.succeeded', intent));
  return payment;
}

/** Test-only: the brand opens a dispute on the contract. */
export const brandDisputes = (world: FundableContract, reason = 'Only part of the work arrived.') =>
  openDispute(
    world.brand,
    { side: 'brand', organizationId: world.brand.organization.id },
    { contractId: world.contractId, reason, links: [], files: [] },
    testStore(),
  );
