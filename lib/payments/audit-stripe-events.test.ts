import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { contracts, moneyMovements, reconciliationIssues } from '@/db/schema';
import { withTransaction } from '@/lib/context';
import type { StripeDouble } from '@/tests/doubles/stripe/server';
import { testCtx } from '@/tests/helpers/factories';
import type { TestDatabase } from '@/tests/helpers/test-db';
import { demoEvent, demoPaymentIntent } from './demo-events';
import type { PaymentGateway } from './gateway/types';
import { planContractSettlement } from './movements/plan';
import { settleDuePayments } from './settle';
import { capturedAtStripe, payableWorld, setupStripeTestDatabase } from './stripe-test-fixtures';
import { createFundableContract, paymentRow, escrowInvariantViolations } from './test-fixtures';
import { applyStripeEvent } from './webhooks/apply';
import { createPayment } from './webhooks/test-fixtures';

/*
 * Audit of the money movement intents (ADR 9) against the Stripe SDK and the loopback double: out-of-band events.
 * Tests named "audit N" proved a problem against the code as audited; "audit sound" probes an attack that held.
 */

const setup = setupStripeTestDatabase();
let database: TestDatabase;
let double: StripeDouble;
let stripe: PaymentGateway;
beforeAll(() => ({ database, double, stripe } = setup));

const ctx = () => testCtx(database.db);

const transfersAtStripe = (contractId: string) => double.created.transfers.filter((t) => t.transfer_group === contractId);

const movementsOf = (contractId: string) =>
  database.db.select().from(moneyMovements).where(eq(moneyMovements.contractId, contractId)).orderBy(moneyMovements.createdAt);

describe('audit: out-of-band refunds and voided authorizations', () => {
  it('audit 6: Stripe refunding the uncaptured charge of a voided authorization is not a reconciliation issue', async () => {
    const world = await createFundableContract(database.db, 'active');
    const id = crypto.randomUUID();
    const payment = await createPayment(database.db, { ...world, contract: { id: world.contractId } } as never, {
      id,
      amount: '500.00',
      milestoneIndex: 0,
      status: 'authorized',
      stripePaymentIntentId: `pi_test_${id}`,
    });
    const demo = { paymentId: id, amount: '500.00', currency: 'GBP', contractId: world.contractId };
    // Cancelling a requires_capture PaymentIntent "automatically refunds" the uncaptured amount: Stripe sends
    // charge.refunded for a charge that was never captured (captured: false, amount_refunded = amount).
    const voidedCharge = {
      id: `ch_test_${id}`,
      object: 'charge',
      amount: 50_000,
      amount_captured: 0,
      amount_refunded: 50_000,
      captured: false,
      refunded: true,
      currency: 'gbp',
      metadata: { payment_id: id },
      payment_intent: `pi_test_${id}`,
    };
    const canceled = { ...demoPaymentIntent(demo, 'requires_payment_method'), id: `pi_test_${id}`, status: 'canceled' };
    // Either order: Stripe does not guarantee which of the two arrives first.
    await applyStripeEvent(ctx(), demoEvent('charge.refunded', voidedCharge));
    await applyStripeEvent(
      ctx(),
      demoEvent('payment_intent.canceled', { ...canceled, cancellation_reason: 'requested_by_customer' }),
    );
    await applyStripeEvent(ctx(), demoEvent('charge.refunded', { ...voidedCharge, id: `ch_test_${id}` }));

    expect(await paymentRow(database.db, payment.id)).toMatchObject({ status: 'failed', refundedAmount: '0.00' });
    const issues = await database.db.select().from(reconciliationIssues).where(eq(reconciliationIssues.paymentId, payment.id));
    expect(issues).toEqual([]);
  });

  it('audit 7: a refund made in the dashboard that later fails (refund.updated) does not stay booked as refunded', async () => {
    const world = await payableWorld(database.db);
    const payment = await capturedAtStripe(database.db, world, 0, '500.00');
    const dashboardRefund = {
      id: `re_dash_${payment.id}`,
      object: 'refund',
      amount: 10_000,
      currency: 'gbp',
      status: 'pending',
      metadata: {},
      charge: `ch_test_${payment.id}`,
      payment_intent: `pi_test_${payment.id}`,
    };
    const charge = {
      id: `ch_test_${payment.id}`,
      object: 'charge',
      amount: 50_000,
      amount_refunded: 10_000,
      captured: true,
      currency: 'gbp',
      metadata: { payment_id: payment.id },
      payment_intent: `pi_test_${payment.id}`,
      refunds: { object: 'list', data: [dashboardRefund] },
    };
    await applyStripeEvent(ctx(), demoEvent('charge.refunded', charge));
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ refundedAmount: '100.00' });

    // The card issuer rejects the refund: Stripe returns the 100.00 to the platform balance.
    await applyStripeEvent(
      ctx(),
      demoEvent('refund.updated', { ...dashboardRefund, status: 'failed', failure_reason: 'expired_or_canceled_card' }),
    );

    const row = await paymentRow(database.db, payment.id);
    const flagged =
      (await database.db.select().from(reconciliationIssues).where(eq(reconciliationIssues.paymentId, payment.id))).length > 0;
    // Either the refund is taken off the books (the money is held again) or staff are told; not neither.
    expect({ refunded: row.refundedAmount, flagged }).not.toEqual({ refunded: '100.00', flagged: false });
  });
});

