import { and, eq, isNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { moneyMovements, notifications, payments, payoutAccounts, reconciliationIssues } from '@/db/schema';
import { withTransaction } from '@/lib/context';
import { resolveDispute } from '@/lib/disputes/resolve';
import { stripeError } from '@/tests/doubles/stripe/responses';
import type { StripeDouble } from '@/tests/doubles/stripe/server';
import { testCtx } from '@/tests/helpers/factories';
import type { TestDatabase } from '@/tests/helpers/test-db';
import { demoAccount, demoEvent } from './demo-events';
import type { PaymentGateway } from './gateway/types';
import { executeMovement, movementBlockedReasons } from './movements/execute';
import { planContractSettlement } from './movements/plan';
import { resolveReconciliationIssue } from './reconcile';
import { settleDuePayments } from './settle';
import { brandDisputes, capturedAtStripe, payableWorld, setupStripeTestDatabase } from './stripe-test-fixtures';
import { createFundableContract, paymentRow, staffCtx, type FundableContract, escrowInvariantViolations } from './test-fixtures';
import { applyStripeEvent } from './webhooks/apply';

/*
 * Audit of the money movement intents (ADR 9) against the Stripe SDK and the loopback double: dispute decisions and
 * what the sender checks. Tests named "audit N" proved a problem against the code as audited.
 */

const setup = setupStripeTestDatabase();
let database: TestDatabase;
let double: StripeDouble;
let stripe: PaymentGateway;
beforeAll(() => ({ database, double, stripe } = setup));

const ctx = () => testCtx(database.db);

const decide = async (
  world: FundableContract,
  outcome: 'release' | 'refund' | 'split',
  releaseAmount: string,
  refundAmount: string,
) =>
  resolveDispute(await staffCtx(database.db), {
    contractId: world.contractId,
    outcome,
    releaseAmount,
    refundAmount,
    note: 'Decided.',
  });

const movementsOf = (contractId: string) =>
  database.db.select().from(moneyMovements).where(eq(moneyMovements.contractId, contractId)).orderBy(moneyMovements.createdAt);

const openIssuesOf = (contractId: string) =>
  database.db
    .select()
    .from(reconciliationIssues)
    .where(and(eq(reconciliationIssues.contractId, contractId), isNull(reconciliationIssues.resolvedAt)));

/** Minor units Stripe refunded on these PaymentIntents (one object per idempotency key, as Stripe holds them). */
const refundedAtStripe = (intentIds: string[]) =>
  double.created.refunds
    .filter((r) => intentIds.includes(String(r.payment_intent)))
    .reduce((sum, r) => sum + Number(r.amount), 0);
const transfersAtStripe = (contractId: string) => double.created.transfers.filter((t) => t.transfer_group === contractId);

const disputeOn = (paymentId: string, amount: number, status: string) => ({
  id: `dp_audit_${paymentId}`,
  amount,
  currency: 'gbp',
  status,
  charge: `ch_test_${paymentId}`,
  payment_intent: `pi_test_${paymentId}`,
});

describe('audit: dispute decisions keep their allocation when their movements give way', () => {
  it('audit 1: a split decision whose release Stripe refuses for good is not refunded to the brand by the sweep', async () => {
    const world = await payableWorld(database.db);
    const first = await capturedAtStripe(database.db, world, 0, '500.00');
    const second = await capturedAtStripe(database.db, world, 1, '750.50');
    await brandDisputes(world);
    const refusal = {
      status: 400,
      body: stripeError('invalid_request_error', 'Insufficient funds in Stripe account.', { code: 'balance_insufficient' }),
    };
    double.failNext('POST /v1/transfers', refusal, refusal);
    // Creator: 1000.00, brand: 250.50. The split terminates the contract.
    await decide(world, 'split', '1000.00', '250.50');
    expect((await movementsOf(world.contractId)).map((m) => [m.kind, m.status])).toEqual(
      expect.arrayContaining([
        ['release', 'failed'],
        ['release', 'failed'],
      ]),
    );

    // Staff top up the platform balance and close the movement_failed issues; the job runs.
    const staff = await staffCtx(database.db);
    for (const issue of await openIssuesOf(world.contractId))
      await resolveReconciliationIssue(staff, { issueId: issue.id, note: 'Balance topped up.' });
    await settleDuePayments(ctx(), stripe);

    // The creator's 1000.00 must not go back to the brand because the contract's status is "terminated".
    const intents = [first, second].map((p) => `pi_test_${p.id}`);
    expect(refundedAtStripe(intents)).toBe(25_050);
    expect((await movementsOf(world.contractId)).filter((m) => m.cause !== 'dispute_decision')).toEqual([]);
  });

  it('audit 2: a partial card dispute lost on a decided payment does not hand the creator’s share to the brand', async () => {
    const world = await payableWorld(database.db);
    const first = await capturedAtStripe(database.db, world, 0, '500.00');
    await capturedAtStripe(database.db, world, 1, '750.50');
    // The brand's bank opens a chargeback on the first milestone; the contract dispute is decided meanwhile.
    await applyStripeEvent(ctx(), demoEvent('charge.dispute.created', disputeOn(first.id, 10_000, 'needs_response')));
    await brandDisputes(world);
    await decide(world, 'split', '1000.00', '250.50');
    expect(await paymentRow(database.db, first.id)).toMatchObject({ status: 'disputed', reservedAmount: '500.00' });

    // The chargeback of 100.00 is lost: the network keeps 100.00; 400.00 of the creator's 500.00 is still here.
    await applyStripeEvent(ctx(), demoEvent('charge.dispute.closed', disputeOn(first.id, 10_000, 'lost')));
    await settleDuePayments(ctx(), stripe);

    const after = await paymentRow(database.db, first.id);
    // Decision: nothing of the first milestone goes back to the brand. Only the chargeback took money back.
    expect(after.refundedAmount).toBe('100.00');
    expect(refundedAtStripe([`pi_test_${first.id}`])).toBe(0);
    expect((await movementsOf(world.contractId)).filter((m) => m.cause !== 'dispute_decision')).toEqual([]);
  });

  it('audit 3: a decision made while a completion release is in flight files the money it cannot refund', async () => {
    const world = await payableWorld(database.db, 'completed');
    const payment = await capturedAtStripe(database.db, world, 0, '500.00');
    // The completion's transfer is sent; Stripe answers 503 (retryable): the intent stays pending, sent, reserved.
    const unavailable = { status: 503, body: stripeError('api_error', 'Service unavailable.') };
    // Three: the SDK itself retries twice (maxNetworkRetries: 2).
    double.failNext('POST /v1/transfers', unavailable, unavailable, unavailable);
    await settleDuePayments(ctx(), stripe);
    expect(await movementsOf(world.contractId)).toMatchObject([{ kind: 'release', status: 'pending', sentAt: expect.any(Date) }]);

    await brandDisputes(world);
    await decide(world, 'refund', '0', '1250.50');
    // The in-flight transfer goes through on the next run, as ADR 9 wants: the 500.00 the decision refunds is gone.
    await settleDuePayments(ctx(), stripe);
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ releasedAmount: '500.00', refundedAmount: '0.00' });

    const shortfalls = (await openIssuesOf(world.contractId)).filter((issue) => issue.kind === 'decision_shortfall');
    expect(shortfalls).toMatchObject([{ details: { refund_not_in_escrow: '500.00' } }]);
  });
});

