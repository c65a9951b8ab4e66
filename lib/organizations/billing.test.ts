import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLogs, organizationBilling, type User } from '@/db/schema';
import { createOrganizationWithMember } from '@/tests/helpers/factories';
import { signInAs, testSession } from '@/tests/helpers/action-session';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { billingSchema, vatIdProblem } from './schemas';

vi.mock('@/lib/actions', () => import('@/tests/helpers/action-session').then((m) => m.actionsWithTestSession()));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { saveBillingAction } = await import('@/app/(brand)/brand/[orgSlug]/settings/actions');

let database: TestDatabase;
const signIn = (user: User) => {
  signInAs(user);
};

beforeAll(async () => {
  database = await createTestDatabase();
  testSession.db = database.db;
});
afterAll(async () => {
  await database.close();
});
beforeEach(() => {
  signInAs(null);
});

const billingInput = (orgSlug: string, overrides: Record<string, unknown> = {}) => ({
  orgSlug,
  legalName: 'Acme Drinks GmbH',
  addressLine1: 'Hauptstraße 1',
  addressLine2: '',
  city: 'Berlin',
  postalCode: '10115',
  country: 'de',
  vatId: 'de 123.456.789',
  billingEmail: ' Invoices@Acme.Example ',
  ...overrides,
});

const billingOf = async (organizationId: string) =>
  (await database.db.select().from(organizationBilling).where(eq(organizationBilling.organizationId, organizationId)))[0];
const auditsOf = (organizationId: string) =>
  database.db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.resourceId, organizationId), eq(auditLogs.action, 'update_billing')))
    .orderBy(auditLogs.createdAt);

describe('billing details', () => {
  it('lets an admin create, then update them, auditing the changed fields each time', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(user);
    expect(await saveBillingAction(null, billingInput(organization.slug))).toEqual({ ok: true, data: 'Billing details saved.' });
    expect(await billingOf(organization.id)).toMatchObject({
      legalName: 'Acme Drinks GmbH',
      addressLine1: 'Hauptstraße 1',
      addressLine2: null,
      city: 'Berlin',
      postalCode: '10115',
      country: 'DE',
      vatId: 'DE123456789',
      billingEmail: 'invoices@acme.example',
    });

    expect(
      await saveBillingAction(null, billingInput(organization.slug, { city: 'Hamburg', postalCode: '20095' })),
    ).toMatchObject({
      ok: true,
    });
    expect(await billingOf(organization.id)).toMatchObject({ city: 'Hamburg', postalCode: '20095', vatId: 'DE123456789' });

    const audits = await auditsOf(organization.id);
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ actorId: user.id, resourceType: 'organization' });
    expect(audits[0]!.metadata).toMatchObject({
      created: true,
      before: { legalName: null },
      after: { legalName: 'Acme Drinks GmbH' },
    });
    expect(audits[1]!.metadata).toEqual({
      created: false,
      before: { city: 'Berlin', postalCode: '10115' },
      after: { city: 'Hamburg', postalCode: '20095' },
    });
  });

  it('explains missing and malformed fields', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(user);
    const result = await saveBillingAction(
      null,
      billingInput(organization.slug, { legalName: '', city: '', country: 'ZZ', vatId: 'DE12345', billingEmail: 'nope' }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        legalName: ['Enter the legal name of the company.'],
        city: ['Enter the city.'],
        country: ['Choose a country.'],
        vatId: ['This is not a valid DE VAT number.'],
        billingEmail: ['Enter a valid email address.'],
      },
    });
    expect(await billingOf(organization.id)).toBeUndefined();
  });

  it('refuses a brand member', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_member');
    signIn(user);
    expect(await saveBillingAction(null, billingInput(organization.slug))).toEqual({
      ok: false,
      error: 'Your role in this organization does not allow that.',
    });
    expect(await billingOf(organization.id)).toBeUndefined();
  });

  it("gives another organization's admin nothing and changes nothing", async () => {
    const target = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(target.user);
    await saveBillingAction(null, billingInput(target.organization.slug));
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(outsider.user);
    expect(await saveBillingAction(null, billingInput(target.organization.slug, { legalName: 'Hijack Ltd' }))).toEqual({
      ok: false,
      error: 'Organization not found.',
    });
    expect((await billingOf(target.organization.id))?.legalName).toBe('Acme Drinks GmbH');
    expect(await auditsOf(target.organization.id)).toHaveLength(1);
  });
});

describe('VAT and tax ids', () => {
  it('checks the format of EU VAT numbers by their country prefix', () => {
    for (const valid of [
      'DE123456789',
      'FR12345678901',
      'NL123456789B01',
      'ATU12345678',
      'IE1234567WA',
      'ESX1234567X',
      'GB123456789',
    ])
      expect(vatIdProblem(valid), valid).toBeNull();
    expect(vatIdProblem('DE12345678')).toBe('This is not a valid DE VAT number.');
    expect(vatIdProblem('NL123456789X01')).toBe('This is not a valid NL VAT number.');
    expect(vatIdProblem('AT12345678')).toBe('This is not a valid AT VAT number.');
  });

  it('accepts other tax ids of 2 to 20 letters and digits, after removing spaces, dots and hyphens', () => {
    const parse = (vatId: string) => billingSchema.shape.vatId.safeParse(vatId);
    expect(parse('12-3456789').data).toBe('123456789');
    expect(parse('che-123.456.789').data).toBe('CHE123456789');
    expect(parse('').data).toBeNull();
    expect(parse('1').success).toBe(false);
    expect(parse('A'.repeat(21)).success).toBe(false);
    expect(parse('12/34').success).toBe(false);
  });
});
