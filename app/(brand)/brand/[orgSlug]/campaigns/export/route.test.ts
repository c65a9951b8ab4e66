import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { database as appDatabase } from '@/db/client';
import { campaigns, offers, payments, type User } from '@/db/schema';
import { createCreator, createOrganizationWithMember, createUser } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';

// The session is the only double: everything else runs against this file's real database.
const session = vi.hoisted(() => ({ user: null as Pick<User, 'id' | 'email' | 'role' | 'status'> | null }));
vi.mock('@/lib/auth/session', () => ({ currentUser: async () => session.user }));

const { GET } = await import('./route');

let testDb: TestDatabase;
let member: User;
let slug: string;

async function download(query: string, orgSlug = slug) {
  const request = new NextRequest(`http://localhost/brand/${orgSlug}/campaigns/export${query}`);
  return GET(request, { params: Promise.resolve({ orgSlug }) });
}

const lines = async (response: Response) =>
  (await response.text())
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  const brand = await createOrganizationWithMember(testDb.db, 'brand_member');
  member = brand.user;
  slug = brand.organization.slug;
  const organizationId = brand.organization.id;
  const inserted = await testDb.db
    .insert(campaigns)
    .values([
      { organizationId, title: '=HYPERLINK("http://evil.test")', status: 'active', createdAt: new Date('2026-02-01T00:00:00Z') },
      {
        organizationId,
        title: 'Shoes, socks and "more"',
        status: 'paused',
        budgetMin: '10.00',
        budgetMax: '1234.50',
        startDate: new Date('2026-06-30T23:30:00Z'),
        createdAt: new Date('2026-02-02T00:00:00Z'),
      },
      { organizationId, title: 'Drafty', status: 'draft', createdAt: new Date('2026-02-03T00:00:00Z') },
    ])
    .returning();
  const paused = inserted.find((campaign) => campaign.status === 'paused');
  const creator = await createCreator(testDb.db);
  await testDb.db
    .insert(offers)
    .values({ campaignId: paused!.id, organizationId, influencerId: creator.id, price: '5.00', status: 'accepted' });
  await testDb.db
    .insert(payments)
    .values({ campaignId: paused!.id, payerId: organizationId, payeeId: creator.id, amount: '20.10', status: 'captured' });
  // 1,500 more, to cross the 1,000-row export page.
  await testDb.sql`insert into campaigns (organization_id, title, status, created_at)
    select ${organizationId}, 'Bulk ' || g, 'completed', timestamptz '2025-01-01' + g * interval '1 minute' from generate_series(1, 1500) g`;
});

afterAll(async () => {
  await appDatabase().sql.end({ timeout: 5 });
  await testDb?.close();
});

describe('GET /brand/[orgSlug]/campaigns/export', () => {
  it('streams the filtered campaigns as an escaped, formula-safe CSV attachment', async () => {
    session.user = member;
    const response = await download('?status=active&status=paused&sort=title&dir=asc');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="campaigns-${slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    const [header, first, second, ...rest] = await lines(response);
    expect(header).toBe(
      'ID,Title,Status,Currency,Budget min,Budget max,Start date,End date,Accepted offers,Total offers,Spend,Created at',
    );
    expect(first).toMatch(
      /^[0-9a-f-]{36},"'=HYPERLINK\(""http:\/\/evil\.test""\)",active,GBP,,,,,0,0,0\.00,2026-02-01T00:00:00\.000Z$/,
    );
    // 23:30 UTC on 30 June is 1 July in the organization's London time zone.
    expect(second).toMatch(
      /^[0-9a-f-]{36},"Shoes, socks and ""more""",paused,GBP,10\.00,1234\.50,2026-07-01,,1,1,20\.10,2026-02-02T00:00:00\.000Z$/,
    );
    expect(rest).toEqual([]);
  });

  it('exports every matching row, not one page', async () => {
    session.user = member;
    const rows = (await lines(await download('?page=3&size=10'))).slice(1);

    expect(rows).toHaveLength(1503);
    expect(new Set(rows.map((row) => row.slice(0, 36))).size).toBe(1503);
    expect(rows[0]).toContain('Drafty');
  });

  it('answers 404 to a user of another organization and 401 without a session', async () => {
    session.user = (await createOrganizationWithMember(testDb.db)).user;
    const outsider = await download('');
    expect(outsider.status).toBe(404);
    expect(await outsider.text()).not.toContain('HYPERLINK');

    session.user = await createUser(testDb.db, { role: 'brand_admin' });
    expect((await download('')).status).toBe(404);
    expect((await download('', 'no-such-brand')).status).toBe(404);

    session.user = null;
    expect((await download('')).status).toBe(401);
  });

  it('ignores invalid parameters instead of failing', async () => {
    session.user = member;
    const response = await download('?sort=nope&dir=up&status=bogus&from=2026-99-99&size=7');

    expect(response.status).toBe(200);
    expect((await lines(response)).length).toBe(1504);
  });
});
