import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { campaigns, contracts, deliverableSubmissions, offers, payments, reconciliationIssues } from '@/db/schema';
import { completeContractIfAllApproved } from '@/lib/contracts/complete';
import { brandCtx } from '@/lib/contracts/test-fixtures';
import { confirmTermination, requestTermination } from '@/lib/contracts/terminate';
import { openDispute } from '@/lib/disputes/open';
import { resolveDispute } from '@/lib/disputes/resolve';
import { ValidationError } from '@/lib/errors';
import { createContractFixture, testStore } from '@/lib/submissions/test-fixtures';
import { actionsWithTestSession, signInAs, testSession } from '@/tests/helpers/action-session';
import { createOrganizationWithMember, testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { definePaymentActions } from './action-definitions';
import { confirmDemoPayment } from './demo-confirm';
import { fundContract } from './fund';
import { listContractPayments, listCreatorPayouts, listOpenReconciliationIssues } from './queries';
import { reconcilePayments } from './reconcile';
import { releaseBlockedReasons, releaseContractPayments, retryBlockedReleases } from './release';
import { settleDuePayments } from './settle';
import {
  auditActions,
  budgetSpent,
  createFundableContract,
  enablePayouts,
  ledgerOf,
  paymentRow,
  paymentsOf,
  staffCtx,
  type FundableContract,
} from './test-fixtures';

const actions = definePaymentActions(actionsWithTestSession());
const success = '4242 4242 4242 4242';

let database: TestDatabase;
beforeAll(async () => {
  vi.stubEnv('STRIPE_SECRET_KEY', undefined);
  database = await createTestDatabase();
  testSession.db = database.db;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database.close();
});
beforeEach(() => signInAs(null));

async function fundAndPay(world: FundableContract, milestoneIndex: number, card = success) {
  const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex });
  return { paymentId, ...(await confirmDemoPayment(world.brand, { paymentId, cardNumber: card })) };
}

describe('funding a contract with the demo gateway', () => {
  it('funds a milestone through the actions: pending checkout, then captured into escrow and counted as spent', async () => {
    const world = await createFundableContract(database.db);
    signInAs(world.admin);
    const funded = await actions.fund(null, {
      orgSlug: world.organization.slug,
      contractId: world.contractId,
      milestoneIndex: '0',
    });
    expect(funded.ok).toBe(true);
    if (!funded.ok) return;
    expect(funded.data.url).toBe(`/pay/demo/${funded.data.paymentId}`);
    const pending = await paymentRow(database.db, funded.data.paymentId);
    expect(pending).toMatchObject({ status: 'pending', gateway: 'demo', amount: '500.00', currency: 'GBP', milestoneIndex: 0 });
    expect(pending.stripePaymentId).toBe(`cs_demo_${pending.id}`);
    expect(await auditActions(database.db, pending.id)).toContain('fund_contract');

    const paid = await actions.confirmDemo(null, {
      orgSlug: world.organization.slug,
      paymentId: pending.id,
      cardNumber: success,
    });
    expect(paid).toMatchObject({ ok: true, data: { status: 'captured' } });
    const captured = await paymentRow(database.db, pending.id);
    expect(captured).toMatchObject({ status: 'captured', escrowStatus: 'held', stripeChargeId: `ch_demo_${pending.id}` });
    expect(await budgetSpent(database.db, world.campaign.id)).toBe('500.00');
    expect((await ledgerOf(database.db, pending.id)).map((entry) => [entry.kind, entry.amount])).toEqual([['capture', '500.00']]);
    expect(await auditActions(database.db, pending.id)).toEqual(expect.arrayContaining(['authorize_payment', 'capture_payment']));

    const again = await actions.fund(null, {
      orgSlug: world.organization.slug,
      contractId: world.contractId,
      milestoneIndex: '0',
    });
    expect(again).toEqual({ ok: false, error: '“On signature” is already funded.' });
    const both = await listContractPayments(database.db, { side: 'influencer', userId: world.creator.id }, world.contractId);
    expect(both.map((row) => [row.milestone, row.status, row.held])).toEqual([['On signature', 'captured', '500.00']]);
  });

  it('declines the decline test cards and lets the brand try again with a new payment', async () => {
    const world = await createFundableContract(database.db, 'active');
    const declined = await fundAndPay(world, 1, '4000 0000 0000 0002');
    expect(declined).toMatchObject({ status: 'failed', message: 'Your card was declined.' });
    const poor = await fundAndPay(world, 1, '4000000000009995');
    expect(poor).toMatchObject({ status: 'failed', message: 'Your card has insufficient funds.' });
    expect(await budgetSpent(database.db, world.campaign.id)).toBe('0.00');
    const paid = await fundAndPay(world, 1);
    expect(paid.status).toBe('captured');
    expect(await budgetSpent(database.db, world.campaign.id)).toBe('750.50');
    expect((await paymentsOf(database.db, world.contractId)).map((p) => p.status)).toEqual(['failed', 'failed', 'captured']);
  });

  it('refuses a brand member, another organization and a contract that is not signed', async () => {
    const world = await createFundableContract(database.db);
    const input = { orgSlug: world.organization.slug, contractId: world.contractId, milestoneIndex: '0' };
    signInAs(world.member);
    expect(await actions.fund(null, input)).toEqual({ ok: false, error: 'Your role in this organization does not allow that.' });

    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    signInAs(outsider.user);
    expect(await actions.fund(null, input)).toEqual({ ok: false, error: 'Organization not found.' });
    expect(await actions.fund(null, { ...input, orgSlug: outsider.organization.slug })).toEqual({
      ok: false,
      error: 'Contract not found.',
    });
    expect(await paymentsOf(database.db, world.contractId)).toEqual([]);

    const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 });
    const confirm = { orgSlug: outsider.organization.slug, paymentId, cardNumber: success };
    expect(await actions.confirmDemo(null, confirm)).toEqual({ ok: false, error: 'Payment not found.' });
    signInAs(world.member);
    expect(await actions.confirmDemo(null, { ...confirm, orgSlug: world.organization.slug })).toMatchObject({ ok: false });
    expect((await paymentRow(database.db, paymentId)).status).toBe('pending');

    const pendingContract = await createFundableContract(database.db, 'pending');
    await expect(
      fundContract(pendingContract.brand, { contractId: pendingContract.contractId, milestoneIndex: 0 }),
    ).rejects.toThrow('only a signed or active contract can be funded');
  });
});

