import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { contracts, ledgerEntries, reconciliationIssues } from '@/db/schema';
import { resolveDispute } from '@/lib/disputes/resolve';
import type { StripeDouble } from '@/tests/doubles/stripe/server';
import { testCtx } from '@/tests/helpers/factories';
import type { TestDatabase } from '@/tests/helpers/test-db';
import { demoEvent, demoPaymentIntent } from './demo-events';
import type { PaymentGateway } from './gateway/types';
import { settleDuePayments } from './settle';
import { brandDisputes, capturedAtStripe, payableWorld, setupStripeTestDatabase, stripeIdsOf } from './stripe-test-fixtures';
import { paymentRow, staffCtx, escrowInvariantViolations } from './test-fixtures';
import { applyStripeEvent } from './webhooks/apply';
import { budgetSpentOf, createPayment } from './webhooks/test-fixtures';

const setup = setupStripeTestDatabase();
let database: TestDatabase;
let double: StripeDouble;
let stripe: PaymentGateway;
beforeAll(() => ({ database, double, stripe } = setup));

const ctx = () => testCtx(database.db);

const releasesOf = async (contractId: string) =>
  (await database.db.select().from(ledgerEntries).where(eq(ledgerEntries.contractId, contractId))).filter(
    (entry) => entry.kind === 'release',
  );

describe('escrow bugs found by the payments audit, through Stripe', () => {
  it('escrow bug 4: a transfer Stripe made while a card dispute opened is recorded, and a lost dispute is flagged, not absorbed', async () => {
    const world = await payableWorld(database.db);
    const payment = await capturedAtStripe(database.db, world, 0, '500.00');
    const charge = stripeIdsOf(payment.id).charge;
    const dispute = {
      id: `dp_bug_${payment.id}`,
      amount: 50_000,
      currency: 'gbp',
      charge,
      payment_intent: stripeIdsOf(payment.id).intent,
    };
    await database.db.update(contracts).set({ status: 'completed' }).where(eq(contracts.id, world.contractId));
    double.whileInFlight('POST /v1/transfers', () =>
      applyStripeEvent(ctx(), demoEvent('charge.dispute.created', { ...dispute, status: 'needs_response' })),
    );

    await settleDuePayments(ctx(), stripe);
    expect((await releasesOf(world.contractId)).map((entry) => entry.amount)).toEqual(['500.00']);
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ status: 'disputed', releasedAmount: '500.00' });

    await applyStripeEvent(ctx(), demoEvent('charge.dispute.closed', { ...dispute, status: 'lost' }));
    const issues = await database.db.select().from(reconciliationIssues).where(eq(reconciliationIssues.paymentId, payment.id));
    expect(issues).toMatchObject([{ kind: 'amount_mismatch', details: { claimed: '500.00', refunded_from_escrow: '0.00' } }]);
    await settleDuePayments(ctx(), stripe);
    expect(double.created.transfers.filter((t) => t.transfer_group === world.contractId)).toHaveLength(1);
    expect(await releasesOf(world.contractId)).toHaveLength(1);
  });

  it('escrow bug 5: settlement runs racing each other never release more than the decision', async () => {
    const world = await payableWorld(database.db);
    await capturedAtStripe(database.db, world, 0, '500.00');
    await capturedAtStripe(database.db, world, 1, '750.50');
    await brandDisputes(world);
    // Each transfer call waits while another settlement run starts, so the runs interleave at every money move.
    const race = () => Promise.all([settleDuePayments(ctx(), stripe), settleDuePayments(ctx(), stripe)]);
    for (let round = 0; round < 3; round += 1) double.whileInFlight('POST /v1/transfers', race);
    await Promise.all([
      resolveDispute(await staffCtx(database.db), {
        contractId: world.contractId,
        outcome: 'split',
        releaseAmount: '1000.00',
        refundAmount: '250.50',
        note: 'Most of the work arrived.',
      }),
      race(),
    ]);
    await race();

    const released = (await releasesOf(world.contractId)).reduce((sum, entry) => sum + Number(entry.amount) * 100, 0);
    expect(released).toBe(100_000);
    const sent = double.created.transfers.filter((t) => t.transfer_group === world.contractId);
    expect(sent.reduce((sum, t) => sum + Number(t.amount), 0)).toBe(90_000);
  });

  it('a partial capture made in the Stripe dashboard funds only what Stripe received, and staff see it', async () => {
    const world = await payableWorld(database.db);
    const payment = await createPayment(database.db, { ...world, contract: { id: world.contractId } } as never, {
      amount: '500.00',
      milestoneIndex: 0,
      status: 'authorized',
      stripePaymentIntentId: `pi_partial_${world.contractId}`,
    });
    const intent = {
      ...demoPaymentIntent(
        { paymentId: payment.id, amount: '500.00', currency: 'GBP', contractId: world.contractId },
        'succeeded',
      ),
      id: `pi_partial_${world.contractId}`,
      latest_charge: `ch_partial_${world.contractId}`,
      amount_received: 30_000,
    };
    expect(await applyStripeEvent(ctx(), demoEvent('payment_intent.succeeded', intent))).toBe('applied');
    expect(await paymentRow(database.db, payment.id)).toMatchObject({
      status: 'captured',
      amount: '300.00',
      metadata: { authorized_amount: '500.00' },
    });
    expect(await budgetSpentOf(database.db, world.campaign.id)).toBe('300.00');
    const issues = await database.db.select().from(reconciliationIssues).where(eq(reconciliationIssues.paymentId, payment.id));
    expect(issues).toMatchObject([{ kind: 'amount_mismatch', details: { authorized: '500.00', captured: '300.00' } }]);
  });

  it('leaves the escrow invariants whole after every attack above', async () => {
    expect(await escrowInvariantViolations(database.db)).toEqual([]);
  });
});
