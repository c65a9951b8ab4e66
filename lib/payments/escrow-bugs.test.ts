import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contracts, deliverableSubmissions, notifications, offers, reconciliationIssues } from '@/db/schema';
import { brandCtx } from '@/lib/contracts/test-fixtures';
import { terminateContractAsAdmin } from '@/lib/contracts/terminate';
import { openDispute } from '@/lib/disputes/open';
import { resolveDispute } from '@/lib/disputes/resolve';
import { ValidationError } from '@/lib/errors';
import { reviewSubmission } from '@/lib/submissions/review';
import { createContractFixture, testStore } from '@/lib/submissions/test-fixtures';
import { testCtx } from '@/tests/helpers/factories';
import { demoCharge, demoEvent } from './demo-events';
import { confirmDemoPayment } from './demo-confirm';
import { fundContract } from './fund';
import { settleDuePayments } from './settle';
import {
  createFundableContract,
  enablePayouts,
  fundAndPay,
  ledgerOf,
  paymentRow,
  setupDemoPaymentsDatabase,
  staffCtx,
  successCard,
  type FundableContract,
} from './test-fixtures';
import { applyStripeEvent } from './webhooks/apply';

const database = setupDemoPaymentsDatabase();

/** A contract (milestones 500.00 + 750.50 GBP) whose creator can be paid out. */
async function payableContract(): Promise<FundableContract> {
  const world = await createFundableContract(database.db, 'active');
  await enablePayouts(database.db, world.creator.id, 'demo', `acct_demo_${world.creator.id}`);
  return world;
}

const brandDisputes = (world: FundableContract, reason: string) =>
  openDispute(
    world.brand,
    { side: 'brand', organizationId: world.brand.organization.id },
    { contractId: world.contractId, reason, links: [], files: [] },
    testStore(),
  );

const setContractStatus = (world: FundableContract, status: 'completed' | 'terminated') =>
  database.db.update(contracts).set({ status }).where(eq(contracts.id, world.contractId));

