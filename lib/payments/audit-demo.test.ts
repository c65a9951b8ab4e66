import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { campaigns, contracts, ledgerEntries, moneyMovements } from '@/db/schema';
import { openDispute } from '@/lib/disputes/open';
import { resolveDispute } from '@/lib/disputes/resolve';
import { testStore } from '@/lib/submissions/test-fixtures';
import { testCtx } from '@/tests/helpers/factories';
import { demoEvent, demoIds, demoPaymentIntent } from './demo-events';
import { platformFeeOf } from './money';
import { getPayoutStatus } from './queries';
import { settleDuePayments } from './settle';
import {
  createFundableContract,
  enablePayouts,
  fundAndPay,
  paymentRow,
  escrowInvariantViolations,
  setupDemoPaymentsDatabase,
  staffCtx,
  type FundableContract,
} from './test-fixtures';
import { applyStripeEvent } from './webhooks/apply';
import { createPayment } from './webhooks/test-fixtures';

/*
 * Audit of the money movement intents (ADR 9) with the demo gateway. "audit N" tests fail against the code as audited;
 * "audit sound" tests probe an attack that held.
 */

const database = setupDemoPaymentsDatabase();
const ctx = () => testCtx(database.db);

const brandDisputes = (world: FundableContract) =>
  openDispute(
    world.brand,
    { side: 'brand', organizationId: world.brand.organization.id },
    { contractId: world.contractId, reason: 'The post was never published.', links: [], files: [] },
    testStore(),
  );

describe('audit: what the creator and brand are shown', () => {
  it('audit 8: a release cancelled by a refund decision no longer shows "on hold: set up payouts" nor counts as waiting', async () => {
    const world = await createFundableContract(database.db, 'active');
    const { paymentId } = await fundAndPay(world, 0);
    // The contract completes while the creator has no payout account: the release waits for it, with that reason.
    await database.db.update(contracts).set({ status: 'completed' }).where(eq(contracts.id, world.contractId));
    await settleDuePayments(ctx());
    expect(await paymentRow(database.db, paymentId)).toMatchObject({ releaseBlockedReason: expect.stringMatching(/payouts/) });

    // The brand disputes; staff refund everything. The release is cancelled and the 500.00 goes back to the brand.
    await brandDisputes(world);
    await resolveDispute(await staffCtx(database.db), {
      contractId: world.contractId,
      outcome: 'refund',
      releaseAmount: '0',
      refundAmount: '1250.50',
      note: 'Never published.',
    });
    const movements = await database.db.select().from(moneyMovements).where(eq(moneyMovements.paymentId, paymentId));
    expect(movements.map((m) => [m.kind, m.status]).sort()).toEqual([
      ['refund', 'succeeded'],
      ['release', 'canceled'],
    ]);
    const payment = await paymentRow(database.db, paymentId);
    expect(payment).toMatchObject({ refundedAmount: '500.00', releasedAmount: '0.00' });
    // Nothing is on hold for the creator any more: the panel must not say "Release on hold: set up payouts".
    expect({ reason: payment.releaseBlockedReason, requested: payment.releaseRequestedAt }).toEqual({
      reason: null,
      requested: null,
    });
  });

  it('audit 8: while the refund decision waits, the creator is not told the brand’s money waits for their payouts', async () => {
    const world = await createFundableContract(database.db, 'active');
    const { paymentId } = await fundAndPay(world, 0);
    await database.db.update(contracts).set({ status: 'completed' }).where(eq(contracts.id, world.contractId));
    await settleDuePayments(ctx());
    await brandDisputes(world);
    // A card dispute freezes the payment, so the decision's refund waits too.
    await applyStripeEvent(
      ctx(),
      demoEvent('charge.dispute.created', {
        id: `dp_audit_${paymentId}`,
        amount: 50_000,
        currency: 'gbp',
        status: 'needs_response',
        charge: demoIds.charge(paymentId),
        payment_intent: demoIds.paymentIntent(paymentId),
      }),
    );
    await resolveDispute(await staffCtx(database.db), {
      contractId: world.contractId,
      outcome: 'refund',
      releaseAmount: '0',
      refundAmount: '1250.50',
      note: 'Never published.',
    });
    const { waiting } = await getPayoutStatus(database.db, world.creator.id);
    expect(waiting).toEqual([]);
  });
});

describe('audit sound: zero-decimal and whole-unit currencies', () => {
  it('audit sound: a JPY release sends whole yen with the fee rounded to whole yen', async () => {
    const world = await createFundableContract(database.db, 'completed');
    await database.db.update(campaigns).set({ currency: 'JPY' }).where(eq(campaigns.id, world.campaign.id));
    await enablePayouts(database.db, world.creator.id, 'demo', `acct_demo_${world.creator.id}`);
    const id = crypto.randomUUID();
    await createPayment(database.db, { ...world, contract: { id: world.contractId } } as never, {
      id,
      amount: '5001.00',
      currency: 'JPY',
      gateway: 'demo',
      milestoneIndex: 0,
      status: 'authorized',
      stripePaymentIntentId: demoIds.paymentIntent(id),
    });
    const demo = { paymentId: id, amount: '5001.00', currency: 'JPY', contractId: world.contractId };
    await applyStripeEvent(ctx(), demoEvent('payment_intent.succeeded', demoPaymentIntent(demo, 'succeeded')));
    await settleDuePayments(ctx());
    const entries = await database.db.select().from(ledgerEntries).where(eq(ledgerEntries.paymentId, id));
    const release = entries.find((entry) => entry.kind === 'release');
    expect(release).toMatchObject({ amount: '5001.00', fee: platformFeeOf('5001.00', 'JPY') });
    expect(release!.fee).toMatch(/\.00$/);
  });
});

describe('audit sound: invariants', () => {
  it('audit sound: reserved == pending intents, amounts == ledger, no gateway object twice, nothing silently stuck', async () => {
    expect(await escrowInvariantViolations(database.db)).toEqual([]);
  });
});
