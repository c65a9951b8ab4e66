import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, payments, type PaymentStatus } from '@/db/schema';
import { withTransaction } from '@/lib/context';
import { ConflictError, ValidationError } from '@/lib/errors';
import { testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { escrowBalances, recordCapture, recordDisputeLoss, recordRefund, recordRelease } from './ledger';
import { budgetSpentOf, createPayment, createSignedContract, ledgerOf, paymentRow } from './webhooks/test-fixtures';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const system = () => testCtx(database.db);
const inTransaction = <T>(work: (ctx: ReturnType<typeof system>) => Promise<T>) => withTransaction(system(), work);

/** As a charge.dispute.created event leaves the payment. */
const markDisputed = (paymentId: string, before: PaymentStatus) =>
  database.db.update(payments).set({ status: 'disputed', statusBeforeDispute: before }).where(eq(payments.id, paymentId));

async function capturedPayment(amount = '500.00') {
  const world = await createSignedContract(database.db);
  const payment = await createPayment(database.db, world, { amount, milestoneIndex: 0, status: 'authorized' });
  await inTransaction((ctx) =>
    recordCapture(ctx, payment.id, { chargeId: `ch_${payment.id}`, paymentIntentId: `pi_${payment.id}` }),
  );
  return { world, payment };
}

describe('recordCapture', () => {
  it('holds the money, adds it to the campaign budget once and audits it as the system', async () => {
    const world = await createSignedContract(database.db);
    const payment = await createPayment(database.db, world, { amount: '500.00', milestoneIndex: 0, status: 'authorized' });
    const at = new Date('2026-05-01T10:00:00Z');
    const capture = () =>
      inTransaction((ctx) => recordCapture(ctx, payment.id, { chargeId: 'ch_capture_1', paymentIntentId: 'pi_1', at }));

    expect(await capture()).toBe('recorded');
    expect(await capture()).toBe('duplicate');
    expect(await paymentRow(database.db, payment.id)).toMatchObject({
      status: 'captured',
      escrowStatus: 'held',
      stripeChargeId: 'ch_capture_1',
      stripePaymentIntentId: 'pi_1',
      capturedAt: at,
    });
    expect(await ledgerOf(database.db, payment.id)).toMatchObject([
      {
        kind: 'capture',
        amount: '500.00',
        reference: 'ch_capture_1',
        organizationId: world.organization.id,
        contractId: world.contract.id,
      },
    ]);
    expect(await budgetSpentOf(database.db, world.campaign.id)).toBe('500.00');
    const audits = await database.db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.resourceId, payment.id), eq(auditLogs.action, 'capture_payment')));
    expect(audits).toMatchObject([
      { actorType: 'system', actorId: null, metadata: { before: { status: 'authorized' }, after: { status: 'captured' } } },
    ]);
  });

  it('refuses a failed payment and a second charge for a captured one', async () => {
    const world = await createSignedContract(database.db);
    const failed = await createPayment(database.db, world, { amount: '10.00', milestoneIndex: 0, status: 'failed' });
    await expect(inTransaction((ctx) => recordCapture(ctx, failed.id, { chargeId: 'ch_failed' }))).rejects.toThrow(ConflictError);
    const { payment } = await capturedPayment();
    await expect(inTransaction((ctx) => recordCapture(ctx, payment.id, { chargeId: 'ch_other' }))).rejects.toThrow(ConflictError);
    expect(await ledgerOf(database.db, failed.id)).toEqual([]);
  });
});

