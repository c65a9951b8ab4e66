import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { payoutAccounts, reconciliationIssues } from '@/db/schema';
import { fundContract } from '@/lib/payments/fund';
import { auditActions, createFundableContract, paymentRow, paymentsOf } from '@/lib/payments/test-fixtures';
import { signInAs, testSession } from '@/tests/helpers/action-session';
import { createOrganizationWithMember, createUser } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { findPayableDemoPayment } from './demo-checkout';

vi.mock('@/lib/actions', () => import('@/tests/helpers/action-session').then((m) => m.actionsWithTestSession()));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { fundMilestoneAction } = await import('@/app/(brand)/brand/[orgSlug]/contracts/[contractId]/payment-actions');
const { payDemoAction } = await import('@/app/pay/demo/[paymentId]/actions');
const { startPayoutOnboardingAction, completeDemoOnboardingAction, refreshPayoutAccountAction } =
  await import('@/app/(creator)/creator/payouts/actions');
const { resolveReconciliationIssueAction } = await import('@/app/(admin)/admin/payments/actions');

let database: TestDatabase;
beforeAll(async () => {
  vi.stubEnv('STRIPE_SECRET_KEY', undefined);
  database = await createTestDatabase();
  testSession.db = database.db;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database.close();
});
beforeEach(() => signInAs(null));

/** The URL a server action redirected to (Next.js throws a NEXT_REDIRECT error carrying it). */
async function redirectOf(run: Promise<unknown>): Promise<string> {
  try {
    const result = await run;
    throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (typeof digest !== 'string' || !digest.startsWith('NEXT_REDIRECT;')) throw error;
    return digest.split(';')[2]!;
  }
}

describe('fundMilestoneAction', () => {
  it('sends a brand admin to the checkout of a new pending payment, and refuses a member and another organization', async () => {
    const world = await createFundableContract(database.db);
    const input = { orgSlug: world.organization.slug, contractId: world.contractId, milestoneIndex: '1' };

    signInAs(world.member);
    expect(await fundMilestoneAction(null, input)).toEqual({
      ok: false,
      error: 'Your role in this organization does not allow that.',
    });
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    signInAs(outsider.user);
    expect(await fundMilestoneAction(null, input)).toEqual({ ok: false, error: 'Organization not found.' });
    expect(await fundMilestoneAction(null, { ...input, orgSlug: outsider.organization.slug })).toEqual({
      ok: false,
      error: 'Contract not found.',
    });
    expect(await paymentsOf(database.db, world.contractId)).toEqual([]);

    signInAs(world.admin);
    const url = await redirectOf(fundMilestoneAction(null, input));
    const [payment] = await paymentsOf(database.db, world.contractId);
    expect(url).toBe(`/pay/demo/${payment!.id}`);
    expect(payment).toMatchObject({ status: 'pending', milestoneIndex: 1, amount: '750.50' });
    expect(await auditActions(database.db, payment!.id)).toContain('fund_contract');
  });
});

