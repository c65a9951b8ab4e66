import { describe, expect, it } from 'vitest';
import type { NewCampaign, NewPayment } from '@/db/schema';
import type { NewLedgerEntry } from './payments';
import { toMinorUnits } from '@/lib/campaigns/schemas';
import { escrowStatusOf, isCaptured } from '@/lib/payments/state';
import { buildDemoDataset } from './dataset';

const dataset = buildDemoDataset(7, 'not-a-real-hash');
const rowsOf = <T>(name: string) => dataset.tables.find((table) => table.name === name)!.rows as T[];
const seededPayments = rowsOf<NewPayment>('payments');
const ledger = rowsOf<NewLedgerEntry>('ledger_entries');
const minor = (value: string | undefined | null) => toMinorUnits(value ?? '0');

describe('seeded payments and their ledger', () => {
  it('gives every captured payment amounts, timestamps and gateway ids that agree with its status', () => {
    for (const payment of seededPayments) {
      const captured = isCaptured(payment.status!);
      expect(Boolean(payment.capturedAt), payment.id).toBe(captured);
      expect(minor(payment.releasedAmount) + minor(payment.refundedAmount)).toBeLessThanOrEqual(
        captured ? minor(payment.amount) : 0n,
      );
      expect(minor(payment.platformFee)).toBeLessThanOrEqual(minor(payment.releasedAmount));
      if (!captured) continue;
      const amounts = {
        amount: minor(payment.amount),
        released: minor(payment.releasedAmount),
        refunded: minor(payment.refundedAmount),
      };
      expect(payment.escrowStatus).toBe(escrowStatusOf(amounts));
      expect(payment.stripeChargeId).toMatch(/^ch_demo_/);
      expect(payment.gateway).toBe('demo');
    }
    expect(new Set(seededPayments.map((payment) => payment.status))).toEqual(
      new Set(['captured', 'failed', 'refunded', 'released']),
    );
  });

  it('records one ledger entry per movement, summing to each payment row', () => {
    const references = ledger.map((entry) => `${entry.kind}:${entry.reference}`);
    expect(new Set(references).size).toBe(references.length);
    for (const payment of seededPayments) {
      const entries = ledger.filter((entry) => entry.paymentId === payment.id);
      const sum = (kind: string) =>
        entries.filter((entry) => entry.kind === kind).reduce((total, entry) => total + minor(entry.amount), 0n);
      expect(sum('capture'), payment.id).toBe(isCaptured(payment.status!) ? minor(payment.amount) : 0n);
      expect(sum('release')).toBe(minor(payment.releasedAmount));
      expect(sum('refund')).toBe(minor(payment.refundedAmount));
      expect(entries.reduce((total, entry) => total + minor(entry.fee), 0n)).toBe(minor(payment.platformFee));
      for (const entry of entries)
        expect(entry).toMatchObject({
          organizationId: payment.payerId,
          contractId: payment.contractId,
          currency: payment.currency,
        });
    }
  });

  it('counts what each campaign captured as its budget spent', () => {
    for (const campaign of rowsOf<NewCampaign & { id: string }>('campaigns')) {
      const captured = ledger
        .filter(
          (entry) =>
            entry.kind === 'capture' &&
            seededPayments.find((payment) => payment.id === entry.paymentId)?.campaignId === campaign.id,
        )
        .reduce((total, entry) => total + minor(entry.amount), 0n);
      expect(minor(campaign.budgetSpent), campaign.id).toBe(captured);
    }
  });
});
