import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ledgerEntries, reconciliationIssues } from '@/db/schema';
import { demoCharge, demoCheckoutSession, demoEvent, demoIds, demoPaymentIntent } from '../demo-events';
import { budgetSpentOf, deliver, ledgerOf, paymentRow, pendingPayment, setupWebhookTestDatabase } from './test-fixtures';

const database = setupWebhookTestDatabase();
const at = (second: number) => new Date(Date.UTC(2026, 4, 1, 12, 0, second));

/** A seeded Fisher-Yates shuffle, so a failing order can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

const seeds = [1, 2, 3, 5, 8, 13, 21, 34];
describe('events in any order', () => {
  it.each(seeds)('ends refunded in full after authorize, capture and two refunds (shuffle %i)', async (seed) => {
    const { world, payment, demo } = await pendingPayment(database.db, '400.00');
    const events = [
      demoEvent('checkout.session.completed', demoCheckoutSession(demo, at(0)), at(0)),
      demoEvent('payment_intent.amount_capturable_updated', demoPaymentIntent(demo, 'requires_capture', undefined, at(1)), at(1)),
      demoEvent('payment_intent.succeeded', demoPaymentIntent(demo, 'succeeded', undefined, at(2)), at(2)),
      demoEvent('charge.refunded', demoCharge(demo, [{ id: `re_a_${seed}`, amount: '150.00' }], at(3)), at(3)),
      demoEvent(
        'charge.refunded',
        demoCharge(
          demo,
          [
            { id: `re_a_${seed}`, amount: '150.00' },
            { id: `re_b_${seed}`, amount: '250.00' },
          ],
          at(4),
        ),
        at(4),
      ),
    ];
    for (const event of shuffled(events, seed)) expect((await deliver(JSON.stringify(event))).status).toBe(200);

    expect(await paymentRow(database.db, payment.id)).toMatchObject({
      status: 'refunded',
      escrowStatus: 'refunded',
      refundedAmount: '400.00',
      releasedAmount: '0.00',
    });
    const entries = await ledgerOf(database.db, payment.id);
    expect(entries.map((entry) => `${entry.kind}:${entry.amount}`).sort()).toEqual([
      'capture:400.00',
      'refund:150.00',
      'refund:250.00',
    ]);
    expect(await budgetSpentOf(database.db, world.campaign.id)).toBe('400.00');
  });

  it.each(seeds.slice(0, 4))('a card dispute lost in part refunds that part from escrow (shuffle %i)', async (seed) => {
    const { payment, demo } = await pendingPayment(database.db, '300.00');
    const charge = demoCharge(demo, [], at(2));
    const dispute = (status: string) => ({
      id: `dp_${seed}_${payment.id}`,
      object: 'dispute',
      amount: 12_000,
      currency: 'gbp',
      charge: charge.id,
      payment_intent: charge.payment_intent,
      metadata: {},
      status,
    });
    const events = [
      demoEvent('payment_intent.amount_capturable_updated', demoPaymentIntent(demo, 'requires_capture', undefined, at(1)), at(1)),
      demoEvent('payment_intent.succeeded', demoPaymentIntent(demo, 'succeeded', undefined, at(2)), at(2)),
      demoEvent('charge.dispute.created', dispute('needs_response'), at(3)),
      demoEvent('charge.dispute.closed', dispute('lost'), at(9)),
    ];
    for (const event of shuffled(events, seed)) expect((await deliver(JSON.stringify(event))).status).toBe(200);
    expect(await paymentRow(database.db, payment.id)).toMatchObject({
      status: 'refunded',
      escrowStatus: 'held',
      refundedAmount: '120.00',
      statusBeforeDispute: null,
    });
    expect((await ledgerOf(database.db, payment.id)).map((entry) => `${entry.kind}:${entry.amount}`).sort()).toEqual([
      'capture:300.00',
      'refund:120.00',
    ]);
  });

  it('a won card dispute unfreezes the payment where it was; a late copy of its opening changes nothing', async () => {
    const { payment, demo } = await pendingPayment(database.db, '90.00');
    await deliver(
      JSON.stringify(demoEvent('payment_intent.succeeded', demoPaymentIntent(demo, 'succeeded', undefined, at(1)), at(1))),
    );
    const dispute = (status: string) => ({
      id: `dp_won_${payment.id}`,
      amount: 9_000,
      currency: 'gbp',
      charge: demoCharge(demo).id,
      payment_intent: null,
      status,
    });
    const opened = JSON.stringify(demoEvent('charge.dispute.created', dispute('needs_response'), at(2)));
    await deliver(opened);
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ status: 'disputed', statusBeforeDispute: 'captured' });
    await deliver(JSON.stringify(demoEvent('charge.dispute.closed', dispute('won'), at(5))));
    await deliver(JSON.stringify(demoEvent('charge.dispute.created', dispute('needs_response'), at(2))));
    expect(await paymentRow(database.db, payment.id)).toMatchObject({
      status: 'captured',
      escrowStatus: 'held',
      statusBeforeDispute: null,
    });
  });

  it('ignores a declined attempt reported after a later authorization, and an authorization after the capture', async () => {
    const { payment, demo } = await pendingPayment(database.db, '60.00');
    const decline = { declineCode: 'card_declined', message: 'Your card was declined.' };
    await deliver(
      JSON.stringify(
        demoEvent(
          'payment_intent.amount_capturable_updated',
          demoPaymentIntent(demo, 'requires_capture', undefined, at(5)),
          at(5),
        ),
      ),
    );
    const late = await deliver(
      JSON.stringify(
        demoEvent('payment_intent.payment_failed', demoPaymentIntent(demo, 'requires_payment_method', decline, at(3)), at(3)),
      ),
    );
    expect(await late.json()).toEqual({ received: true, result: 'ignored' });
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ status: 'authorized' });
    await deliver(
      JSON.stringify(demoEvent('payment_intent.succeeded', demoPaymentIntent(demo, 'succeeded', undefined, at(6)), at(6))),
    );
    const stale = await deliver(
      JSON.stringify(
        demoEvent(
          'payment_intent.amount_capturable_updated',
          demoPaymentIntent(demo, 'requires_capture', undefined, at(5)),
          at(5),
        ),
      ),
    );
    expect(await stale.json()).toEqual({ received: true, result: 'ignored' });
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ status: 'captured' });
  });

  it('links the PaymentIntent when checkout completes, so events naming only it find the payment', async () => {
    const { payment, demo } = await pendingPayment(database.db, '70.00', { linked: false });
    await deliver(JSON.stringify(demoEvent('checkout.session.completed', { ...demoCheckoutSession(demo), metadata: {} })));
    expect(await paymentRow(database.db, payment.id)).toMatchObject({ stripePaymentIntentId: demoIds.paymentIntent(payment.id) });
    await deliver(
      JSON.stringify(demoEvent('charge.refunded', demoCharge(demo, [{ id: `re_link_${payment.id}`, amount: '20.00' }]))),
    );
    expect(await paymentRow(database.db, payment.id)).toMatchObject({
      status: 'refunded',
      escrowStatus: 'held',
      refundedAmount: '20.00',
      stripeChargeId: demoCharge(demo).id,
    });
  });

  it('flags a reversed transfer for reconciliation', async () => {
    const { payment } = await pendingPayment(database.db, '40.00');
    const transfer = {
      id: `tr_rev_${payment.id}`,
      amount: 3_600,
      amount_reversed: 3_600,
      currency: 'gbp',
      metadata: { payment_id: payment.id },
    };
    expect((await deliver(JSON.stringify(demoEvent('transfer.reversed', transfer)))).status).toBe(200);
    const issues = await database.db.select().from(reconciliationIssues).where(eq(reconciliationIssues.paymentId, payment.id));
    expect(issues).toMatchObject([{ kind: 'transfer_mismatch', details: { amount_reversed: '36.00', transfer: transfer.id } }]);
    expect(await database.db.select().from(ledgerEntries).where(eq(ledgerEntries.paymentId, payment.id))).toEqual([]);
  });
});
