import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerEntries, payments, type Payment } from '@/db/schema';
import { fromMinorUnits, toMinorUnits } from '@/lib/campaigns/schemas';
import { withTransaction } from '@/lib/context';
import { DomainError } from '@/lib/errors';
import { testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { demoEvent, demoIds, demoPaymentIntent } from './demo-events';
import { escrowBalances, recordRefund, recordRelease } from './ledger';
import { escrowStatusOf, isCaptured } from './state';
import { applyStripeEvent } from './webhooks/apply';
import { budgetSpentOf, createPayment, createSignedContract, paymentRow, type SignedContract } from './webhooks/test-fixtures';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

type Op =
  | { kind: 'fund'; minor: number }
  | { kind: 'capture'; pick: number }
  | { kind: 'release'; pick: number; share: number }
  | { kind: 'refund'; pick: number; share: number }
  | { kind: 'split'; pick: number; release: number; refund: number }
  | { kind: 'disputeOpen'; pick: number }
  | { kind: 'disputeClose'; pick: number; won: boolean; minor: number }
  | { kind: 'duplicate'; pick: number };

const pick = fc.nat(50);
const minor = fc.integer({ min: 1, max: 60_000 });
/** Part of what the payment still holds, in basis points; above 10,000 asks for more than is held. */
const share = fc.integer({ min: 1, max: 12_000 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('fund' as const), minor }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('capture' as const), pick }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('release' as const), pick, share }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('refund' as const), pick, share }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('split' as const), pick, release: share, refund: share }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('disputeOpen' as const), pick }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('disputeClose' as const), pick, won: fc.boolean(), minor }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('duplicate' as const), pick }), weight: 2 },
);

/** Runs one operation; refusals (typed domain errors) are expected outcomes, anything else fails the property. */
async function refusedOr<T>(work: () => Promise<T>): Promise<T | 'refused'> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) return 'refused';
    throw error;
  }
}

class Run {
  private readonly paymentIds: string[] = [];
  /** Successful operations, replayed by 'duplicate': a repeat must change nothing. */
  private readonly done: (() => Promise<string>)[] = [];
  private sequence = 0;

  constructor(private readonly world: SignedContract) {}

  private ctx = () => testCtx(database.db);
  private reference = (prefix: string) => `${prefix}_${this.world.contract.id}_${(this.sequence += 1)}`;
  private payment = (choice: number) => (this.paymentIds.length ? this.paymentIds[choice % this.paymentIds.length] : undefined);

  private async event(type: string, object: object) {
    const event = demoEvent(type, object);
    const result = await refusedOr(() => applyStripeEvent(this.ctx(), event));
    if (result !== 'refused') this.done.push(() => applyStripeEvent(this.ctx(), event));
    return result;
  }

  private async movement(work: () => Promise<string>) {
    const result = await refusedOr(() => withTransaction(this.ctx(), () => work()));
    if (result === 'recorded') this.done.push(() => withTransaction(this.ctx(), () => work()));
    return result;
  }

  private dispute(payment: Payment, id: string, status: string, amountMinor: number) {
    return {
      id,
      amount: amountMinor,
      currency: 'gbp',
      charge: payment.stripeChargeId,
      payment_intent: payment.stripePaymentIntentId,
      status,
    };
  }

