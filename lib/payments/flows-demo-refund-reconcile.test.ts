import { eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contracts, payments, reconciliationIssues } from '@/db/schema';
import { confirmTermination, requestTermination } from '@/lib/contracts/terminate';
import { resolveDispute } from '@/lib/disputes/resolve';
import { signInAs } from '@/tests/helpers/action-session';
import { testCtx } from '@/tests/helpers/factories';
import { listOpenReconciliationIssues } from './queries';
import { reconcilePayments } from './reconcile';
import { settleDuePayments } from './settle';
import {
  auditActions,
  createFundableContract,
  enablePayouts,
  fundAndPay,
  ledgerOf,
  paymentActions,
  paymentRow,
  paymentsOf,
  staffCtx,
  setupDemoPaymentsDatabase,
} from './test-fixtures';

const actions = paymentActions();
const database = setupDemoPaymentsDatabase();

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
      ['refund', '500.00', expect.stringMatching(/^re_demo_[0-9a-f-]{36}$/)],
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
