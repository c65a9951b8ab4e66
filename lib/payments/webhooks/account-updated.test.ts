import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database as appDatabase } from '@/db/client';
import { auditLogs, contracts, payoutAccounts } from '@/db/schema';
import { withTransaction } from '@/lib/context';
import { testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { demoAccountUpdated, demoIds, demoPaymentSucceeded } from '../demo-events';
import { executePendingMovements, movementBlockedReasons } from '../movements/execute';
import { requestContractRelease } from '../release';
import { applyStripeEvent } from './apply';
import { createPayment, createSignedContract, ledgerOf, paymentRow } from './test-fixtures';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  // The demo gateway keeps its state in the app's database.
  process.env.DATABASE_URL = database.url;
  delete process.env.STRIPE_SECRET_KEY;
});
afterAll(async () => {
  await appDatabase().sql.end({ timeout: 5 });
  await database.close();
});

const apply = (event: Parameters<typeof applyStripeEvent>[1]) => applyStripeEvent(testCtx(database.db), event);
const accountOf = async (userId: string) =>
  (await database.db.select().from(payoutAccounts).where(eq(payoutAccounts.userId, userId)))[0];

describe('account.updated', () => {
  it('links the account named by metadata.user_id and keeps its flags; unknown users are ignored', async () => {
    const { creator } = await createSignedContract(database.db);
    const state = { accountId: demoIds.account(creator.id), userId: creator.id, payoutsEnabled: false, detailsSubmitted: true };
    expect(await apply(demoAccountUpdated(state))).toBe('applied');
    expect(await accountOf(creator.id)).toMatchObject({
      gateway: 'demo',
      stripeAccountId: state.accountId,
      detailsSubmitted: true,
      payoutsEnabled: false,
    });
    expect(await apply(demoAccountUpdated(state))).toBe('ignored');
    const stranger = { ...state, accountId: 'acct_demo_stranger', userId: crypto.randomUUID() };
    expect(await apply(demoAccountUpdated(stranger))).toBe('ignored');
    const [audit] = await database.db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.resourceId, creator.id), eq(auditLogs.action, 'link_payout_account')));
    expect(audit).toMatchObject({ actorType: 'system', metadata: { accountId: state.accountId } });
  });

  it('sends the releases that waited for payouts once they are enabled', async () => {
    const world = await createSignedContract(database.db);
    const id = crypto.randomUUID();
    const payment = await createPayment(database.db, world, {
      id,
      amount: '200.00',
      milestoneIndex: 0,
      gateway: 'demo',
      status: 'authorized',
      stripePaymentIntentId: demoIds.paymentIntent(id),
    });
    const demo = { paymentId: id, amount: '200.00', currency: 'GBP', contractId: world.contract.id };
    expect(await apply(demoPaymentSucceeded(demo))).toBe('applied');
    const state = {
      accountId: demoIds.account(world.creator.id),
      userId: world.creator.id,
      payoutsEnabled: false,
      detailsSubmitted: false,
    };
    await apply(demoAccountUpdated(state));
    await database.db.update(contracts).set({ status: 'completed' }).where(eq(contracts.id, world.contract.id));
    await withTransaction(testCtx(database.db), (tx) => requestContractRelease(tx, world.contract.id));
    expect(await executePendingMovements(testCtx(database.db))).toBe(0);
    expect(await paymentRow(database.db, payment.id)).toMatchObject({
      releaseBlockedReason: movementBlockedReasons.payoutsNotEnabled,
    });

    expect(await apply(demoAccountUpdated({ ...state, payoutsEnabled: true, detailsSubmitted: true }))).toBe('applied');
    expect(await accountOf(world.creator.id)).toMatchObject({ payoutsEnabled: true });
    expect(await paymentRow(database.db, payment.id)).toMatchObject({
      status: 'released',
      escrowStatus: 'released',
      releasedAmount: '200.00',
      releaseBlockedReason: null,
    });
    expect((await ledgerOf(database.db, payment.id)).map((entry) => entry.kind).sort()).toEqual(['capture', 'release']);
  });
});
