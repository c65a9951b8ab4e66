import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { moneyMovements, reconciliationIssues } from '@/db/schema';
import { actorCtx } from '@/lib/contracts/test-fixtures';
import { chargeInGroup, list, transferInGroup } from '@/tests/doubles/stripe/responses';
import type { StripeDouble } from '@/tests/doubles/stripe/server';
import { createUser, testCtx } from '@/tests/helpers/factories';
import type { TestDatabase } from '@/tests/helpers/test-db';
import { demoChargeRefunded, demoEvent, demoIds, demoPaymentSucceeded, type DemoPayment } from './demo-events';
import type { PaymentGateway } from './gateway/types';
import { setupStripeTestDatabase } from './stripe-test-fixtures';
import { reconcilePayments, resolveReconciliationIssue } from './reconcile';
import { applyStripeEvent } from './webhooks/apply';
import { pendingPayment } from './webhooks/test-fixtures';

const setup = setupStripeTestDatabase();
let database: TestDatabase;
let double: StripeDouble;
let stripe: PaymentGateway;
beforeAll(() => ({ database, double, stripe } = setup));

const apply = (event: Parameters<typeof applyStripeEvent>[1]) => applyStripeEvent(testCtx(database.db), event);
const reconcile = () => reconcilePayments(testCtx(database.db), new Date(), stripe);
const issuesOf = (contractId: string) =>
  database.db.select().from(reconciliationIssues).where(eq(reconciliationIssues.contractId, contractId));

/** A Stripe payment of its own contract, captured through its webhook. */
async function capturedPayment(amount = '500.00') {
  const { world, payment, demo } = await pendingPayment(database.db, amount);
  expect(await apply(demoPaymentSucceeded(demo))).toBe('applied');
  return { contractId: world.contract.id, paymentId: payment.id, demo };
}

/** What Stripe lists for the transfer group: the payment's charge (changed by `charge`) and `transfers`. */
function stripeLists(demo: DemoPayment, charge: Record<string, unknown> = {}, transfers: unknown[] = []) {
  const amount = Math.round(Number(demo.amount) * 100);
  const ours = chargeInGroup(demo.contractId!, {
    id: demoIds.charge(demo.paymentId),
    payment_intent: demoIds.paymentIntent(demo.paymentId),
    amount,
    amount_captured: amount,
    amount_refunded: 0,
    ...charge,
  });
  double.respond('GET /v1/charges', { status: 200, body: list('/v1/charges', [ours]) });
  double.respond('GET /v1/transfers', { status: 200, body: list('/v1/transfers', transfers) });
}

/** A card dispute of the payment's whole charge, as Stripe's dispute object has it. */
const cardDispute = (demo: DemoPayment, status: string, amountMinor: number) => ({
  id: `dp_${demo.paymentId}`,
  object: 'dispute',
  amount: amountMinor,
  currency: 'gbp',
  charge: demoIds.charge(demo.paymentId),
  payment_intent: demoIds.paymentIntent(demo.paymentId),
  status,
  metadata: {},
});