describe('amounts a zero-decimal currency cannot be charged in', () => {
  it('refuses to fund a fractional JPY milestone without leaving a payment row, and funds a whole one', async () => {
    const world = await createFundableContract(database.db);
    await database.db.update(campaigns).set({ currency: 'JPY' }).where(eq(campaigns.id, world.campaign.id));
    const refused = fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 1 });
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toThrow('JPY has no minor unit');
    expect(await paymentsOf(database.db, world.contractId)).toEqual([]);

    signInAs(world.admin);
    const viaAction = await actions.fund(null, {
      orgSlug: world.organization.slug,
      contractId: world.contractId,
      milestoneIndex: '1',
    });
    expect(viaAction).toMatchObject({ ok: false, error: expect.stringContaining('Use a whole amount such as 750.') });

    const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 });
    expect(await paymentRow(database.db, paymentId)).toMatchObject({ amount: '500.00', currency: 'JPY', status: 'pending' });
  });

  it('refuses a dispute decision with a fractional JPY amount', async () => {
    const world = await createFundableContract(database.db, 'disputed');
    await database.db
      .update(contracts)
      .set({ disputeStatus: 'pending', statusBeforeDispute: 'active' })
      .where(eq(contracts.id, world.contractId));
    await database.db.update(offers).set({ currency: 'JPY', price: '1250.00' }).where(eq(offers.id, world.offer.id));
    const staff = await staffCtx(database.db);
    const decide = (releaseAmount: string, refundAmount: string) =>
      resolveDispute(staff, { contractId: world.contractId, outcome: 'split', releaseAmount, refundAmount, note: 'Half' });
    const refused = await decide('1000.50', '249.50').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fieldErrors).toEqual({
      releaseAmount: ['JPY has no minor unit: use a whole amount such as 1000.'],
    });
    expect(await decide('1000', '250')).toMatchObject({ status: 'terminated' });
  });
});

