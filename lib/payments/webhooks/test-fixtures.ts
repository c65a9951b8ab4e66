import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import Stripe from 'stripe';
import { afterAll, beforeAll } from 'vitest';
import { database as appDatabase, type Executor } from '@/db/client';
import { campaigns, contracts, ledgerEntries, payments, stripeEvents, type NewPayment, type Payment } from '@/db/schema';
import { createAcceptedOffer } from '@/lib/contracts/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { demoIds, type DemoPayment } from '../demo-events';
import { stripeWebhookHandler } from './receive';

/** For tests: a signed contract between a brand and a creator, ready to be funded. */
export async function createSignedContract(db: Executor) {
  const world = await createAcceptedOffer(db);
  const [contract] = await db
    .insert(contracts)
    .values({
      campaignId: world.campaign.id,
      offerId: world.offer.id,
      influencerId: world.creator.id,
      organizationId: world.organization.id,
      status: 'signed',
      content: { offer: { price: world.offer.price, currency: 'GBP', terms: world.offer.terms } },
      signedAt: new Date(),
    })
    .returning();
  return { ...world, contract: contract! };
}

export type SignedContract = Awaited<ReturnType<typeof createSignedContract>>;

/** For tests: a payment of the contract as fundContract leaves it (pending), or in any state given. */
export async function createPayment(
  db: Executor,
  world: SignedContract,
  values: Partial<NewPayment> & { amount: string },
): Promise<Payment> {
  const [payment] = await db
    .insert(payments)
    .values({
      campaignId: world.campaign.id,
      contractId: world.contract.id,
      payerId: world.organization.id,
      payeeId: world.creator.id,
      currency: 'GBP',
      gateway: 'stripe',
      ...values,
    })
    .returning();
  return payment!;
}

export async function paymentRow(db: Executor, id: string): Promise<Payment> {
  return (await db.select().from(payments).where(eq(payments.id, id)))[0]!;
}

export async function ledgerOf(db: Executor, paymentId: string) {
  return db.select().from(ledgerEntries).where(eq(ledgerEntries.paymentId, paymentId)).orderBy(ledgerEntries.createdAt);
}

export async function budgetSpentOf(db: Executor, campaignId: string): Promise<string> {
  return (await db.select({ spent: campaigns.budgetSpent }).from(campaigns).where(eq(campaigns.id, campaignId)))[0]!.spent;
}

export async function storedEvent(db: Executor, id: string) {
  return (await db.select().from(stripeEvents).where(eq(stripeEvents.id, id)))[0];
}

export const webhookSecret = 'whsec_pactly_webhook_test';
export const connectWebhookSecret = 'whsec_pactly_connect_webhook_test';

/**
 * For tests: gives the calling test file its own database, which the webhook route reaches through the app's database
 * and the environment, as in production. The returned object is filled in by `beforeAll`.
 */
export function setupWebhookTestDatabase(): TestDatabase {
  const database = {} as TestDatabase;
  beforeAll(async () => {
    Object.assign(database, await createTestDatabase());
    process.env.DATABASE_URL = database.url;
    process.env.STRIPE_WEBHOOK_SECRET = webhookSecret;
    process.env.STRIPE_CONNECT_WEBHOOK_SECRET = connectWebhookSecret;
  });
  afterAll(async () => {
    await appDatabase().sql.end({ timeout: 5 });
    await database.close();
  });
  return database;
}

const handlers = { platform: stripeWebhookHandler('platform'), connect: stripeWebhookHandler('connect') };

/** For tests: the Stripe-Signature header Stripe would send for `payload` signed with `secret`. */
export const signed = (payload: string, secret: string) => Stripe.webhooks.generateTestHeaderString({ payload, secret });

function post(endpoint: keyof typeof handlers, path: string, payload: string, signature: string | null) {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (signature) headers.set('stripe-signature', signature);
  return handlers[endpoint](new NextRequest(`http://localhost${path}`, { method: 'POST', body: payload, headers }));
}

/** For tests: POSTs `payload` to the webhook route, signed with the test secret unless another signature is given. */
export function deliver(payload: string, signature: string | null = signed(payload, webhookSecret)) {
  return post('platform', '/api/webhooks/stripe', payload, signature);
}

/** For tests: POSTs `payload` to the Connect webhook route, signed with its test secret unless another is given. */
export function deliverConnect(payload: string, signature: string | null = signed(payload, connectWebhookSecret)) {
  return post('connect', '/api/webhooks/stripe-connect', payload, signature);
}

/**
 * A payment as fundContract leaves it. `linked`: checkout already reported its PaymentIntent, as it always has before
 * anything is captured (our capture call needs that id), so charge and dispute events can find the payment by it.
 */
export async function pendingPayment(db: Executor, amount = '500.00', { linked = true } = {}) {
  const world = await createSignedContract(db);
  const id = crypto.randomUUID();
  const payment = await createPayment(db, world, {
    id,
    amount,
    milestoneIndex: 0,
    stripePaymentId: `cs_test_${id}`,
    stripePaymentIntentId: linked ? demoIds.paymentIntent(id) : null,
  });
  const demo: DemoPayment = { paymentId: payment.id, amount, currency: 'GBP', contractId: world.contract.id };
  return { world, payment, demo };
}