  async apply(step: Op): Promise<void> {
    if (step.kind === 'fund') {
      const id = crypto.randomUUID();
      await createPayment(database.db, this.world, {
        id,
        amount: fromMinorUnits(BigInt(step.minor)),
        milestoneIndex: this.paymentIds.length,
        status: 'authorized',
        stripePaymentIntentId: demoIds.paymentIntent(id),
      });
      this.paymentIds.push(id);
      return;
    }
    if (step.kind === 'duplicate') {
      const replay = this.done.length ? this.done[step.pick % this.done.length] : undefined;
      if (replay) expect(await replay()).toBe('duplicate');
      return;
    }
    const paymentId = this.payment(step.pick);
    if (!paymentId) return;
    const payment = await paymentRow(database.db, paymentId);
    const demo = { paymentId, amount: payment.amount, currency: 'GBP', contractId: this.world.contract.id };
    const held = toMinorUnits(payment.amount) - toMinorUnits(payment.releasedAmount) - toMinorUnits(payment.refundedAmount);
    const partOfHeld = (bps: number) => {
      const part = (held * BigInt(bps)) / 10_000n;
      return part > 0n ? part : BigInt(bps);
    };
    const amountOf = (value: bigint) => fromMinorUnits(value);
    switch (step.kind) {
      case 'capture':
        await this.event('payment_intent.succeeded', demoPaymentIntent(demo, 'succeeded'));
        return;
      case 'release': {
        const amount = partOfHeld(step.share);
        const input = { amount: amountOf(amount), fee: amountOf(amount / 10n), transferId: this.reference('tr') };
        await this.movement(() => recordRelease(this.ctx(), paymentId, input));
        return;
      }
      case 'refund': {
        const input = { amount: amountOf(partOfHeld(step.share)), refundId: this.reference('re') };
        await this.movement(() => recordRefund(this.ctx(), paymentId, input));
        return;
      }
      case 'split': {
        const release = {
          amount: amountOf(partOfHeld(Math.ceil(step.release / 2))),
          fee: '0.00',
          transferId: this.reference('tr'),
        };
        const refund = { amount: amountOf(partOfHeld(Math.ceil(step.refund / 2))), refundId: this.reference('re') };
        await this.movement(async () => {
          const released = await recordRelease(this.ctx(), paymentId, release);
          const refunded = await recordRefund(this.ctx(), paymentId, refund);
          return released === refunded ? released : 'mixed';
        });
        return;
      }
      case 'disputeOpen':
        await this.event('charge.dispute.created', this.dispute(payment, this.reference('dp'), 'needs_response', 0));
        return;
      case 'disputeClose': {
        const open = Object.entries((payment.metadata?.card_disputes ?? {}) as Record<string, string>).find(
          ([, state]) => state === 'open',
        );
        if (open)
          await this.event('charge.dispute.closed', this.dispute(payment, open[0], step.won ? 'won' : 'lost', step.minor));
      }
    }
  }
}

async function assertInvariants(world: SignedContract) {
  const rows = await database.db.select().from(payments).where(eq(payments.contractId, world.contract.id));
  const sums = await database.db
    .select({
      paymentId: ledgerEntries.paymentId,
      capture: sql<string>`coalesce(sum(${ledgerEntries.amount}) filter (where ${ledgerEntries.kind} = 'capture'), 0)::text`,
      release: sql<string>`coalesce(sum(${ledgerEntries.amount}) filter (where ${ledgerEntries.kind} = 'release'), 0)::text`,
      refund: sql<string>`coalesce(sum(${ledgerEntries.amount}) filter (where ${ledgerEntries.kind} = 'refund'), 0)::text`,
      fee: sql<string>`coalesce(sum(${ledgerEntries.fee}), 0)::text`,
    })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.contractId, world.contract.id))
    .groupBy(ledgerEntries.paymentId);
  let capturedTotal = 0n;
  for (const row of rows) {
    const ledger = sums.find((sum) => sum.paymentId === row.id);
    const captured = isCaptured(row.status) ? toMinorUnits(row.amount) : 0n;
    const released = toMinorUnits(row.releasedAmount);
    const refunded = toMinorUnits(row.refundedAmount);
    capturedTotal += captured;
    expect(released + refunded).toBeLessThanOrEqual(captured);
    expect(toMinorUnits(ledger?.capture ?? '0')).toBe(captured);
    expect(toMinorUnits(ledger?.release ?? '0')).toBe(released);
    expect(toMinorUnits(ledger?.refund ?? '0')).toBe(refunded);
    expect(toMinorUnits(ledger?.fee ?? '0')).toBe(toMinorUnits(row.platformFee));
    if (captured > 0n) expect(row.escrowStatus).toBe(escrowStatusOf({ amount: captured, released, refunded }));
  }
  const balances = await escrowBalances(database.db, { contractId: world.contract.id });
  for (const balance of balances) {
    expect(toMinorUnits(balance.held)).toBeGreaterThanOrEqual(0n);
    expect(toMinorUnits(balance.released) + toMinorUnits(balance.refunded)).toBeLessThanOrEqual(toMinorUnits(balance.captured));
  }
  expect(toMinorUnits(balances[0]?.captured ?? '0')).toBe(capturedTotal);
  expect(toMinorUnits(await budgetSpentOf(database.db, world.campaign.id))).toBe(capturedTotal);
}

describe('ledger invariants', () => {
  it('hold for any sequence of fund, capture, release, refund, split, card disputes and repeats', async () => {
    await fc.assert(
      fc.asyncProperty(minor, fc.array(op, { minLength: 10, maxLength: 40, size: 'max' }), async (first, steps) => {
        const world = await createSignedContract(database.db);
        const run = new Run(world);
        // Every sequence starts with one captured payment, so the money operations have something to work on.
        for (const step of [{ kind: 'fund', minor: first } as const, { kind: 'capture', pick: 0 } as const, ...steps]) {
          await run.apply(step);
        }
        await assertInvariants(world);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
