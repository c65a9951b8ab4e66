import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { campaigns, contracts, moneyMovements, payments, reconciliationIssues } from '@/db/schema';
import { openDispute } from '@/lib/disputes/open';
import { resolveDispute } from '@/lib/disputes/resolve';
import { testStore } from '@/lib/submissions/test-fixtures';
import { testCtx } from '@/tests/helpers/factories';
import { fundContract } from './fund';
import { movementBlockedReasons } from './movements/execute';
import { settleContractPayments } from './settle';
import {
  createFundableContract,
  enablePayouts,
  fundAndPay,
  gatewayFailingTransfers,
  setupDemoPaymentsDatabase,
  staffCtx,
  type FundableContract,
} from './test-fixtures';
import { listWaitingMoney, waitingMoneyTotals, waitingReasons } from './waiting';

const database = setupDemoPaymentsDatabase();
const ctx = () => testCtx(database.db);

/** The waiting rows of one contract (every test builds its own world in the shared database). */
const waitingOn = async (world: FundableContract) =>
  (await listWaitingMoney(database.db, { limit: 1000 })).filter((row) => row.contractId === world.contractId);

/** A contract (milestones 500.00 + 750.50 GBP) with milestone 0 paid into escrow, optionally payable to the creator. */
async function fundedContract({ payouts }: { payouts: boolean }) {
  const world = await createFundableContract(database.db, 'active');
  if (payouts) await enablePayouts(database.db, world.creator.id, 'demo', `acct_demo_${world.creator.id}`);
  const { paymentId } = await fundAndPay(world, 0);
  return { world, paymentId };
}

const setContractStatus = (world: FundableContract, status: 'completed' | 'terminated') =>
  database.db.update(contracts).set({ status }).where(eq(contracts.id, world.contractId));

const movementOf = async (paymentId: string, status: 'pending' | 'failed') =>
  (
    await database.db
      .select()
      .from(moneyMovements)
      .where(and(eq(moneyMovements.paymentId, paymentId), eq(moneyMovements.status, status)))
  )[0]!;

/** The brand disputes the contract; returns the time just before it did. */
async function brandDisputes(world: FundableContract): Promise<Date> {
  const before = new Date();
  await openDispute(
    world.brand,
    { side: 'brand', organizationId: world.brand.organization.id },
    { contractId: world.contractId, reason: 'The post went up late.', links: [], files: [] },
    testStore(),
  );
  return before;
}