describe('audit sound: attacks that held', () => {
  it('audit sound: a transfer made, its answer lost and its key forgotten is found by metadata, not sent twice', async () => {
    const world = await payableWorld(database.db, 'completed');
    const payment = await capturedAtStripe(database.db, world, 0, '500.00');
    // Stripe makes the transfer; our process dies before it records the answer (no webhook reaches us either).
    const crashing: PaymentGateway = {
      ...stripe,
      async createTransfer(input) {
        await stripe.createTransfer(input);
        throw new Error('socket hang up');
      },
    };
    await settleDuePayments(ctx(), crashing);
    expect(transfersAtStripe(world.contractId)).toHaveLength(1);
    const [movement] = await movementsOf(world.contractId);
    expect(movement).toMatchObject({ status: 'pending', sentAt: expect.any(Date), lastError: 'socket hang up' });
    // A day later Stripe has forgotten the key: only the lookup by metadata stands between us and a second transfer.
    await database.db
      .update(moneyMovements)
      .set({ sentAt: new Date(Date.now() - 25 * 60 * 60 * 1000) })
      .where(eq(moneyMovements.id, movement!.id));
    const posts = double.requests.filter((r) => r.method === 'POST' && r.path === '/v1/transfers').length;

    await settleDuePayments(ctx(), stripe);
    expect(double.requests.filter((r) => r.method === 'POST' && r.path === '/v1/transfers')).toHaveLength(posts);
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ releasedAmount: '500.00', reservedAmount: '0.00' });
    expect((await movementsOf(world.contractId))[0]).toMatchObject({ status: 'succeeded' });
  });

  it('audit sound: transfer.created delivered while the API call is in flight records the release once', async () => {
    const world = await payableWorld(database.db, 'completed');
    const payment = await capturedAtStripe(database.db, world, 0, '500.00');
    await withTransaction(ctx(), (tx) => planContractSettlement(tx, world.contractId));
    const [movement] = await movementsOf(world.contractId);
    double.whileInFlight('POST /v1/transfers', () =>
      applyStripeEvent(
        ctx(),
        demoEvent('transfer.created', {
          id: `tr_early_${movement!.id}`,
          amount: 47_500,
          currency: 'gbp',
          metadata: { payment_id: payment.id, movement_id: movement!.id },
        }),
      ),
    );
    await settleDuePayments(ctx(), stripe);
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ releasedAmount: '500.00', reservedAmount: '0.00' });
    const issues = await database.db
      .select()
      .from(reconciliationIssues)
      .where(and(eq(reconciliationIssues.paymentId, payment.id), inArray(reconciliationIssues.kind, ['status_mismatch'])));
    expect(issues).toEqual([]);
  });

  it('audit sound: a terminated contract whose capture lands late is refunded, a completed one released', async () => {
    const terminated = await payableWorld(database.db);
    const completed = await payableWorld(database.db);
    await database.db.update(contracts).set({ status: 'terminated' }).where(eq(contracts.id, terminated.contractId));
    await database.db.update(contracts).set({ status: 'completed' }).where(eq(contracts.id, completed.contractId));
    const late = await capturedAtStripe(database.db, terminated, 0, '500.00');
    const lateToo = await capturedAtStripe(database.db, completed, 0, '500.00');
    await settleDuePayments(ctx(), stripe);
    expect(await paymentRow(database.db, late.id)).toMatchObject({ refundedAmount: '500.00', releasedAmount: '0.00' });
    expect(await paymentRow(database.db, lateToo.id)).toMatchObject({ releasedAmount: '500.00', refundedAmount: '0.00' });
  });
});

describe('audit sound: invariants', () => {
  it('audit sound: reserved == pending intents, amounts == ledger, no gateway object twice, nothing silently stuck', async () => {
    expect(await escrowInvariantViolations(database.db)).toEqual([]);
  });
});
