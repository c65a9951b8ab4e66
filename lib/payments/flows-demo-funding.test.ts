import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { campaigns } from '@/db/schema';
import { ValidationError } from '@/lib/errors';
import { signInAs } from '@/tests/helpers/action-session';
import { createOrganizationWithMember } from '@/tests/helpers/factories';
import { fundContract } from './fund';
import { listContractPayments } from './queries';
import {
  auditActions,
  budgetSpent,
  createFundableContract,
  fundAndPay,
  ledgerOf,
  paymentActions,
  paymentRow,
  paymentsOf,
  successCard,
  setupDemoPaymentsDatabase,
} from './test-fixtures';

const actions = paymentActions();
const database = setupDemoPaymentsDatabase();

describe('funding a contract with the demo gateway', () => {
  it('funds a milestone through the actions: pending checkout, then captured into escrow and counted as spent', async () => {
    const world = await createFundableContract(database.db);
    signInAs(world.admin);
    const funded = await actions.fund(null, {
      orgSlug: world.organization.slug,
      contractId: world.contractId,
      milestoneIndex: '0',
    });
    expect(funded.ok).toBe(true);
    if (!funded.ok) return;
    expect(funded.data.url).toBe(`/pay/demo/${funded.data.paymentId}`);
    const pending = await paymentRow(database.db, funded.data.paymentId);
    expect(pending).toMatchObject({ status: 'pending', gateway: 'demo', amount: '500.00', currency: 'GBP', milestoneIndex: 0 });
    expect(pending.stripePaymentId).toBe(`cs_demo_${pending.id}`);
    expect(await auditActions(database.db, pending.id)).toContain('fund_contract');

    const paid = await actions.confirmDemo(null, {
      orgSlug: world.organization.slug,
      paymentId: pending.id,
      cardNumber: successCard,
    });
    expect(paid).toMatchObject({ ok: true, data: { status: 'captured' } });
    const captured = await paymentRow(database.db, pending.id);
    expect(captured).toMatchObject({ status: 'captured', escrowStatus: 'held', stripeChargeId: `ch_demo_${pending.id}` });
    expect(await budgetSpent(database.db, world.campaign.id)).toBe('500.00');
    expect((await ledgerOf(database.db, pending.id)).map((entry) => [entry.kind, entry.amount])).toEqual([['capture', '500.00']]);
    expect(await auditActions(database.db, pending.id)).toEqual(expect.arrayContaining(['authorize_payment', 'capture_payment']));

    const again = await actions.fund(null, {
      orgSlug: world.organization.slug,
      contractId: world.contractId,
      milestoneIndex: '0',
    });
    expect(again).toEqual({ ok: false, error: '“On signature” is already funded.' });
    const both = await listContractPayments(database.db, { side: 'influencer', userId: world.creator.id }, world.contractId);
    expect(both.map((row) => [row.milestone, row.status, row.held])).toEqual([['On signature', 'captured', '500.00']]);
  });

  it('declines the decline test cards and lets the brand try again with another card on the same payment', async () => {
    const world = await createFundableContract(database.db, 'active');
    const declined = await fundAndPay(world, 1, '4000 0000 0000 0002');
    expect(declined).toMatchObject({ status: 'pending', message: 'Your card was declined.' });
    const poor = await fundAndPay(world, 1, '4000000000009995');
    expect(poor).toMatchObject({
      paymentId: declined.paymentId,
      status: 'pending',
      message: 'Your card has insufficient funds.',
    });
    expect((await paymentRow(database.db, declined.paymentId)).metadata).toMatchObject({ failure_code: 'insufficient_funds' });
    expect(await budgetSpent(database.db, world.campaign.id)).toBe('0.00');
    const paid = await fundAndPay(world, 1);
    expect(paid).toMatchObject({ paymentId: declined.paymentId, status: 'captured' });
    expect(await budgetSpent(database.db, world.campaign.id)).toBe('750.50');
    expect((await paymentsOf(database.db, world.contractId)).map((p) => p.status)).toEqual(['captured']);
    expect(await auditActions(database.db, declined.paymentId)).toEqual(
      expect.arrayContaining(['payment_declined', 'authorize_payment', 'capture_payment']),
    );
  });

  it('refuses a brand member, another organization and a contract that is not signed', async () => {
    const world = await createFundableContract(database.db);
    const input = { orgSlug: world.organization.slug, contractId: world.contractId, milestoneIndex: '0' };
    signInAs(world.member);
    expect(await actions.fund(null, input)).toEqual({ ok: false, error: 'Your role in this organization does not allow that.' });

    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    signInAs(outsider.user);
    expect(await actions.fund(null, input)).toEqual({ ok: false, error: 'Organization not found.' });
    expect(await actions.fund(null, { ...input, orgSlug: outsider.organization.slug })).toEqual({
      ok: false,
      error: 'Contract not found.',
    });
    expect(await paymentsOf(database.db, world.contractId)).toEqual([]);

    const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 });
    const confirm = { orgSlug: outsider.organization.slug, paymentId, cardNumber: successCard };
    expect(await actions.confirmDemo(null, confirm)).toEqual({ ok: false, error: 'Payment not found.' });
    signInAs(world.member);
    expect(await actions.confirmDemo(null, { ...confirm, orgSlug: world.organization.slug })).toMatchObject({ ok: false });
    expect((await paymentRow(database.db, paymentId)).status).toBe('pending');

    const pendingContract = await createFundableContract(database.db, 'pending');
    await expect(
      fundContract(pendingContract.brand, { contractId: pendingContract.contractId, milestoneIndex: 0 }),
    ).rejects.toThrow('only a signed or active contract can be funded');
  });
});

describe('amounts a zero-decimal currency cannot be charged in', () => {
  it('refuses to fund a fractional JPY milestone without leaving a payment row, and funds a whole one', async () => {
    const world = await createFundableContract(database.db);
    await database.db.update(campaigns).set({ currency: 'JPY' }).where(eq(campaigns.id, world.campaign.id));
    const refused = fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 1 });
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toThrow('JPY has no minor unit');
    expect(await paymentsOf(database.db, world.contractId)).toEqual([]);

    signInAs(world.admin);
    const viaAction = await actions.fund(null, {
      orgSlug: world.organization.slug,
      contractId: world.contractId,
      milestoneIndex: '1',
    });
    expect(viaAction).toMatchObject({ ok: false, error: expect.stringContaining('Use a whole amount such as 750.') });

    const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 });
    expect(await paymentRow(database.db, paymentId)).toMatchObject({ amount: '500.00', currency: 'JPY', status: 'pending' });
  });
});