describe('the demo checkout', () => {
  it('is found only for an admin of the paying organization', async () => {
    const world = await createFundableContract(database.db);
    const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 });
    expect((await findPayableDemoPayment(database.db, world.admin.id, paymentId))?.payment.id).toBe(paymentId);
    expect(await findPayableDemoPayment(database.db, world.member.id, paymentId)).toBeNull();
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    expect(await findPayableDemoPayment(database.db, outsider.user.id, paymentId)).toBeNull();
    expect(await findPayableDemoPayment(database.db, world.admin.id, 'not-a-uuid')).toBeNull();
  });

  it('pays with the success card and returns to the contract with ?payment=success', async () => {
    const world = await createFundableContract(database.db);
    const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 });
    signInAs(world.admin);
    const url = await redirectOf(
      payDemoAction(null, {
        orgSlug: world.organization.slug,
        paymentId,
        contractId: world.contractId,
        milestoneIndex: '0',
        cardNumber: '4242 4242 4242 4242',
      }),
    );
    expect(url).toBe(`/brand/${world.organization.slug}/contracts/${world.contractId}?payment=success`);
    expect(await paymentRow(database.db, paymentId)).toMatchObject({ status: 'captured', escrowStatus: 'held' });
    expect(await auditActions(database.db, paymentId)).toContain('capture_payment');
  });

  it('shows a decline as an error and keeps the form on the same, still pending payment for the next card', async () => {
    const world = await createFundableContract(database.db);
    const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 });
    signInAs(world.admin);
    const input = {
      orgSlug: world.organization.slug,
      paymentId,
      contractId: world.contractId,
      milestoneIndex: '0',
      cardNumber: '4000 0000 0000 0002',
    };
    const declined = await payDemoAction(null, input);
    expect(declined).toMatchObject({ ok: false, error: 'Your card was declined.', paymentId });
    expect((await paymentRow(database.db, paymentId)).status).toBe('pending');
    expect(await paymentsOf(database.db, world.contractId)).toHaveLength(1);

    const unknownCard = await payDemoAction(null, { ...input, cardNumber: '1234 5678 9012 3456' });
    expect(unknownCard).toMatchObject({
      ok: false,
      paymentId,
      fieldErrors: { cardNumber: [expect.any(String)] },
    });

    const url = await redirectOf(payDemoAction(null, { ...input, cardNumber: '4242424242424242' }));
    expect(url).toContain('?payment=success');
    expect((await paymentRow(database.db, paymentId)).status).toBe('captured');
  });

  it('refuses an admin of another organization and a brand member, changing nothing', async () => {
    const world = await createFundableContract(database.db);
    const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex: 0 });
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    const input = {
      paymentId,
      contractId: world.contractId,
      milestoneIndex: '0',
      cardNumber: '4242424242424242',
    };
    signInAs(outsider.user);
    expect(await payDemoAction(null, { ...input, orgSlug: outsider.organization.slug })).toMatchObject({
      ok: false,
      error: 'Payment not found.',
    });
    expect(await payDemoAction(null, { ...input, orgSlug: world.organization.slug })).toMatchObject({
      ok: false,
      error: 'Organization not found.',
    });
    signInAs(world.member);
    expect(await payDemoAction(null, { ...input, orgSlug: world.organization.slug })).toMatchObject({
      ok: false,
      error: 'Your role in this organization does not allow that.',
    });
    expect((await paymentRow(database.db, paymentId)).status).toBe('pending');
    expect(await paymentsOf(database.db, world.contractId)).toHaveLength(1);
  });
});

describe('payout onboarding actions', () => {
  it('sends a creator to demo onboarding, finishes it and reports the refreshed status; refuses a brand user', async () => {
    const world = await createFundableContract(database.db);
    signInAs(world.admin);
    expect(await startPayoutOnboardingAction(null, {})).toEqual({ ok: false, error: 'Only creators can do that.' });

    signInAs(world.creator);
    expect(await redirectOf(startPayoutOnboardingAction(null, {}))).toBe('/creator/payouts/demo-onboarding');
    const account = async () =>
      (await database.db.select().from(payoutAccounts).where(eq(payoutAccounts.userId, world.creator.id)))[0];
    expect(await account()).toMatchObject({ gateway: 'demo', payoutsEnabled: false });

    expect(await redirectOf(completeDemoOnboardingAction(null, {}))).toBe('/creator/payouts?onboarding=demo-complete');
    expect(await account()).toMatchObject({ payoutsEnabled: true, detailsSubmitted: true });
    expect(await refreshPayoutAccountAction(null, {})).toMatchObject({ ok: true, message: 'Payouts are enabled.' });
  });
});

describe('resolveReconciliationIssueAction', () => {
  it('lets an admin resolve an issue with a note (audited) and refuses anyone else', async () => {
    const world = await createFundableContract(database.db);
    const [issue] = await database.db
      .insert(reconciliationIssues)
      .values({ contractId: world.contractId, kind: 'amount_mismatch', details: { field: 'captured', ours: 50000, gateway: 0 } })
      .returning();
    const input = { issueId: issue!.id, note: 'Refunded by hand in the Stripe dashboard.' };
    const issueRow = async () =>
      (await database.db.select().from(reconciliationIssues).where(eq(reconciliationIssues.id, issue!.id)))[0]!;

    signInAs(world.admin);
    expect(await resolveReconciliationIssueAction(null, input)).toEqual({ ok: false, error: 'Only Pactly staff can do that.' });
    signInAs(await createUser(database.db, { role: 'support' }));
    expect(await resolveReconciliationIssueAction(null, input)).toEqual({ ok: false, error: 'Only Pactly staff can do that.' });
    expect((await issueRow()).resolvedAt).toBeNull();

    const staff = await createUser(database.db, { role: 'admin' });
    signInAs(staff);
    expect(await resolveReconciliationIssueAction(null, { issueId: issue!.id, note: ' ' })).toMatchObject({
      ok: false,
      fieldErrors: { note: [expect.any(String)] },
    });
    expect(await resolveReconciliationIssueAction(null, input)).toMatchObject({ ok: true, message: 'Issue marked resolved.' });
    expect(await issueRow()).toMatchObject({ resolvedBy: staff.id, note: input.note, resolvedAt: expect.any(Date) });
    expect(await auditActions(database.db, issue!.id)).toEqual(['resolve_reconciliation_issue']);
  });
});
