import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { database as appDatabase } from '@/db/client';
import { shortlistEntries, shortlists, type User } from '@/db/schema';
import { createCreator, createOrganizationWithMember } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';

// The session is the only double: everything else runs against this file's real database.
const session = vi.hoisted(() => ({ user: null as Pick<User, 'id' | 'email' | 'role' | 'status'> | null }));
vi.mock('@/lib/auth/session', () => ({ currentUser: async () => session.user }));

const { GET } = await import('./route');

let testDb: TestDatabase;
let brand: Awaited<ReturnType<typeof createOrganizationWithMember>>;
let other: Awaited<ReturnType<typeof createOrganizationWithMember>>;
let shortlistId: string;

const download = (orgSlug: string, id = shortlistId) =>
  GET(new NextRequest(`http://localhost/brand/${orgSlug}/shortlists/${id}/export`), {
    params: Promise.resolve({ orgSlug, shortlistId: id }),
  });

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  brand = await createOrganizationWithMember(testDb.db, 'brand_member');
  other = await createOrganizationWithMember(testDb.db, 'brand_admin');
  const [list] = await testDb.db.insert(shortlists).values({ organizationId: brand.organization.id, name: 'Autumn' }).returning();
  shortlistId = list!.id;
  const creator = await createCreator(testDb.db, 'Quinn, "Q" Baker');
  await testDb.db.insert(shortlistEntries).values({ shortlistId, creatorId: creator.id, note: '=SUM(A1)' });
});
afterAll(async () => {
  await appDatabase().sql.end({ timeout: 5 });
  await testDb.close();
});

describe('GET shortlist export', () => {
  it('gives a member the entries as CSV, with cells escaped', async () => {
    session.user = brand.user;
    const response = await download(brand.organization.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe('creator_id,display_name,country,followers,note,added_at');
    expect(lines[1]).toContain(`"Quinn, ""Q"" Baker"`);
    expect(lines[1]).toContain(`'=SUM(A1)`);
  });

  it('gives another organization nothing', async () => {
    session.user = other.user;
    expect((await download(other.organization.slug)).status).toBe(404);
    expect((await download(brand.organization.slug)).status).toBe(404);
    session.user = null;
    expect((await download(brand.organization.slug)).status).toBe(401);
  });
});
