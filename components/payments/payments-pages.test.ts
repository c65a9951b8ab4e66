import { eq } from 'drizzle-orm';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contracts, reconciliationIssues } from '@/db/schema';
import { confirmDemoPayment } from '@/lib/payments/demo-confirm';
import { fundContract } from '@/lib/payments/fund';
import { escrowBalances } from '@/lib/payments/ledger';
import {
  getPaymentReceipt,
  getPayoutStatus,
  listCreatorPayouts,
  listOpenReconciliationIssues,
  listOrganizationPayments,
} from '@/lib/payments/queries';
import { settleContractPayments } from '@/lib/payments/settle';
import { createFundableContract, enablePayouts } from '@/lib/payments/test-fixtures';
import { testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { EscrowTotals } from './escrow-totals';
import { demoPaymentsLabel } from './labels';
import { OrganizationPaymentsTable } from './organization-payments-table';
import { accountState, PayoutsView, type PayoutsViewProps } from './payouts-view';
import { ReceiptView } from './receipt-view';
import { detailLines, ReconciliationTable } from './reconciliation-table';

vi.mock('next/link', () => ({
  default: ({ href, children }: { href: string; children: ReactNode }) => createElement('a', { href }, children),
}));

let database: TestDatabase;
beforeAll(async () => {
  vi.stubEnv('STRIPE_SECRET_KEY', undefined);
  database = await createTestDatabase();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database.close();
});

const noop = async () => ({ ok: true as const, data: null });
const html = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);

/** A contract with milestone 0 paid into escrow, completed and released to a payout-ready creator. */
async function releasedContract() {
  const world = await createFundableContract(database.db, 'active');
  const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 });
  await confirmDemoPayment(world.brand, { paymentId, cardNumber: '4242424242424242' });
  await enablePayouts(database.db, world.creator.id, 'demo', `acct_demo_${world.creator.id}`);
  await database.db.update(contracts).set({ status: 'completed' }).where(eq(contracts.id, world.contractId));
  await settleContractPayments(testCtx(database.db), world.contractId);
  return { world, paymentId };
}

const payoutsProps = (overrides: Partial<PayoutsViewProps>): PayoutsViewProps => ({
  gateway: 'demo',
  account: null,
  waiting: [],
  payouts: [],
  waitingReason: { notEnabled: 'waiting for you', enabled: 'queued' },
  actions: { start: noop, refresh: noop },
  ...overrides,
});

describe('PayoutsView', () => {
  it('shows a creator without payouts the set-up button, the empty history and what waits for them', () => {
    const page = html(
      createElement(
        PayoutsView,
        payoutsProps({ waiting: [{ currency: 'GBP', amount: '500.00', count: 1 }], onboarding: 'demo-complete' }),
      ),
    );
    expect(page).toContain(demoPaymentsLabel);
    expect(page).toContain('Status:</span> Not set up');
    expect(page).toContain('Set up payouts</button>');
    expect(page).not.toContain('Refresh status');
    expect(page).toContain('No payouts yet');
    expect(page).toContain('500.00 GBP</span> from 1 release: waiting for you');
    expect(page).toMatch(/role="status"[^>]*><div>Demo onboarding finished/);
  });

  it('lists released payouts with the fee and the net, and offers Refresh status with Stripe', async () => {
    const { world } = await releasedContract();
    const payouts = await listCreatorPayouts(database.db, world.creator.id);
    const status = await getPayoutStatus(database.db, world.creator.id);
    const page = html(createElement(PayoutsView, payoutsProps({ account: status.account, payouts })));
    expect(page).toContain('Status:</span> Payouts enabled');
    expect(page).not.toContain('Set up payouts</button>');
    expect(page).toMatch(/<th[^>]*>Released amount<\/th>/);
    expect(page).toContain('500.00 GBP');
    expect(page).toContain('50.00 GBP');
    expect(page).toContain('450.00 GBP');
    expect(page).toContain('Transferred');

    const stripe = { gateway: 'stripe' as const, detailsSubmitted: true, payoutsEnabled: false };
    const stripePage = html(createElement(PayoutsView, payoutsProps({ gateway: 'stripe', account: stripe })));
    expect(stripePage).toContain('Status:</span> Details submitted');
    expect(stripePage).toContain('Refresh status</button>');
    expect(stripePage).not.toContain(demoPaymentsLabel);
  });

  it('names the account state per gateway', () => {
    expect(accountState(null, 'demo')).toBe('Not set up');
    expect(accountState({ gateway: 'demo', detailsSubmitted: true, payoutsEnabled: true }, 'stripe')).toBe('Not set up');
    expect(accountState({ gateway: 'stripe', detailsSubmitted: false, payoutsEnabled: false }, 'stripe')).toBe('Not set up');
  });
});

describe('the brand payments page parts', () => {
  it('shows the organization ledger with fees, each payment with a receipt link, and the receipt', async () => {
    const { world, paymentId } = await releasedContract();
    const balances = await escrowBalances(database.db, { organizationId: world.organization.id });
    const ledger = html(createElement(EscrowTotals, { balances, showFees: true, emptyText: 'none' }));
    expect(ledger).toMatch(/Captured<\/dt><dd[^>]*>500.00 GBP/);
    expect(ledger).toMatch(/Released<\/dt><dd[^>]*>500.00 GBP/);
    expect(ledger).toMatch(/Held<\/dt><dd[^>]*>0.00 GBP/);
    expect(ledger).toMatch(/Platform fees<\/dt><dd[^>]*>50.00 GBP/);

    const rows = await listOrganizationPayments(database.db, world.organization.id);
    const table = html(createElement(OrganizationPaymentsTable, { orgSlug: world.organization.slug, payments: rows }));
    expect(table).toContain(`href="/brand/${world.organization.slug}/payments/${paymentId}/receipt"`);
    expect(table).toContain('On signature');
    expect(table).toContain('Released');

    const receipt = (await getPaymentReceipt(database.db, world.organization.id, paymentId))!;
    const page = html(createElement(ReceiptView, { receipt }));
    expect(page).toMatch(/<h1[^>]*>Receipt<\/h1>/);
    expect(page).toContain('Print</button>');
    expect(page).toContain(demoPaymentsLabel);
    expect(page).toContain('Demo reference');
    expect(page).toContain(`ch_demo_${paymentId}`);
    expect(page).toContain('Paid into escrow');
    expect(page).toContain('Released to creator');
    expect(page).toContain(world.contractId);

    const other = await createFundableContract(database.db);
    expect(await getPaymentReceipt(database.db, other.organization.id, paymentId)).toBeNull();
  });
});

describe('ReconciliationTable', () => {
  it('lists open issues with their details and a Mark resolved form', async () => {
    const world = await createFundableContract(database.db);
    await database.db
      .insert(reconciliationIssues)
      .values({ contractId: world.contractId, kind: 'transfer_mismatch', details: { transferId: 'tr_1', ours: 45000 } });
    const issues = await listOpenReconciliationIssues(database.db);
    const page = html(createElement(ReconciliationTable, { issues, resolveAction: noop }));
    expect(page).toContain('Transfer mismatch');
    expect(page).toContain('transferId: tr_1');
    expect(page).toMatch(/<label[^>]*>Note<\/label>/);
    expect(page).toContain('Mark resolved</button>');
    expect(detailLines({ nested: { a: 1 } })).toEqual(['nested: {"a":1}']);
    expect(detailLines(null)).toEqual([]);
  });
});