describe('listWaitingMoney', () => {
  it("shows a release blocked by the creator's payouts as the creator's, until payouts let it go out", async () => {
    const { world, paymentId } = await fundedContract({ payouts: false });
    expect(await waitingOn(world)).toEqual([]);

    await setContractStatus(world, 'completed');
    await settleContractPayments(ctx(), world.contractId);
    const movement = await movementOf(paymentId, 'pending');
    expect(await waitingOn(world)).toEqual([
      {
        paymentId,
        contractId: world.contractId,
        campaignTitle: expect.any(String),
        organizationName: world.brand.organization.name,
        creatorName: expect.any(String),
        amount: '500.00',
        currency: 'GBP',
        reason: movementBlockedReasons.payoutsNotEnabled,
        owner: 'creator',
        since: movement.createdAt,
        movementId: movement.id,
      },
    ]);

    await enablePayouts(database.db, world.creator.id, 'demo', `acct_demo_${world.creator.id}`);
    await settleContractPayments(ctx(), world.contractId);
    expect(await waitingOn(world)).toEqual([]);
  });

  it('shows a release blocked by a card dispute, an open reconciliation issue or a contract dispute as staff work', async () => {
    const card = await fundedContract({ payouts: true });
    await database.db
      .update(payments)
      .set({ status: 'disputed', statusBeforeDispute: 'captured' })
      .where(eq(payments.id, card.paymentId));
    const checked = await fundedContract({ payouts: true });
    await database.db
      .insert(reconciliationIssues)
      .values({ paymentId: checked.paymentId, contractId: checked.world.contractId, kind: 'amount_mismatch', details: {} });
    const disputed = await fundedContract({ payouts: false });
    for (const { world } of [card, checked, disputed]) {
      await setContractStatus(world, 'completed');
      await settleContractPayments(ctx(), world.contractId);
    }
    // The creator's release was waiting for payouts when the brand disputed the contract: now staff decide.
    await brandDisputes(disputed.world);
    await settleContractPayments(ctx(), disputed.world.contractId);

    const waits = async (world: FundableContract) =>
      (await waitingOn(world)).map(({ owner, reason, amount, movementId }) => ({ owner, reason, amount, planned: !!movementId }));
    const staffWait = (reason: string) => [{ owner: 'staff', reason, amount: '500.00', planned: true }];
    expect(await waits(card.world)).toEqual(staffWait(movementBlockedReasons.cardDispute));
    expect(await waits(checked.world)).toEqual(staffWait(movementBlockedReasons.reconciliation));
    expect(await waits(disputed.world)).toEqual(staffWait(movementBlockedReasons.contractDisputed));
  });

  it('shows held money of a disputed contract as waiting for the staff decision, until the decision moves it', async () => {
    const { world } = await fundedContract({ payouts: true });
    const opened = await brandDisputes(world);
    expect(await waitingOn(world)).toMatchObject([
      { owner: 'staff', reason: movementBlockedReasons.contractDisputed, amount: '500.00', movementId: null },
    ]);
    expect((await waitingOn(world))[0]!.since.getTime()).toBeGreaterThanOrEqual(opened.getTime());

    await resolveDispute(await staffCtx(database.db), {
      contractId: world.contractId,
      outcome: 'release',
      releaseAmount: '1250.50',
      refundAmount: '0',
      note: 'Delivered.',
    });
    expect(await waitingOn(world)).toEqual([]);
  });

  it('shows a sent release retrying after a gateway error with the error, until a retry goes through', async () => {
    const { world, paymentId } = await fundedContract({ payouts: true });
    await setContractStatus(world, 'completed');
    await settleContractPayments(ctx(), world.contractId, gatewayFailingTransfers(database.db, 503, 'Stripe is unavailable.'));
    expect(await waitingOn(world)).toMatchObject([
      {
        owner: 'staff',
        reason: `${waitingReasons.retrying} Stripe is unavailable.`,
        amount: '500.00',
        movementId: (await movementOf(paymentId, 'pending')).id,
      },
    ]);

    await settleContractPayments(ctx(), world.contractId);
    expect(await waitingOn(world)).toEqual([]);
  });

  it('shows money a refused release put back as staff work with the refusal, then as re-planned, until it moves', async () => {
    const { world, paymentId } = await fundedContract({ payouts: true });
    await setContractStatus(world, 'completed');
    await settleContractPayments(ctx(), world.contractId, gatewayFailingTransfers(database.db, 400, 'No such destination.'));
    const movementId = (await movementOf(paymentId, 'failed')).id;
    expect(await waitingOn(world)).toMatchObject([
      {
        owner: 'staff',
        reason: 'The gateway refused the release: No such destination.',
        amount: '500.00',
        movementId,
      },
    ]);

    // The settle job plans the money again; it waits while staff have the issue open, and is still counted once.
    await settleContractPayments(ctx(), world.contractId);
    expect(await waitingOn(world)).toMatchObject([
      { owner: 'staff', reason: movementBlockedReasons.reconciliation, amount: '500.00' },
    ]);

    await database.db
      .update(reconciliationIssues)
      .set({ resolvedAt: new Date() })
      .where(eq(reconciliationIssues.paymentId, paymentId));
    await settleContractPayments(ctx(), world.contractId);
    expect(await waitingOn(world)).toEqual([]);
  });

  it('shows held money of a completed or terminated contract that nothing planned yet, until it is settled', async () => {
    const completed = await fundedContract({ payouts: true });
    await setContractStatus(completed.world, 'completed');
    const terminated = await fundedContract({ payouts: true });
    await setContractStatus(terminated.world, 'terminated');
    expect(await waitingOn(completed.world)).toMatchObject([
      { owner: 'staff', reason: waitingReasons.releaseUnplanned, amount: '500.00', movementId: null },
    ]);
    expect(await waitingOn(terminated.world)).toMatchObject([
      { owner: 'staff', reason: waitingReasons.refundUnplanned, amount: '500.00', movementId: null },
    ]);

    for (const { world } of [completed, terminated]) {
      await settleContractPayments(ctx(), world.contractId);
      expect(await waitingOn(world)).toEqual([]);
    }
  });

  it("shows held money of an open contract whose campaign was cancelled as the brand's", async () => {
    const { world } = await fundedContract({ payouts: true });
    await database.db.update(campaigns).set({ status: 'cancelled' }).where(eq(campaigns.id, world.campaign.id));
    expect(await waitingOn(world)).toMatchObject([
      { owner: 'brand', reason: waitingReasons.campaignCancelled, amount: '500.00', movementId: null },
    ]);
  });

  it('shows a card authorization older than a day as staff work, and not a fresh one', async () => {
    const world = await createFundableContract(database.db, 'active');
    const authorize = async (milestoneIndex: number, authorizedAt: Date) => {
      const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex });
      await database.db.update(payments).set({ status: 'authorized', authorizedAt }).where(eq(payments.id, paymentId));
      return paymentId;
    };
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    const stale = await authorize(0, twoDaysAgo);
    await authorize(1, new Date());
    expect(await waitingOn(world)).toEqual([
      expect.objectContaining({
        paymentId: stale,
        owner: 'staff',
        reason: waitingReasons.uncaptured,
        amount: '500.00',
        since: twoDaysAgo,
      }),
    ]);
  });

  it('lists the oldest first within the limit, and totals every wait per currency', async () => {
    for (const status of ['completed', 'terminated'] as const)
      await setContractStatus((await fundedContract({ payouts: false })).world, status);
    const all = await listWaitingMoney(database.db, { limit: 1000 });
    expect(all.length).toBeGreaterThanOrEqual(2);
    const times = all.map((row) => row.since.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(await listWaitingMoney(database.db, { limit: 2 })).toEqual(all.slice(0, 2));

    const hundredths = (amount: string) => Math.round(Number(amount) * 100);
    const totals = await waitingMoneyTotals(database.db);
    expect(totals).toEqual([
      {
        currency: 'GBP',
        amount: (all.reduce((sum, row) => sum + hundredths(row.amount), 0) / 100).toFixed(2),
        count: all.length,
      },
    ]);
  });
});
