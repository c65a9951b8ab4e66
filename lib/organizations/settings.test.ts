import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLogs, organizations, type User } from '@/db/schema';
import { currencyOptions, isCurrencyCode } from '@/lib/reference/currencies';
import { isTimeZone } from '@/lib/reference/timezones';
import { createOrganizationWithMember } from '@/tests/helpers/factories';
import { signInAs, testSession } from '@/tests/helpers/action-session';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';

// The real server actions run against this file's database, with the signed-in user chosen by each test.
vi.mock('@/lib/actions', () => import('@/tests/helpers/action-session').then((m) => m.actionsWithTestSession()));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { updateOrganizationProfileAction } = await import('@/app/(brand)/brand/[orgSlug]/settings/actions');

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

const profileInput = (orgSlug: string, overrides: Record<string, unknown> = {}) => ({
  orgSlug,
  name: 'Acme Drinks',
  slug: orgSlug,
  description: 'Sparkling drinks.',
  website: 'acme.example',
  country: 'FR',
  currency: 'EUR',
  timezone: 'Europe/Paris',
  ...overrides,
});

const organizationRow = async (id: string) =>
  (await database.db.select().from(organizations).where(eq(organizations.id, id)))[0]!;
const auditsOf = (organizationId: string) =>
  database.db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.resourceId, organizationId), eq(auditLogs.action, 'update_organization')));

/** A redirect() inside an action surfaces as Next's redirect error; its digest carries the target. */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => expect.fail('expected a redirect'),
    (thrown: unknown) => thrown as { digest?: string },
  );
  return error.digest!.split(';')[2]!;
}

describe('reference lists', () => {
  it('offers ISO 4217 currencies and IANA time zones the runtime knows', () => {
    const runtime = new Set(Intl.supportedValuesOf('currency'));
    expect(currencyOptions.length).toBeGreaterThan(140);
    expect(currencyOptions.every((option) => runtime.has(option.code))).toBe(true);
    expect(['GBP', 'EUR', 'USD', 'JPY'].every(isCurrencyCode)).toBe(true);
    expect(isCurrencyCode('XAU')).toBe(false);
    expect(isCurrencyCode('gbp')).toBe(false);
    expect(['Europe/London', 'America/New_York', 'Asia/Kolkata', 'UTC'].every(isTimeZone)).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('+05:00')).toBe(false);
  });
});

describe('organization profile', () => {
  it('lets an admin change every field and audits only the changed ones', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(user);
    const result = await updateOrganizationProfileAction(null, profileInput(organization.slug));
    expect(result).toEqual({ ok: true, data: 'Profile saved.' });
    const row = await organizationRow(organization.id);
    expect(row).toMatchObject({
      name: 'Acme Drinks',
      slug: organization.slug,
      description: 'Sparkling drinks.',
      website: 'https://acme.example',
      country: 'FR',
      currency: 'EUR',
      timezone: 'Europe/Paris',
    });
    const [audit] = await auditsOf(organization.id);
    expect(audit).toMatchObject({ actorId: user.id, resourceType: 'organization', ipAddress: '10.0.0.1' });
    expect(audit!.metadata).toEqual({
      before: {
        name: organization.name,
        description: null,
        website: null,
        country: 'GB',
        currency: 'GBP',
        timezone: 'Europe/London',
      },
      after: {
        name: 'Acme Drinks',
        description: 'Sparkling drinks.',
        website: 'https://acme.example',
        country: 'FR',
        currency: 'EUR',
        timezone: 'Europe/Paris',
      },
    });

    expect(await updateOrganizationProfileAction(null, profileInput(organization.slug))).toMatchObject({ ok: true });
    expect(await auditsOf(organization.id)).toHaveLength(1);
  });

  it('moves the workspace to a new slug and redirects to the new URL', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(user);
    const newSlug = `${organization.slug}-moved`;
    const target = await redirectOf(
      updateOrganizationProfileAction(null, profileInput(organization.slug, { slug: ` ${newSlug.toUpperCase()} ` })),
    );
    expect(target).toBe(`/brand/${newSlug}/settings?moved=1`);
    expect((await organizationRow(organization.id)).slug).toBe(newSlug);
    const [audit] = await auditsOf(organization.id);
    expect(audit!.metadata).toMatchObject({ before: { slug: organization.slug }, after: { slug: newSlug } });
  });

  it('turns a slug taken by another organization into a field error and changes nothing', async () => {
    const other = await createOrganizationWithMember(database.db, 'brand_admin');
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(user);
    const result = await updateOrganizationProfileAction(
      null,
      profileInput(organization.slug, { slug: other.organization.slug }),
    );
    expect(result).toEqual({
      ok: false,
      error: 'That URL is already used by another organization.',
      fieldErrors: { slug: ['Already taken: choose another URL.'] },
    });
    expect(await organizationRow(organization.id)).toMatchObject({ slug: organization.slug, name: organization.name });
    expect(await auditsOf(organization.id)).toHaveLength(0);
  });

  it('explains invalid fields', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(user);
    const result = await updateOrganizationProfileAction(
      null,
      profileInput(organization.slug, {
        slug: 'acme drinks!',
        website: 'ftp://acme.example',
        country: 'XX',
        currency: 'XYZ',
        timezone: 'Mars/Olympus_Mons',
        name: ' ',
      }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      'country',
      'currency',
      'name',
      'slug',
      'timezone',
      'website',
    ]);
    expect(!result.ok && result.fieldErrors?.slug).toEqual([
      'Use lower-case letters, digits and single hyphens between words, e.g. acme-drinks.',
    ]);
  });

  it('refuses a brand member and leaves the organization as it was', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_member');
    signIn(user);
    const result = await updateOrganizationProfileAction(null, profileInput(organization.slug, { name: 'Member Rename' }));
    expect(result).toEqual({ ok: false, error: 'Your role in this organization does not allow that.' });
    expect((await organizationRow(organization.id)).name).toBe(organization.name);
  });

  it("gives another organization's admin nothing and changes nothing", async () => {
    const target = await createOrganizationWithMember(database.db, 'brand_admin');
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(outsider.user);
    const result = await updateOrganizationProfileAction(null, profileInput(target.organization.slug, { name: 'Hijacked' }));
    expect(result).toEqual({ ok: false, error: 'Organization not found.' });
    expect((await organizationRow(target.organization.id)).name).toBe(target.organization.name);
    expect(await auditsOf(target.organization.id)).toHaveLength(0);
  });

  it('refuses signed-out visitors', async () => {
    const { organization } = await createOrganizationWithMember(database.db, 'brand_admin');
    expect(await updateOrganizationProfileAction(null, profileInput(organization.slug))).toEqual({
      ok: false,
      error: 'Please sign in first.',
    });
  });
});
