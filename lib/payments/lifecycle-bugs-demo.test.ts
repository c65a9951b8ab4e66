import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contracts } from '@/db/schema';
import { terminateContractAsAdmin } from '@/lib/contracts/terminate';
import { confirmDemoPayment } from './demo-confirm';
import { fundContract } from './fund';
import { createDemoGateway } from './gateway/demo';
import {
  auditActions,
  createFundableContract,
  paymentRow,
  paymentsOf,
  setupDemoPaymentsDatabase,
  staffCtx,
  successCard,
} from './test-fixtures';

const database = setupDemoPaymentsDatabase();
const declinedCard = '4000 0000 0000 0002';

describe('escrow lifecycle bugs with the demo gateway', () => {
  it('escrow bug 3: a declined demo card leaves the payment pending with the decline, and another card pays it', async () => {
    const world = await createFundableContract(database.db, 'active');
    const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 });
    const declined = await confirmDemoPayment(world.brand, { paymentId, cardNumber: declinedCard });
    expect(declined).toEqual({ status: 'pending', message: 'Your card was declined.' });
    expect(await paymentRow(database.db, paymentId)).toMatchObject({
      status: 'pending',
      metadata: expect.objectContaining({ failure_code: 'card_declined', failure_message: 'Your card was declined.' }),
    });
    expect(await auditActions(database.db, paymentId)).toContain('payment_declined');
    expect((await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 })).paymentId).toBe(paymentId);

    const paid = await confirmDemoPayment(world.brand, { paymentId, cardNumber: successCard });
    expect(paid.status).toBe('captured');
    expect((await paymentsOf(database.db, world.contractId)).map((payment) => [payment.id, payment.status])).toEqual([
      [paymentId, 'captured'],
    ]);
  });

  it('escrow bug 9: terminating a demo contract closes its open checkout, which can then not be paid', async () => {
    const world = await createFundableContract(database.db, 'active');
    const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 1 });
    await terminateContractAsAdmin(await staffCtx(database.db), { contractId: world.contractId, note: 'Brand left' });
    expect(await paymentRow(database.db, paymentId)).toMatchObject({
      status: 'failed',
      metadata: expect.objectContaining({ failure_reason: 'contract_terminated' }),
    });
    await expect(confirmDemoPayment(world.brand, { paymentId, cardNumber: successCard })).rejects.toThrow(
      'This payment is already failed.',
    );
  });

  it('escrow bug 9: a demo checkout paid after the termination committed ends failed, never captured', async () => {
    const world = await createFundableContract(database.db, 'active');
    const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 });
    await database.db.update(contracts).set({ status: 'terminated' }).where(eq(contracts.id, world.contractId));
    const paid = await confirmDemoPayment(world.brand, { paymentId, cardNumber: successCard });
    expect(paid.status).toBe('failed');
    expect(await paymentRow(database.db, paymentId)).toMatchObject({ status: 'failed', stripeChargeId: null });
    expect(await auditActions(database.db, paymentId)).not.toContain('capture_payment');
  });

  it('escrow bug 6: the demo gateway reports a PaymentIntent as our rows have it', async () => {
    const world = await createFundableContract(database.db, 'active');
    const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 });
    await confirmDemoPayment(world.brand, { paymentId, cardNumber: successCard });
    const { stripePaymentIntentId, stripeChargeId } = await paymentRow(database.db, paymentId);
    expect(await createDemoGateway(database.db).retrievePaymentIntent(stripePaymentIntentId!)).toEqual({
      id: stripePaymentIntentId,
      status: 'succeeded',
      amountReceivedMinor: 50_000,
      latestCharge: stripeChargeId,
      cancellationReason: null,
    });
  });
});
