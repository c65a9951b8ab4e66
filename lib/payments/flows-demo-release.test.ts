import { describe, expect, it } from 'vitest';
import { deliverableSubmissions } from '@/db/schema';
import { completeContractIfAllApproved } from '@/lib/contracts/complete';
import { brandCtx } from '@/lib/contracts/test-fixtures';
import { openDispute } from '@/lib/disputes/open';
import { resolveDispute } from '@/lib/disputes/resolve';
import { createContractFixture, testStore } from '@/lib/submissions/test-fixtures';
import { signInAs } from '@/tests/helpers/action-session';
import { testCtx } from '@/tests/helpers/factories';
import { confirmDemoPayment } from './demo-confirm';
import { fundContract } from './fund';
import { listCreatorPayouts } from './queries';
import { movementBlockedReasons as releaseBlockedReasons } from './movements/execute';
import { retryBlockedReleases } from './release';
import { settleContractPayments, settleDuePayments } from './settle';
import {
  createFundableContract,
  enablePayouts,
  fundAndPay,
  ledgerOf,
  paymentActions,
  paymentRow,
  staffCtx,
  successCard,
  setupDemoPaymentsDatabase,
} from './test-fixtures';

const actions = paymentActions();
const database = setupDemoPaymentsDatabase();

describe('releasing escrow to the creator', () => {
  it('marks payments due when the contract completes; waits for payouts, then releases net of the fee', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'active' });
    const world = { brand: brandCtx(database.db, f) };
    const { paymentId } = await fundContract(world.brand, { contractId: f.contract.id, milestoneIndex: 0 });
    expect((await paymentRow(database.db, paymentId)).amount).toBe('1500.00');
    await confirmDemoPayment(world.brand, { paymentId, cardNumber: successCard });
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
      stripeTransferId: expect.stringMatching(/^tr_demo_[0-9a-f-]{36}$/),
    });
    const payouts = await listCreatorPayouts(database.db, f.creator.id);
    expect(payouts.map((row) => [row.amount, row.fee, row.net])).toEqual([['1500.00', '150.00', '1350.00']]);
    expect(await settleDuePayments(testCtx(database.db))).toBe(0);
  });

  it('holds the money of a completed contract once it is disputed, even when the creator finishes onboarding', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'active' });
    const brand = brandCtx(database.db, f);
    const { paymentId } = await fundContract(brand, { contractId: f.contract.id, milestoneIndex: 0 });
    await confirmDemoPayment(brand, { paymentId, cardNumber: successCard });
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
    expect(await settleContractPayments(testCtx(database.db), f.contract.id)).toBe(0);
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

  it('carries out a split decision over the money held when it is made, each part once', async () => {
    const world = await createFundableContract(database.db, 'active');
    await enablePayouts(database.db, world.creator.id, 'demo', `acct_demo_${world.creator.id}`);
    const { paymentId } = await fundAndPay(world, 1);
    await openDispute(
      world.brand,
      { side: 'brand', organizationId: world.brand.organization.id },
      { contractId: world.contractId, reason: 'Half of the posts are missing.', links: [], files: [] },
      testStore(),
    );
    await resolveDispute(await staffCtx(database.db), {
      contractId: world.contractId,
      outcome: 'split',
      releaseAmount: '400.00',
      refundAmount: '850.50',
      note: 'Half the work was delivered.',
    });
    expect(await settleDuePayments(testCtx(database.db))).toBe(0);
    const ledger = await ledgerOf(database.db, paymentId);
    expect(ledger.map((entry) => [entry.kind, entry.amount, entry.movementId !== null])).toEqual([
      ['capture', '750.50', false],
      ['release', '400.00', true],
      ['refund', '350.50', true],
    ]);
    expect(await paymentRow(database.db, paymentId)).toMatchObject({
      releasedAmount: '400.00',
      refundedAmount: '350.50',
      reservedAmount: '0.00',
      escrowStatus: 'released',
    });
  });

  it('refuses payout onboarding to a brand user', async () => {
    const world = await createFundableContract(database.db);
    signInAs(world.admin);
    expect(await actions.startPayoutOnboarding(null, {})).toEqual({ ok: false, error: 'Only creators can do that.' });
  });
});