describe('audit: what the sender checks before a movement goes out', () => {
  it('audit 4: a card dispute opened between the blocked-reason check and the claim stops the transfer', async () => {
    const world = await payableWorld(database.db, 'completed');
    const payment = await capturedAtStripe(database.db, world, 0, '500.00');
    await withTransaction(ctx(), (tx) => planContractSettlement(tx, world.contractId));
    const [movement] = await movementsOf(world.contractId);

    // The card dispute webhook is mid-transaction, holding the payment, when the sender starts.
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const disputeWebhook = database.db.transaction(async (tx) => {
      await tx.select().from(payments).where(eq(payments.id, payment.id)).for('update');
      locked();
      await held;
      await tx.update(payments).set({ status: 'disputed', statusBeforeDispute: 'captured' }).where(eq(payments.id, payment.id));
    });
    await isLocked;
    const sending = executeMovement(ctx(), movement!.id, stripe);
    // Wait until the sender waits on the payment for its check and claim.
    for (let i = 0; i < 100; i += 1) {
      const [{ waiting }] = (await database.db.execute(
        sql`select count(*)::int as waiting from pg_locks where not granted`,
      )) as unknown as [{ waiting: number }];
      if (waiting > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    letGo();
    await disputeWebhook;
    expect(await sending).toBe('blocked');

    // The payment was frozen before the intent was marked sent: nothing may leave.
    expect(transfersAtStripe(world.contractId)).toEqual([]);
    expect((await movementsOf(world.contractId))[0]).toMatchObject({
      sentAt: null,
      blockedReason: movementBlockedReasons.cardDispute,
    });
  });

  it('audit 5: an account.updated delivered late does not switch payouts off and strand the release', async () => {
    const world = await createFundableContract(database.db, 'completed');
    const accountId = `acct_test_${world.creator.id}`;
    const state = (payoutsEnabled: boolean) => ({ accountId, userId: world.creator.id, payoutsEnabled, detailsSubmitted: true });
    const t0 = new Date(Date.now() - 120_000);
    const t1 = new Date(Date.now() - 60_000);
    // Stripe's events, in the order they happened: onboarding submitted (t0), payouts enabled (t1) ...
    const submitted = demoEvent('account.updated', demoAccount(state(false), t0), t0);
    const enabled = demoEvent('account.updated', demoAccount(state(true), t1), t1);
    // ... delivered out of order (Stripe does not guarantee order): the newer one first, the older one late.
    await applyStripeEvent(ctx(), enabled);
    await applyStripeEvent(ctx(), submitted);
    const [account] = await database.db.select().from(payoutAccounts).where(eq(payoutAccounts.userId, world.creator.id));
    expect(account).toMatchObject({ stripeAccountId: accountId, payoutsEnabled: true });

    const payment = await capturedAtStripe(database.db, world, 0, '500.00');
    await settleDuePayments(ctx(), stripe);
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ releasedAmount: '500.00', releaseBlockedReason: null });
    const told = await database.db.select().from(notifications).where(eq(notifications.userId, world.creator.id));
    expect(told.map((row) => row.body).join('\n')).not.toMatch(/set up payouts|setting up payouts/i);
  });
});

describe('audit sound: invariants', () => {
  it('audit sound: reserved == pending intents, amounts == ledger, no gateway object twice, nothing silently stuck', async () => {
    expect(await escrowInvariantViolations(database.db)).toEqual([]);
  });
});