describe('releasing escrow to the creator', () => {
  it('marks payments due when the contract completes; waits for payouts, then releases net of the fee', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'active' });
    const world = { brand: brandCtx(database.db, f) };
    const { paymentId } = await fundContract(world.brand, { contractId: f.contract.id, milestoneIndex: 0 });
    expect((await paymentRow(database.db, paymentId)).amount).toBe('1500.00');
    await confirmDemoPayment(world.brand, { paymentId, cardNumber: success });
    for (const deliverable of f.deliverables) {
      await database.db.insert(deliverableSubmissions).values({
        contractId: f.contract.id,
        deliverableId: deliverable.id,
        submittedBy: f.creator.id,
        caption: 'done',
        status: 'approved',
      });
    }
    expect(await completeContractIfAllApproved(testCtx(database.db), f.contract.id)).toBe(true);
    expect((await paymentRow(database.db, paymentId)).releaseRequestedAt).not.toBeNull();

    expect(await settleDuePayments(testCtx(database.db))).toBe(0);
    const blocked = await paymentRow(database.db, paymentId);
    expect(blocked).toMatchObject({ status: 'captured', releaseBlockedReason: releaseBlockedReasons.payoutsNotEnabled });

    signInAs(f.creator);
    expect(await actions.startPayoutOnboarding(null, {})).toEqual({
      ok: true,
      data: { url: '/creator/payouts/demo-onboarding' },
    });
    expect(await actions.completeDemoOnboarding(null, {})).toEqual({ ok: true, data: { payoutsEnabled: true } });

    const released = await paymentRow(database.db, paymentId);
    expect(released).toMatchObject({
      status: 'released',
      escrowStatus: 'released',
      releasedAmount: '1500.00',
      platformFee: '150.00',
      releaseBlockedReason: null,
      releaseRequestedAt: null,
      stripeTransferId: `tr_demo_${paymentId}_0`,
    });
    const payouts = await listCreatorPayouts(database.db, f.creator.id);
    expect(payouts.map((row) => [row.amount, row.fee, row.net])).toEqual([['1500.00', '150.00', '1350.00']]);
    expect(await settleDuePayments(testCtx(database.db))).toBe(0);
  });

  it('holds the money of a completed contract once it is disputed, even when the creator finishes onboarding', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'active' });
    const brand = brandCtx(database.db, f);
    const { paymentId } = await fundContract(brand, { contractId: f.contract.id, milestoneIndex: 0 });
    await confirmDemoPayment(brand, { paymentId, cardNumber: success });
    for (const deliverable of f.deliverables) {
      await database.db.insert(deliverableSubmissions).values({
        contractId: f.contract.id,
        deliverableId: deliverable.id,
        submittedBy: f.creator.id,
        caption: 'done',
        status: 'approved',
      });
    }
    expect(await completeContractIfAllApproved(testCtx(database.db), f.contract.id)).toBe(true);
    expect(await settleDuePayments(testCtx(database.db))).toBe(0);
    expect((await paymentRow(database.db, paymentId)).releaseBlockedReason).toBe(releaseBlockedReasons.payoutsNotEnabled);

    await openDispute(
      brand,
      { side: 'brand', organizationId: f.organization.id },
      { contractId: f.contract.id, reason: 'The posts were deleted a day later.', links: [], files: [] },
      testStore(),
    );
    const ledgerBefore = await ledgerOf(database.db, paymentId);
    signInAs(f.creator);
    expect(await actions.startPayoutOnboarding(null, {})).toMatchObject({ ok: true });
    expect(await actions.completeDemoOnboarding(null, {})).toEqual({ ok: true, data: { payoutsEnabled: true } });
    expect(await retryBlockedReleases(testCtx(database.db), f.creator.id)).toBe(0);
    expect(await releaseContractPayments(testCtx(database.db), f.contract.id)).toEqual({ released: 0, waiting: '0.00' });
    expect(await paymentRow(database.db, paymentId)).toMatchObject({
      status: 'captured',
      escrowStatus: 'held',
      releasedAmount: '0.00',
    });
    expect(await ledgerOf(database.db, paymentId)).toEqual(ledgerBefore);

    await resolveDispute(await staffCtx(database.db), {
      contractId: f.contract.id,
      outcome: 'release',
      releaseAmount: '1500.00',
      refundAmount: '0',
      note: 'The posts were restored.',
    });
    expect(await paymentRow(database.db, paymentId)).toMatchObject({
      status: 'released',
      escrowStatus: 'released',
      releasedAmount: '1500.00',
      platformFee: '150.00',
    });
    expect((await ledgerOf(database.db, paymentId)).map((entry) => [entry.kind, entry.amount])).toEqual([
      ['capture', '1500.00'],
      ['release', '1500.00'],
    ]);
  });

  it('releases a payment in two parts as two transfers, each named by what was released before it', async () => {
    const world = await createFundableContract(database.db, 'active');
    await enablePayouts(database.db, world.creator.id, 'demo', `acct_demo_${world.creator.id}`);
    const { paymentId } = await fundAndPay(world, 1);
    const ctx = testCtx(database.db);
    expect(await releaseContractPayments(ctx, world.contractId, { upTo: '400.00' })).toEqual({ released: 1, waiting: '0.00' });
    expect(await releaseContractPayments(ctx, world.contractId, { upTo: '200.00' })).toEqual({ released: 1, waiting: '0.00' });
    expect((await ledgerOf(database.db, paymentId)).map((entry) => [entry.kind, entry.amount, entry.reference])).toEqual([
      ['capture', '750.50', `ch_demo_${paymentId}`],
      ['release', '400.00', `tr_demo_${paymentId}_0`],
      ['release', '200.00', `tr_demo_${paymentId}_40000`],
    ]);
    expect(await paymentRow(database.db, paymentId)).toMatchObject({ releasedAmount: '600.00', escrowStatus: 'held' });
  });

  it('refuses payout onboarding to a brand user', async () => {
    const world = await createFundableContract(database.db);
    signInAs(world.admin);
    expect(await actions.startPayoutOnboarding(null, {})).toEqual({ ok: false, error: 'Only creators can do that.' });
  });
});