describe('releases and refunds', () => {
  it('splits a payment: release with fee, refund the rest, then nothing more can leave', async () => {
    const { world, payment } = await capturedPayment('1000.00');
    expect(
      await inTransaction((ctx) => recordRelease(ctx, payment.id, { amount: '600.00', fee: '60.00', transferId: 'tr_1' })),
    ).toBe('recorded');
    expect(await paymentRow(database.db, payment.id)).toMatchObject({
      status: 'released',
      escrowStatus: 'held',
      releasedAmount: '600.00',
      platformFee: '60.00',
    });
    expect(await inTransaction((ctx) => recordRefund(ctx, payment.id, { amount: '400.00', refundId: 're_1' }))).toBe('recorded');
    expect(await paymentRow(database.db, payment.id)).toMatchObject({
      status: 'released',
      escrowStatus: 'released',
      releasedAmount: '600.00',
      refundedAmount: '400.00',
      stripeTransferId: 'tr_1',
    });
    await expect(inTransaction((ctx) => recordRefund(ctx, payment.id, { amount: '0.01', refundId: 're_2' }))).rejects.toThrow(
      /Only 0.00 GBP is held/,
    );
    expect(
      await inTransaction((ctx) => recordRelease(ctx, payment.id, { amount: '600.00', fee: '60.00', transferId: 'tr_1' })),
    ).toBe('duplicate');
    expect(await escrowBalances(database.db, { contractId: world.contract.id })).toEqual([
      { currency: 'GBP', captured: '1000.00', released: '600.00', refunded: '400.00', held: '0.00', fees: '60.00' },
    ]);
    expect(await budgetSpentOf(database.db, world.campaign.id)).toBe('1000.00');
  });

  it('refunds in parts until the escrow is empty and the payment is refunded', async () => {
    const { payment } = await capturedPayment('100.00');
    await inTransaction((ctx) => recordRefund(ctx, payment.id, { amount: '30.00', refundId: 're_part_1' }));
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ status: 'refunded', escrowStatus: 'held' });
    await inTransaction((ctx) => recordRefund(ctx, payment.id, { amount: '70.00', refundId: 're_part_2' }));
    expect(await paymentRow(database.db, payment.id)).toMatchObject({
      status: 'refunded',
      escrowStatus: 'refunded',
      refundedAmount: '100.00',
    });
  });

  it('refuses to move money of an uncaptured or disputed payment, and bad amounts', async () => {
    const world = await createSignedContract(database.db);
    const pending = await createPayment(database.db, world, { amount: '50.00', milestoneIndex: 0 });
    await expect(
      inTransaction((ctx) => recordRelease(ctx, pending.id, { amount: '1.00', fee: '0', transferId: 'tr_x' })),
    ).rejects.toThrow(/nothing in escrow/);
    const { payment } = await capturedPayment('50.00');
    await markDisputed(payment.id, 'captured');
    await expect(inTransaction((ctx) => recordRefund(ctx, payment.id, { amount: '1.00', refundId: 're_x' }))).rejects.toThrow(
      /card dispute/,
    );
    await expect(
      inTransaction((ctx) => recordRelease(ctx, payment.id, { amount: '1.005', fee: '0', transferId: 'tr_y' })),
    ).rejects.toThrow(ValidationError);
    await expect(
      inTransaction((ctx) => recordRelease(ctx, payment.id, { amount: '1.00', fee: '2.00', transferId: 'tr_y' })),
    ).rejects.toThrow(/fee cannot exceed/);
    expect(await ledgerOf(database.db, payment.id)).toHaveLength(1);
  });

  it('a lost card dispute refunds at most what escrow holds and ends the dispute', async () => {
    const { payment } = await capturedPayment('80.00');
    await inTransaction((ctx) => recordRelease(ctx, payment.id, { amount: '50.00', fee: '5.00', transferId: 'tr_lost' }));
    await markDisputed(payment.id, 'released');
    const loss = await inTransaction((ctx) => recordDisputeLoss(ctx, payment.id, { amount: '80.00', disputeId: 'dp_1' }));
    expect(loss).toEqual({ result: 'recorded', refunded: '30.00' });
    expect(await paymentRow(database.db, payment.id)).toMatchObject({
      status: 'released',
      escrowStatus: 'released',
      refundedAmount: '30.00',
      statusBeforeDispute: null,
    });
  });

  it('sums escrow per organization across its contracts, by currency', async () => {
    const { world, payment } = await capturedPayment('200.00');
    const second = await createPayment(database.db, world, { amount: '300.00', milestoneIndex: 1, status: 'authorized' });
    await inTransaction((ctx) => recordCapture(ctx, second.id, { chargeId: 'ch_second' }));
    await inTransaction((ctx) => recordRelease(ctx, payment.id, { amount: '200.00', fee: '20.00', transferId: 'tr_org' }));
    expect(await escrowBalances(database.db, { organizationId: world.organization.id })).toEqual([
      { currency: 'GBP', captured: '500.00', released: '200.00', refunded: '0.00', held: '300.00', fees: '20.00' },
    ]);
    expect(await escrowBalances(database.db, { contractId: crypto.randomUUID() })).toEqual([]);
  });
});