describe('escrow bugs found by the payments audit', () => {
  it('escrow bug 1: a refund made in the Stripe dashboard is recorded from amount_refunded and never released again', async () => {
    const world = await payableContract();
    const { paymentId } = await fundAndPay(world, 0);
    const payment = { paymentId, amount: '500.00', currency: 'GBP', contractId: world.contractId };
    // The pinned API version sends the charge without its refund list: only amount_refunded says what happened.
    const { refunds: _omitted, ...charge } = { ...demoCharge(payment), amount_refunded: 50_000, refunded: true };
    expect(await applyStripeEvent(testCtx(database.db), demoEvent('charge.refunded', charge))).toBe('applied');
    expect(await paymentRow(database.db, paymentId)).toMatchObject({ refundedAmount: '500.00', escrowStatus: 'refunded' });

    await setContractStatus(world, 'completed');
    await settleDuePayments(testCtx(database.db));
    expect(await paymentRow(database.db, paymentId)).toMatchObject({ releasedAmount: '0.00', refundedAmount: '500.00' });
    expect((await ledgerOf(database.db, paymentId)).map((entry) => [entry.kind, entry.amount])).toEqual([
      ['capture', '500.00'],
      ['refund', '500.00'],
    ]);
  });

  it('escrow bug 2: a "release" decision moves the money held when it is made, not money funded later', async () => {
    const world = await payableContract();
    const first = await fundAndPay(world, 0);
    await brandDisputes(world, 'The first post went up late.');
    await resolveDispute(await staffCtx(database.db), {
      contractId: world.contractId,
      outcome: 'release',
      releaseAmount: '1250.50',
      refundAmount: '0',
      note: 'Late but delivered.',
    });
    expect(await paymentRow(database.db, first.paymentId)).toMatchObject({ releasedAmount: '500.00' });

    const later = await fundAndPay(world, 1);
    await settleDuePayments(testCtx(database.db));
    expect(await paymentRow(database.db, later.paymentId)).toMatchObject({ releasedAmount: '0.00', escrowStatus: 'held' });

    // The termination notice promises the held money back to the brand, and it goes there.
    await terminateContractAsAdmin(await staffCtx(database.db), { contractId: world.contractId, note: 'Brand withdrew.' });
    await settleDuePayments(testCtx(database.db));
    expect(await paymentRow(database.db, later.paymentId)).toMatchObject({ releasedAmount: '0.00', refundedAmount: '750.50' });
  });

  it('escrow bug 7: a refund decision on money already paid out says so and files it for staff', async () => {
    const world = await payableContract();
    await fundAndPay(world, 0);
    await fundAndPay(world, 1);
    await setContractStatus(world, 'completed');
    await settleDuePayments(testCtx(database.db));
    await brandDisputes(world, 'The posts were deleted after payment.');

    await resolveDispute(await staffCtx(database.db), {
      contractId: world.contractId,
      outcome: 'refund',
      releaseAmount: '0',
      refundAmount: '1250.50',
      note: 'Posts deleted.',
    });
    const issues = await database.db
      .select()
      .from(reconciliationIssues)
      .where(eq(reconciliationIssues.contractId, world.contractId));
    expect(issues).toMatchObject([
      { kind: 'decision_shortfall', resolvedAt: null, details: { refund_not_in_escrow: '1250.50', currency: 'GBP' } },
    ]);
    const told = await database.db.select().from(notifications).where(eq(notifications.userId, world.admin.id));
    const decision = told.find((row) => row.type === 'dispute_resolved');
    expect(decision?.body).not.toContain('refunded 1250.50');
    expect(decision?.body).toContain('0.00 GBP back to the brand');
    expect(decision?.body).toContain('1250.50 GBP was already paid to the creator');
  });

  it('a refund decision on a completed contract whose release waits for payouts refunds, and the old release never goes', async () => {
    const world = await createFundableContract(database.db, 'active');
    const { paymentId } = await fundAndPay(world, 0);
    await setContractStatus(world, 'completed');
    await settleDuePayments(testCtx(database.db));
    await brandDisputes(world, 'Nothing was posted.');
    await resolveDispute(await staffCtx(database.db), {
      contractId: world.contractId,
      outcome: 'refund',
      releaseAmount: '0',
      refundAmount: '1250.50',
      note: 'Nothing was posted.',
    });
    await enablePayouts(database.db, world.creator.id, 'demo', `acct_demo_${world.creator.id}`);
    await settleDuePayments(testCtx(database.db));
    expect(await paymentRow(database.db, paymentId)).toMatchObject({
      releasedAmount: '0.00',
      refundedAmount: '500.00',
      reservedAmount: '0.00',
    });
  });

  it.each([
    ['ISK', 'ISK is charged in whole units only: 1000.50 ISK cannot be charged. Use a whole amount such as 1000.'],
    ['JPY', 'JPY has no minor unit: 1000.50 JPY cannot be charged. Use a whole amount such as 1000.'],
  ])('escrow bug 8: a %s decision with a fractional amount is refused before anything is recorded', async (currency, error) => {
    const world = await createFundableContract(database.db, 'disputed');
    await database.db
      .update(contracts)
      .set({ disputeStatus: 'pending', statusBeforeDispute: 'active' })
      .where(eq(contracts.id, world.contractId));
    await database.db.update(offers).set({ currency, price: '1250.00' }).where(eq(offers.id, world.offer.id));
    const staff = await staffCtx(database.db);
    const decide = (releaseAmount: string, refundAmount: string) =>
      resolveDispute(staff, { contractId: world.contractId, outcome: 'split', releaseAmount, refundAmount, note: 'Half' });

    const refused = await decide('1000.50', '249.50').catch((caught: unknown) => caught);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fieldErrors).toEqual({ releaseAmount: [error] });
    expect((await database.db.select().from(contracts).where(eq(contracts.id, world.contractId)))[0]).toMatchObject({
      status: 'disputed',
      disputeResolution: null,
    });
    expect(await decide('1000', '250')).toMatchObject({ status: 'terminated' });
  });

  it('a brand member cannot release escrow by approving the last deliverable; an admin can', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'active' });
    const admin = brandCtx(database.db, f);
    const member = brandCtx(database.db, f, f.member, 'brand_member');
    const { paymentId } = await fundContract(admin, { contractId: f.contract.id, milestoneIndex: 0 });
    await confirmDemoPayment(admin, { paymentId, cardNumber: successCard });
    const submitted = await database.db
      .insert(deliverableSubmissions)
      .values(f.deliverables.map((d) => ({ contractId: f.contract.id, deliverableId: d.id, submittedBy: f.creator.id })))
      .returning({ id: deliverableSubmissions.id });
    const approve = (ctx: typeof admin, submissionId: string) =>
      reviewSubmission(ctx, { orgSlug: f.organization.slug, submissionId, decision: 'approve' });
    for (const { id } of submitted.slice(0, -1)) await approve(member, id);

    const last = submitted.at(-1)!.id;
    await expect(approve(member, last)).rejects.toThrow(
      'releases 1500.00 GBP held in escrow to the creator: only an organization admin can do that',
    );
    expect((await database.db.select().from(contracts).where(eq(contracts.id, f.contract.id)))[0]!.status).toBe('active');
    expect(await paymentRow(database.db, paymentId)).toMatchObject({ reservedAmount: '0.00', releasedAmount: '0.00' });

    expect(await approve(admin, last)).toMatchObject({ completed: true });
  });
});