describe('refunds and dispute decisions', () => {
  it('refunds the held money when the contract is terminated', async () => {
    const world = await createFundableContract(database.db, 'active');
    const { paymentId } = await fundAndPay(world, 0);
    await requestTermination(world.brand, world.contractId);
    await confirmTermination(world.creatorCtx, world.contractId);
    expect(await paymentRow(database.db, paymentId)).toMatchObject({
      status: 'refunded',
      escrowStatus: 'refunded',
      refundedAmount: '500.00',
    });
    expect((await ledgerOf(database.db, paymentId)).map((e) => [e.kind, e.amount, e.reference])).toEqual([
      ['capture', '500.00', `ch_demo_${paymentId}`],
      ['refund', '500.00', `re_demo_${paymentId}_1`],
    ]);
    expect(await settleDuePayments(testCtx(database.db))).toBe(0);
  });

  it('splits a dispute: releases the release part and refunds the rest', async () => {
    const world = await createFundableContract(database.db, 'active');
    await enablePayouts(database.db, world.creator.id, 'demo', `acct_demo_${world.creator.id}`);
    const first = await fundAndPay(world, 0);
    const second = await fundAndPay(world, 1);
    await database.db
      .update(contracts)
      .set({ status: 'disputed', disputeStatus: 'pending', statusBeforeDispute: 'active' })
      .where(eq(contracts.id, world.contractId));
    const input = {
      contractId: world.contractId,
      outcome: 'split' as const,
      releaseAmount: '1000.00',
      refundAmount: '250.50',
      note: 'Half done',
    };
    await resolveDispute(await staffCtx(database.db), input);

    const [a, b] = await paymentsOf(database.db, world.contractId);
    expect([a!.id, b!.id]).toEqual([first.paymentId, second.paymentId]);
    expect(a).toMatchObject({ releasedAmount: '500.00', refundedAmount: '0.00', platformFee: '50.00', escrowStatus: 'released' });
    expect(b).toMatchObject({
      releasedAmount: '500.00',
      refundedAmount: '250.50',
      platformFee: '50.00',
      status: 'released',
      escrowStatus: 'released',
    });
    expect(await settleDuePayments(testCtx(database.db))).toBe(0);
  });

  it('records a decision on an unfunded contract without moving money', async () => {
    const world = await createFundableContract(database.db, 'disputed');
    await database.db
      .update(contracts)
      .set({ disputeStatus: 'pending', statusBeforeDispute: 'active' })
      .where(eq(contracts.id, world.contractId));
    const result = await resolveDispute(await staffCtx(database.db), {
      contractId: world.contractId,
      outcome: 'refund',
      releaseAmount: '0',
      refundAmount: '1250.50',
      note: 'Nothing delivered',
    });
    expect(result.status).toBe('terminated');
    expect(await paymentsOf(database.db, world.contractId)).toEqual([]);
  });
});

describe('reconciliation', () => {
  it('flags a difference between our payment and the gateway once, and staff resolve it', async () => {
    const world = await createFundableContract(database.db, 'active');
    const { paymentId } = await fundAndPay(world, 0);
    const clean = await reconcilePayments(testCtx(database.db));
    expect(clean.issues).toBe(0);

    // Our row says part was refunded; the demo gateway (our ledger) has no such refund.
    await database.db.update(payments).set({ refundedAmount: '20.00' }).where(eq(payments.id, paymentId));
    expect((await reconcilePayments(testCtx(database.db))).issues).toBe(1);
    expect((await reconcilePayments(testCtx(database.db))).issues).toBe(0);
    const [issue] = await listOpenReconciliationIssues(database.db);
    expect(issue).toMatchObject({ paymentId, kind: 'amount_mismatch', details: { field: 'refunded', ours: 2000, gateway: 0 } });

    const admin = await staffCtx(database.db);
    signInAs({ id: admin.actor.userId, email: 'admin@example.test', role: 'admin', status: 'active' });
    expect(await actions.resolveReconciliationIssue(null, { issueId: issue!.id, note: 'Row corrected' })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await database.db.select().from(reconciliationIssues).where(isNull(reconciliationIssues.resolvedAt))).toEqual([]);
    expect(await auditActions(database.db, issue!.id)).toEqual(['resolve_reconciliation_issue']);
    signInAs(world.admin);
    expect(await actions.resolveReconciliationIssue(null, { issueId: issue!.id, note: 'x' })).toEqual({
      ok: false,
      error: 'Only Pactly staff can do that.',
    });
  });
});
