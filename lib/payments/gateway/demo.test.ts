import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerEntries, payments, payoutAccounts } from '@/db/schema';
import { createPendingContract } from '@/lib/contracts/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { demoIds } from '../demo-events';
import { createDemoGateway } from './demo';

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createPendingContract>>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createPendingContract(testDb.db);
});

afterAll(() => testDb.close());

async function insertPayment(values: Partial<typeof payments.$inferInsert> & { amount: string }) {
  const [payment] = await testDb.db
    .insert(payments)
    .values({
      campaignId: world.campaign.id,
      contractId: world.contractId,
      payerId: world.organization.id,
      payeeId: world.creator.id,
      currency: 'GBP',
      gateway: 'demo',
      ...values,
    })
    .returning();
  return payment!;
}

async function insertLedger(
  paymentId: string,
  kind: 'capture' | 'release' | 'refund',
  amount: string,
  reference: string,
  fee = '0',
) {
  await testDb.db.insert(ledgerEntries).values({
    paymentId,
    contractId: world.contractId,
    organizationId: world.organization.id,
    kind,
    amount,
    fee,
    currency: 'GBP',
    reference,
  });
}

describe('the demo gateway', () => {
  const gateway = () => createDemoGateway(testDb.db);
  const paymentId = '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a';

  it('answers every money call without a network, with ids derived from ours', async () => {
    expect(gateway().kind).toBe('demo');
    expect(
      await gateway().createCheckout({
        paymentId,
        amountMinor: 50_000,
        currency: 'GBP',
        transferGroup: world.contractId,
        description: 'Milestone',
        successUrl: '/ok',
        cancelUrl: '/cancel',
      }),
    ).toEqual({ sessionId: `cs_demo_${paymentId}`, url: `/pay/demo/${paymentId}` });
    await expect(
      gateway().capturePaymentIntent({ paymentId, paymentIntentId: demoIds.paymentIntent(paymentId) }),
    ).resolves.toBeUndefined();
    // Transfers and refunds are named by the money movement behind them, so a repeated call names the same object.
    const movementId = crypto.randomUUID();
    const transfer = {
      movementId,
      paymentId,
      amountMinor: 45_000,
      currency: 'GBP',
      destination: 'acct_demo_x',
      sourceTransaction: demoIds.charge(paymentId),
      transferGroup: world.contractId,
    };
    expect(await gateway().createTransfer(transfer)).toEqual({ id: `tr_demo_${movementId}` });
    expect(await gateway().createTransfer(transfer)).toEqual({ id: `tr_demo_${movementId}` });
    const refundMovement = crypto.randomUUID();
    expect(
      await gateway().createRefund({
        movementId: refundMovement,
        paymentId,
        paymentIntentId: demoIds.paymentIntent(paymentId),
        amountMinor: 100,
        reason: 'x',
      }),
    ).toEqual({ id: `re_demo_${refundMovement}`, status: 'succeeded' });
  });

  it('onboards creators through the demo onboarding page', async () => {
    expect(await gateway().createConnectedAccount({ userId: world.creator.id, email: 'c@example.test', country: null })).toEqual({
      id: `acct_demo_${world.creator.id}`,
    });
    expect(await gateway().createAccountLink({ accountId: 'acct_demo_x', refreshUrl: '/r', returnUrl: '/b' })).toEqual({
      url: '/creator/payouts/demo-onboarding',
    });
  });

  it('reads a connected account from the payout accounts table', async () => {
    const accountId = demoIds.account(world.creator.id);
    expect(await gateway().retrieveAccount(accountId)).toEqual({ id: accountId, payoutsEnabled: false, detailsSubmitted: false });

    await testDb.db.insert(payoutAccounts).values({
      userId: world.creator.id,
      gateway: 'demo',
      stripeAccountId: accountId,
      detailsSubmitted: true,
      payoutsEnabled: true,
    });

    expect(await gateway().retrieveAccount(accountId)).toEqual({ id: accountId, payoutsEnabled: true, detailsSubmitted: true });
  });

  it('lists a transfer group from our own payments and ledger, as Stripe would report it', async () => {
    const settled = await insertPayment({ amount: '500.00', milestoneIndex: 0, status: 'released', escrowStatus: 'released' });
    await testDb.db
      .update(payments)
      .set({
        stripePaymentId: demoIds.checkoutSession(settled.id),
        stripePaymentIntentId: demoIds.paymentIntent(settled.id),
        stripeChargeId: demoIds.charge(settled.id),
        stripeTransferId: demoIds.transfer(settled.id),
        releasedAmount: '400.00',
        refundedAmount: '100.00',
        platformFee: '40.00',
      })
      .where(eq(payments.id, settled.id));
    await insertLedger(settled.id, 'capture', '500.00', demoIds.charge(settled.id));
    await insertLedger(settled.id, 'refund', '100.00', demoIds.refund(settled.id));
    await insertLedger(settled.id, 'release', '400.00', demoIds.transfer(settled.id), '40.00');
    const authorized = await insertPayment({
      amount: '750.50',
      milestoneIndex: 1,
      status: 'authorized',
      stripePaymentIntentId: 'pi_demo_authorized',
    });
    await insertPayment({ amount: '750.50', status: 'failed', stripePaymentIntentId: 'pi_demo_failed' });
    await insertPayment({ amount: '20.00', status: 'pending' });
    await insertPayment({ amount: '20.00', gateway: 'stripe', status: 'captured', stripeChargeId: 'ch_3RealStripeCharge' });

    const listed = await gateway().listByTransferGroup(world.contractId);

    expect(listed).toEqual({
      charges: [
        {
          id: demoIds.charge(settled.id),
          paymentIntentId: demoIds.paymentIntent(settled.id),
          amountMinor: 50_000,
          currency: 'GBP',
          capturedMinor: 50_000,
          refundedMinor: 10_000,
          disputed: false,
        },
        {
          id: demoIds.charge(authorized.id),
          paymentIntentId: 'pi_demo_authorized',
          amountMinor: 75_050,
          currency: 'GBP',
          capturedMinor: 0,
          refundedMinor: 0,
          disputed: false,
        },
      ],
      transfers: [
        {
          id: demoIds.transfer(settled.id),
          amountMinor: 36_000,
          currency: 'GBP',
          destination: demoIds.account(world.creator.id),
          reversedMinor: 0,
        },
      ],
    });
  });

  it('lists nothing for another or a malformed transfer group', async () => {
    expect(await gateway().listByTransferGroup(crypto.randomUUID())).toEqual({ charges: [], transfers: [] });
    expect(await gateway().listByTransferGroup('not-a-contract')).toEqual({ charges: [], transfers: [] });
  });
});
