import { eq } from 'drizzle-orm';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contracts, payments } from '@/db/schema';
import { confirmDemoPayment } from '@/lib/payments/demo-confirm';
import { fundContract } from '@/lib/payments/fund';
import { escrowBalances } from '@/lib/payments/ledger';
import { listContractPayments } from '@/lib/payments/queries';
import { createFundableContract, type FundableContract } from '@/lib/payments/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { checkoutReturnMessage, demoPaymentsLabel } from './labels';
import { milestonePaymentRows, signedPriceOf } from './milestone-rows';
import { PaymentsPanelView, type PaymentsPanelViewProps } from './payments-panel-view';

let database: TestDatabase;
beforeAll(async () => {
  vi.stubEnv('STRIPE_SECRET_KEY', undefined);
  database = await createTestDatabase();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database.close();
});

const fundAction = async () => ({ ok: true as const, data: null });

async function renderPanel(
  world: FundableContract,
  viewer: 'admin' | 'member' | 'creator',
  extra: Partial<PaymentsPanelViewProps> = {},
) {
  const [contract] = await database.db.select().from(contracts).where(eq(contracts.id, world.contractId));
  const party =
    viewer === 'creator'
      ? { side: 'influencer' as const, userId: world.creator.id }
      : { side: 'brand' as const, organizationId: world.organization.id };
  const rows = await listContractPayments(database.db, party, world.contractId);
  const { price, currency } = signedPriceOf(contract!.content);
  return renderToStaticMarkup(
    createElement(PaymentsPanelView, {
      contractId: world.contractId,
      contractStatus: contract!.status,
      orgName: world.organization.name,
      rows: milestonePaymentRows(contract!.content, price, currency, rows, 10),
      balances: await escrowBalances(database.db, { contractId: world.contractId }),
      feePercent: 10,
      demo: true,
      returnMessage: null,
      brand: viewer === 'creator' ? undefined : { orgSlug: world.organization.slug, canFund: viewer === 'admin', fundAction },
      ...extra,
    }),
  );
}

describe('PaymentsPanelView', () => {
  it('offers a brand admin a Fund button per unfunded milestone, with the fee both sides see', async () => {
    const world = await createFundableContract(database.db);
    const html = await renderPanel(world, 'admin');
    expect(html).toMatch(/<h2[^>]*>Payments<\/h2>/);
    expect(html).toContain(demoPaymentsLabel);
    expect(html).toContain('Fund On signature</button>');
    expect(html).toContain('Fund On approval</button>');
    expect(html).toContain('Platform fee 10%: 50.00 · creator receives 450.00');
    expect(html).toContain('Platform fee 10%: 75.05 · creator receives 675.45');
    expect(html).toContain('No money has been paid into escrow for this contract yet.');
    expect(html).not.toContain('role="status"');
  });

  it('shows a captured milestone held in escrow, the contract totals and only the other milestone to fund', async () => {
    const world = await createFundableContract(database.db);
    const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 });
    await confirmDemoPayment(world.brand, { paymentId, cardNumber: '4242424242424242' });
    const html = await renderPanel(world, 'admin', { returnMessage: checkoutReturnMessage('success') });
    expect(html).toMatch(/role="status"[^>]*><div>Payment received/);
    expect(html).toContain('Paid into escrow');
    expect(html).toContain('Held: 500.00 GBP');
    expect(html).not.toContain('Fund On signature</button>');
    expect(html).toContain('Fund On approval</button>');
    expect(html).toMatch(/Captured<\/dt><dd[^>]*>500.00 GBP/);
    expect(html).toMatch(/Held<\/dt><dd[^>]*>500.00 GBP/);
    expect(html).toMatch(/Released<\/dt><dd[^>]*>0.00 GBP/);
  });

  it('tells a brand member why they cannot fund, and shows a release on hold with its reason', async () => {
    const world = await createFundableContract(database.db);
    const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 1 });
    await confirmDemoPayment(world.brand, { paymentId, cardNumber: '4242424242424242' });
    await database.db
      .update(payments)
      .set({ releaseBlockedReason: 'The creator has not finished setting up payouts.' })
      .where(eq(payments.id, paymentId));
    const html = await renderPanel(world, 'member');
    expect(html).not.toContain('Fund ');
    expect(html).toContain(`Only an organization admin can fund milestones. Ask an admin of ${world.organization.name}`);
    expect(html).toContain('Release on hold: The creator has not finished setting up payouts.');
  });

  it('shows the creator the milestones and fees without funding controls', async () => {
    const world = await createFundableContract(database.db);
    const html = await renderPanel(world, 'creator');
    expect(html).toContain(`${world.organization.name} pays each milestone into escrow.`);
    expect(html).toContain('Platform fee 10%: 50.00 · creator receives 450.00');
    expect(html).not.toContain('<button');
  });

  it('explains that a contract waiting for signatures cannot be funded, and shows a declined card and a failed attempt', async () => {
    const pending = await createFundableContract(database.db, 'pending');
    const pendingHtml = await renderPanel(pending, 'admin');
    expect(pendingHtml).toContain('Milestones can be funded once both parties have signed the contract.');
    expect(pendingHtml).not.toContain('<button');

    const world = await createFundableContract(database.db);
    const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 });
    await confirmDemoPayment(world.brand, { paymentId, cardNumber: '4000000000000002' });
    const declined = await renderPanel(world, 'admin', { demo: false });
    expect(declined).toContain('The last card was declined: Your card was declined. Nothing was charged');
    expect(declined).not.toContain('The last payment attempt failed.');
    expect(declined).toContain('Fund On signature</button>');

    // The Checkout expired after the decline: the attempt is over.
    await database.db.update(payments).set({ status: 'failed', failedAt: new Date() }).where(eq(payments.id, paymentId));
    const html = await renderPanel(world, 'admin', { demo: false });
    expect(html).toContain('The last payment attempt failed.');
    expect(html).not.toContain('The last card was declined');
    expect(html).toContain('Fund On signature</button>');
    expect(html).not.toContain(demoPaymentsLabel);
  });
});

describe('checkoutReturnMessage', () => {
  it('reads the ?payment= values Checkout returns with', () => {
    expect(checkoutReturnMessage('success')).toMatch(/^Payment received/);
    expect(checkoutReturnMessage('cancelled')).toMatch(/^Payment cancelled/);
    expect(checkoutReturnMessage(undefined)).toBeNull();
    expect(checkoutReturnMessage(['success'])).toBeNull();
  });
});
