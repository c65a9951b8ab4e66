import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contracts, emailOutbox, moneyMovements, notifications } from '@/db/schema';
import { withTransaction } from '@/lib/context';
import { createUser, testCtx } from '@/tests/helpers/factories';
import { settleContractPayments } from '../settle';
import {
  createFundableContract,
  enablePayouts,
  fundAndPay,
  gatewayFailingTransfers,
  setupDemoPaymentsDatabase,
  type FundableContract,
} from '../test-fixtures';
import { cancelUnsentMovements } from './complete';
import { movementBlockedReasons } from './execute';

const database = setupDemoPaymentsDatabase();
const ctx = () => testCtx(database.db);

const waitingTypes = ['payouts_needed', 'money_movement_failed'];

/** The user's notifications about waiting money, by title. */
const notificationsOf = (userId: string) =>
  database.db
    .select({ type: notifications.type, title: notifications.title, body: notifications.body, link: notifications.link })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), inArray(notifications.type, waitingTypes)))
    .orderBy(notifications.title);

/** Both milestones (500.00 + 750.50 GBP) paid into escrow and the contract completed: their releases are due. */
async function completedContract(): Promise<FundableContract & { firstPaymentId: string }> {
  const world = await createFundableContract(database.db, 'active');
  const { paymentId: firstPaymentId } = await fundAndPay(world, 0);
  await fundAndPay(world, 1);
  await database.db.update(contracts).set({ status: 'completed' }).where(eq(contracts.id, world.contractId));
  return { ...world, firstPaymentId };
}

describe('who is told about waiting money', () => {
  it('asks the creator once per payment to set up payouts when a release starts waiting for them', async () => {
    const world = await completedContract();
    await settleContractPayments(ctx(), world.contractId);
    await settleContractPayments(ctx(), world.contractId);
    // A release planned again for the same payment (its first plan gave way to a fact from Stripe) asks nothing new.
    await withTransaction(ctx(), (tx) =>
      cancelUnsentMovements(tx, { paymentId: world.firstPaymentId }, 'Refunded in the dashboard.'),
    );
    await settleContractPayments(ctx(), world.contractId);
    expect(
      await database.db.select().from(moneyMovements).where(eq(moneyMovements.paymentId, world.firstPaymentId)),
    ).toMatchObject([{ status: 'canceled' }, { status: 'pending', blockedReason: movementBlockedReasons.payoutsNotEnabled }]);

    const told = await notificationsOf(world.creator.id);
    expect(told).toEqual([
      {
        type: 'payouts_needed',
        title: 'Set up payouts to receive 500.00 GBP',
        body: expect.stringContaining('until you finish setting up payouts'),
        link: '/creator/payouts',
      },
      expect.objectContaining({ type: 'payouts_needed', title: 'Set up payouts to receive 750.50 GBP' }),
    ]);
    expect(told[0]!.body).toContain(`"${world.campaign.title}"`);
    const emails = await database.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.template, 'payouts_needed'), eq(emailOutbox.toAddress, world.creator.email)));
    expect(emails).toHaveLength(2);
    expect(await notificationsOf(world.admin.id)).toEqual([]);
  });

  it("tells Pactly's admins, not support staff, when the gateway refuses a release for good, and not when it may retry", async () => {
    const admin = await createUser(database.db, { role: 'admin' });
    const support = await createUser(database.db, { role: 'support' });
    const world = await completedContract();
    await enablePayouts(database.db, world.creator.id, 'demo', `acct_demo_${world.creator.id}`);

    await settleContractPayments(ctx(), world.contractId, gatewayFailingTransfers(database.db, 503, 'Try again later.'));
    expect(await notificationsOf(admin.id)).toEqual([]);

    await settleContractPayments(ctx(), world.contractId, gatewayFailingTransfers(database.db, 400, 'No such destination.'));
    expect(await notificationsOf(admin.id)).toEqual([
      {
        type: 'money_movement_failed',
        title: 'A release of 500.00 GBP was refused',
        body: expect.stringContaining('The gateway refused the release: No such destination. The money is held in escrow again'),
        link: '/admin/payments',
      },
      expect.objectContaining({ type: 'money_movement_failed', title: 'A release of 750.50 GBP was refused' }),
    ]);
    expect(await notificationsOf(support.id)).toEqual([]);
    expect(await notificationsOf(world.creator.id)).toEqual([]);
  });
});
