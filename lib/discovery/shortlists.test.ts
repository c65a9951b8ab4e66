import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, organizationMembers, shortlistEntries, shortlists, type User } from '@/db/schema';
import { createActionClients, type SessionUser } from '@/lib/actions/clients';
import { createCreator, createOrganizationWithMember, createUser, testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { defineShortlistActions } from './action-definitions';
import { getShortlist, listShortlists } from './shortlist-queries';

let database: TestDatabase;
let signedIn: SessionUser | null = null;
let brand: Awaited<ReturnType<typeof createOrganizationWithMember>>;
let member: User;
let outsider: Awaited<ReturnType<typeof createOrganizationWithMember>>;
let creator: User;

const actions = () =>
  defineShortlistActions(
    createActionClients({
      currentUser: async () => signedIn,
      requestMeta: async () => ({ ip: '10.0.0.1', userAgent: 'test-agent', correlationId: crypto.randomUUID() }),
      db: () => database.db,
      rethrowFrameworkError: () => {},
    }),
  );
const signIn = (user: User) => (signedIn = { id: user.id, email: user.email, role: user.role, status: user.status });
const auditsFor = (resourceId: string) =>
  database.db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.resourceType, 'shortlist'), eq(auditLogs.resourceId, resourceId)));

beforeAll(async () => {
  database = await createTestDatabase();
  brand = await createOrganizationWithMember(database.db, 'brand_admin');
  member = await createUser(database.db, { role: 'brand_member' });
  await database.db
    .insert(organizationMembers)
    .values({ organizationId: brand.organization.id, userId: member.id, role: 'brand_member' });
  outsider = await createOrganizationWithMember(database.db, 'brand_admin');
  creator = await createCreator(database.db, 'Zoe Creator');
});
afterAll(() => database.close());

async function createList(name: string, user: User = brand.user) {
  signIn(user);
  const result = await actions().create(null, { orgSlug: brand.organization.slug, name });
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

describe('shortlists', () => {
  it('lets an admin create a list, with its audit row, and refuses a duplicate name in any case', async () => {
    const id = await createList('Summer faces');
    expect(await auditsFor(id)).toMatchObject([{ action: 'create_shortlist', actorId: brand.user.id }]);
    signIn(brand.user);
    expect(await actions().create(null, { orgSlug: brand.organization.slug, name: 'summer FACES' })).toEqual({
      ok: false,
      error: 'A shortlist with this name already exists.',
    });
    expect(await actions().create(null, { orgSlug: brand.organization.slug, name: '  ' })).toMatchObject({
      ok: false,
      fieldErrors: { name: ['Give the shortlist a name.'] },
    });
  });

  it('lets a member add, annotate and remove a creator, each audited', async () => {
    const id = await createList('Runners', member);
    const input = { orgSlug: brand.organization.slug, shortlistId: id, creatorId: creator.id };
    signIn(member);
    expect(await actions().add(null, input)).toMatchObject({ ok: true });
    expect(await actions().add(null, input)).toMatchObject({ ok: false, error: expect.stringContaining('already on') });
    expect(await actions().updateNote(null, { ...input, note: 'Great reels' })).toMatchObject({ ok: true });

    const ctx = { ...testCtx(database.db), organizationId: brand.organization.id };
    const detail = await getShortlist(ctx, id);
    expect(detail.entries).toMatchObject([{ creatorId: creator.id, displayName: 'Zoe Creator', note: 'Great reels' }]);
    expect((await listShortlists(ctx)).find((list) => list.id === id)).toMatchObject({ entries: 1 });

    expect(await actions().remove(null, input)).toMatchObject({ ok: true });
    expect(await database.db.select().from(shortlistEntries).where(eq(shortlistEntries.shortlistId, id))).toEqual([]);
    const audits = await auditsFor(id);
    expect(audits.map((row) => row.action).sort()).toEqual([
      'add_shortlist_entry',
      'create_shortlist',
      'remove_shortlist_entry',
      'update_shortlist_note',
    ]);
    expect(audits.find((row) => row.action === 'update_shortlist_note')?.metadata).toMatchObject({
      before: { note: null },
      after: { note: 'Great reels' },
    });
  });

  it('refuses suspended creators', async () => {
    const id = await createList('Suspended check');
    const suspended = await createUser(database.db, { role: 'influencer', status: 'suspended' });
    signIn(brand.user);
    expect(await actions().add(null, { orgSlug: brand.organization.slug, shortlistId: id, creatorId: suspended.id })).toEqual({
      ok: false,
      error: 'Creator not found.',
    });
  });

  it('gives another organization nothing and lets it change nothing', async () => {
    const id = await createList('Private list');
    signIn(brand.user);
    await actions().add(null, { orgSlug: brand.organization.slug, shortlistId: id, creatorId: creator.id });
    const before = await database.db.select().from(shortlistEntries).where(eq(shortlistEntries.shortlistId, id));

    signIn(outsider.user);
    const ownSlug = { orgSlug: outsider.organization.slug, shortlistId: id, creatorId: creator.id };
    expect(await actions().updateNote(null, { ...ownSlug, note: 'hijack' })).toEqual({
      ok: false,
      error: 'Shortlist not found.',
    });
    expect(await actions().remove(null, ownSlug)).toEqual({ ok: false, error: 'Shortlist not found.' });
    expect(await actions().add(null, ownSlug)).toEqual({ ok: false, error: 'Shortlist not found.' });
    // Their slug on our organization: not a member.
    expect(await actions().create(null, { orgSlug: brand.organization.slug, name: 'Intruder' })).toEqual({
      ok: false,
      error: 'Organization not found.',
    });
    const outsiderCtx = { ...testCtx(database.db), organizationId: outsider.organization.id };
    await expect(getShortlist(outsiderCtx, id)).rejects.toThrow('Shortlist not found.');
    expect(await listShortlists(outsiderCtx)).toEqual([]);
    expect(await database.db.select().from(shortlistEntries).where(eq(shortlistEntries.shortlistId, id))).toEqual(before);
    expect(await database.db.select().from(shortlists).where(eq(shortlists.name, 'Intruder'))).toEqual([]);
  });
});
