import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contracts, ledgerEntries, reconciliationIssues } from '@/db/schema';
import { openDispute } from '@/lib/disputes/open';
import { resolveDispute } from '@/lib/disputes/resolve';
import { testStore } from '@/lib/submissions/test-fixtures';
import { startStripeDouble, type StripeDouble } from '@/tests/doubles/stripe/server';
import { testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { demoEvent, demoPaymentIntent } from './demo-events';
import { createStripeGateway } from './gateway/stripe';
import type { PaymentGateway } from './gateway/types';
import { settleDuePayments } from './settle';
import { createFundableContract, enablePayouts, paymentRow, staffCtx, type FundableContract } from './test-fixtures';
import { applyStripeEvent } from './webhooks/apply';
import { createPayment } from './webhooks/test-fixtures';

let database: TestDatabase;
let double: StripeDouble;
let stripe: PaymentGateway;

beforeAll(async () => {
  database = await createTestDatabase();
  double = await startStripeDouble();
  vi.stubEnv('STRIPE_SECRET_KEY', 'sk_test_escrow_bugs');
  vi.stubEnv('STRIPE_API_HOST', double.host);
  vi.stubEnv('STRIPE_API_PORT', String(double.port));
  vi.stubEnv('STRIPE_API_PROTOCOL', double.protocol);
  stripe = createStripeGateway({
    secretKey: 'sk_test_escrow_bugs',
    api: { host: double.host, port: double.port, protocol: double.protocol },
  });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await double.close();
  await database.close();
});

const ctx = () => testCtx(database.db);

/** A milestone paid at Stripe and captured, as the webhooks report it. */
async function capturedAtStripe(world: FundableContract, milestoneIndex: number, amount: string) {
  const id = crypto.randomUUID();
  const payment = await createPayment(database.db, { ...world, contract: { id: world.contractId } } as never, {
    id,
    amount,
    milestoneIndex,
    status: 'authorized',
    stripePaymentIntentId: `pi_bug_${id}`,
  });
  const intent = {
    ...demoPaymentIntent({ paymentId: id, amount, currency: 'GBP', contractId: world.contractId }, 'succeeded'),
    id: `pi_bug_${id}`,
    latest_charge: `ch_bug_${id}`,
  };
  await applyStripeEvent(ctx(), demoEvent('payment_intent.succeeded', intent));
  return payment;
}

async function payableWorld() {
  const world = await createFundableContract(database.db, 'active');
  await enablePayouts(database.db, world.creator.id, 'stripe', `acct_bug_${world.creator.id}`);
  return world;
}

const releasesOf = async (contractId: string) =>
  (await database.db.select().from(ledgerEntries).where(eq(ledgerEntries.contractId, contractId))).filter(
    (entry) => entry.kind === 'release',
  );

describe('escrow bugs found by the payments audit, through Stripe', () => {
  it('escrow bug 4: a transfer Stripe made while a card dispute opened is recorded, and a lost dispute is flagged, not absorbed', async () => {
    const world = await payableWorld();
    const payment = await capturedAtStripe(world, 0, '500.00');
    const charge = `ch_bug_${payment.id}`;
    const dispute = {
      id: `dp_bug_${payment.id}`,
      amount: 50_000,
      currency: 'gbp',
      charge,
      payment_intent: `pi_bug_${payment.id}`,
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
    const world = await payableWorld();
    await capturedAtStripe(world, 0, '500.00');
    await capturedAtStripe(world, 1, '750.50');
    await openDispute(
      world.brand,
      { side: 'brand', organizationId: world.brand.organization.id },
      { contractId: world.contractId, reason: 'Only part of the work arrived.', links: [], files: [] },
      testStore(),
    );
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
});
