import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contracts, payoutAccounts } from '@/db/schema';
import { withTransaction } from '@/lib/context';
import { testCtx } from '@/tests/helpers/factories';
import { demoAccountUpdated, demoIds, demoPaymentSucceeded, type DemoAccountState } from '../demo-events';
import { requestContractRelease } from '../release';
import { applyStripeEvent } from './apply';
import {
  connectWebhookSecret,
  createPayment,
  createSignedContract,
  deliver,
  deliverConnect,
  ledgerOf,
  paymentRow,
  setupWebhookTestDatabase,
  signed,
  storedEvent,
  webhookSecret,
} from './test-fixtures';

const database = setupWebhookTestDatabase();
// Demo payments: the release goes through the demo gateway.
beforeAll(() => vi.stubEnv('STRIPE_SECRET_KEY', undefined));
afterAll(() => vi.unstubAllEnvs());

/** account.updated as Stripe sends it to a Connect endpoint: the connected account's id at the top level. */
const connectAccountUpdated = (state: DemoAccountState) => ({ ...demoAccountUpdated(state), account: state.accountId });

const accountOf = async (userId: string) =>
  (await database.db.select().from(payoutAccounts).where(eq(payoutAccounts.userId, userId)))[0];

/** A completed contract whose captured demo payment waits for the creator's payouts (account linked, payouts off). */
async function releaseWaitingForPayouts() {
  const world = await createSignedContract(database.db);
  const id = crypto.randomUUID();
  await createPayment(database.db, world, {
    id,
    amount: '200.00',
    milestoneIndex: 0,
    gateway: 'demo',
    status: 'authorized',
    stripePaymentIntentId: demoIds.paymentIntent(id),
  });
  const ctx = testCtx(database.db);
  const demo = { paymentId: id, amount: '200.00', currency: 'GBP', contractId: world.contract.id };
  await applyStripeEvent(ctx, demoPaymentSucceeded(demo));
  const state = {
    accountId: demoIds.account(world.creator.id),
    userId: world.creator.id,
    payoutsEnabled: false,
    detailsSubmitted: false,
  };
  await applyStripeEvent(ctx, demoAccountUpdated(state));
  await database.db.update(contracts).set({ status: 'completed' }).where(eq(contracts.id, world.contract.id));
  await withTransaction(ctx, (tx) => requestContractRelease(tx, world.contract.id));
  return { paymentId: id, creatorId: world.creator.id, enabled: { ...state, payoutsEnabled: true, detailsSubmitted: true } };
}

describe('POST /api/webhooks/stripe-connect', () => {
  it('applies account.updated signed with the Connect secret and sends the release that waited for payouts', async () => {
    const { paymentId, creatorId, enabled } = await releaseWaitingForPayouts();
    expect(await paymentRow(database.db, paymentId)).toMatchObject({ status: 'captured', releasedAmount: '0.00' });
    const event = connectAccountUpdated(enabled);
    const response = await deliverConnect(JSON.stringify(event));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, result: 'applied' });
    expect(await storedEvent(database.db, event.id)).toMatchObject({ type: 'account.updated' });
    expect(await accountOf(creatorId)).toMatchObject({ payoutsEnabled: true, detailsSubmitted: true });
    expect(await paymentRow(database.db, paymentId)).toMatchObject({
      status: 'released',
      releasedAmount: '200.00',
    });
    expect((await ledgerOf(database.db, paymentId)).map((entry) => entry.kind).sort()).toEqual(['capture', 'release']);
  });

  it('answers 400 to an event signed with the platform secret, and the platform endpoint to one signed for Connect', async () => {
    const { creatorId, enabled } = await releaseWaitingForPayouts();
    const event = connectAccountUpdated(enabled);
    const body = JSON.stringify(event);
    expect((await deliverConnect(body, signed(body, webhookSecret))).status).toBe(400);
    expect((await deliver(body, signed(body, connectWebhookSecret))).status).toBe(400);
    expect(await storedEvent(database.db, event.id)).toBeUndefined();
    expect(await accountOf(creatorId)).toMatchObject({ payoutsEnabled: false });
  });

  it('answers 400 to a correctly signed event that names no connected account, and writes nothing', async () => {
    const { creatorId, enabled } = await releaseWaitingForPayouts();
    const event = demoAccountUpdated(enabled);
    const response = await deliverConnect(JSON.stringify(event));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: `Event ${event.id} does not belong on this endpoint.` });
    expect(await storedEvent(database.db, event.id)).toBeUndefined();
    expect(await accountOf(creatorId)).toMatchObject({ payoutsEnabled: false });
  });

  it('does not exist without STRIPE_CONNECT_WEBHOOK_SECRET, like the platform endpoint without its secret', async () => {
    delete process.env.STRIPE_CONNECT_WEBHOOK_SECRET;
    try {
      const event = connectAccountUpdated({
        accountId: 'acct_demo_nobody',
        userId: crypto.randomUUID(),
        payoutsEnabled: true,
        detailsSubmitted: true,
      });
      const response = await deliverConnect(JSON.stringify(event));
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        error: 'Stripe webhooks are not configured (STRIPE_CONNECT_WEBHOOK_SECRET).',
      });
      expect(await storedEvent(database.db, event.id)).toBeUndefined();
    } finally {
      process.env.STRIPE_CONNECT_WEBHOOK_SECRET = connectWebhookSecret;
    }
  });
});