describe('escrow bug 10: hourly reconciliation raises no false issues', () => {
  it('escrow bug 10 (a): a won card dispute is no finding although Stripe keeps the charge disputed', async () => {
    const { contractId, demo } = await capturedPayment();
    await apply(demoEvent('charge.dispute.created', cardDispute(demo, 'needs_response', 50_000)));
    expect(await apply(demoEvent('charge.dispute.closed', cardDispute(demo, 'won', 50_000)))).toBe('applied');
    stripeLists(demo, { disputed: true });

    await reconcile();
    expect(await issuesOf(contractId)).toEqual([]);
  });

  it('escrow bug 10 (a, b): a lost card dispute is neither an open dispute nor a refund at Stripe', async () => {
    const { contractId, demo, paymentId } = await capturedPayment();
    await apply(demoChargeRefunded(demo, [{ id: `re_part_${paymentId}`, amount: '100.00' }]));
    await apply(demoEvent('charge.dispute.created', cardDispute(demo, 'needs_response', 40_000)));
    expect(await apply(demoEvent('charge.dispute.closed', cardDispute(demo, 'lost', 40_000)))).toBe('applied');
    // Stripe counts the real refund in amount_refunded; the lost dispute's withdrawal is not a refund.
    stripeLists(demo, { disputed: true, amount_refunded: 10_000 });

    await reconcile();
    expect(await issuesOf(contractId)).toEqual([]);
  });

  it('escrow bug 10 (a): a dispute only one side ever saw is still a status mismatch', async () => {
    const unseen = await capturedPayment();
    stripeLists(unseen.demo, { disputed: true });
    await reconcile();
    expect(await issuesOf(unseen.contractId)).toMatchObject([
      { paymentId: unseen.paymentId, kind: 'status_mismatch', details: { field: 'disputed', gateway: true } },
    ]);

    const open = await capturedPayment();
    await apply(demoEvent('charge.dispute.created', cardDispute(open.demo, 'needs_response', 50_000)));
    stripeLists(open.demo, { disputed: false });
    await reconcile();
    expect(await issuesOf(open.contractId)).toMatchObject([
      { paymentId: open.paymentId, kind: 'status_mismatch', details: { field: 'disputed', gateway: false } },
    ]);
  });

  it('escrow bug 10 (c): a finding staff resolved is not raised again; one with other details is', async () => {
    const { contractId, demo } = await capturedPayment();
    stripeLists(demo, { amount_refunded: 3_000 });
    await reconcile();
    const [issue] = await issuesOf(contractId);
    expect(issue).toMatchObject({ kind: 'amount_mismatch', details: { field: 'refunded', ours: 0, gateway: 3_000 } });

    const admin = actorCtx(database.db, await createUser(database.db, { role: 'admin' }));
    await resolveReconciliationIssue(admin, { issueId: issue!.id, note: 'Refunded by hand in the dashboard' });
    await reconcile();
    expect(await issuesOf(contractId)).toHaveLength(1);

    stripeLists(demo, { amount_refunded: 4_000 });
    await reconcile();
    const issues = await issuesOf(contractId);
    expect(issues.map((row) => [row.details.gateway, row.resolvedAt === null])).toEqual([
      [3_000, false],
      [4_000, true],
    ]);
  });

  it('escrow bug 10: a transfer or refund of a pending money movement is in flight, not a finding', async () => {
    const { contractId, demo, paymentId } = await capturedPayment();
    const movement = { paymentId, contractId, currency: 'GBP', status: 'pending' as const };
    const [release, refund] = await database.db
      .insert(moneyMovements)
      .values([
        { ...movement, kind: 'release', cause: 'contract_completed', amount: '200.00', fee: '20.00' },
        { ...movement, kind: 'refund', cause: 'contract_terminated', amount: '50.00' },
      ])
      .returning();
    const inFlightRefund = {
      id: `re_in_flight_${paymentId}`,
      object: 'refund',
      amount: 5_000,
      status: 'pending',
      metadata: { payment_id: paymentId, movement_id: refund!.id },
    };
    const refunds = { object: 'list', data: [inFlightRefund], has_more: false, url: '/v1/refunds' };
    const transfer = (id: string, movementId: string) =>
      transferInGroup(contractId, { id, amount: 18_000, amount_reversed: 0, metadata: { movement_id: movementId } });
    stripeLists(demo, { amount_refunded: 5_000, refunds }, [
      transfer(`tr_in_flight_${paymentId}`, release!.id),
      transfer(`tr_stray_${paymentId}`, crypto.randomUUID()),
    ]);

    await reconcile();
    // Only the transfer that names no pending movement of ours is a finding.
    expect(await issuesOf(contractId)).toMatchObject([
      { kind: 'transfer_mismatch', details: { transferId: `tr_stray_${paymentId}`, field: 'unknown' } },
    ]);
  });
});
