import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns, deliverables, organizations, type NewCampaign, type NewDeliverable } from '@/db/schema';
import { createOrganizationWithMember, testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { parseMarketplaceParams, type SearchParamsInput } from './params';
import { findMarketplaceCampaign, listMarketplaceCampaigns, type MarketplaceRow } from './queries';

let database: TestDatabase;
const ids: Record<string, string> = {};
const at = (iso: string) => new Date(iso);

const list = (query: SearchParamsInput) => listMarketplaceCampaigns(testCtx(database.db), parseMarketplaceParams(query));
const titles = (rows: MarketplaceRow[]) => rows.map((row) => row.title);
const sorted = (names: string[]) => [...names].sort();

async function createBrand(country: string, kycStatus: 'verified' | 'pending' | 'rejected' = 'verified', name?: string) {
  const { organization } = await createOrganizationWithMember(database.db);
  await database.db
    .update(organizations)
    .set({ country, kycStatus, ...(name ? { name } : {}) })
    .where(eq(organizations.id, organization.id));
  return organization.id;
}

async function createCampaign(
  title: string,
  organizationId: string,
  values: Partial<NewCampaign>,
  types: NewDeliverable['type'][] = [],
) {
  const [campaign] = await database.db
    .insert(campaigns)
    .values({ organizationId, title, status: 'active', currency: 'GBP', ...values })
    .returning({ id: campaigns.id });
  ids[title] = campaign!.id;
  if (types.length > 0) {
    await database.db.insert(deliverables).values(types.map((type) => ({ campaignId: campaign!.id, type })));
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  const gb = await createBrand('GB', 'verified', 'Sole Mates');
  const fr = await createBrand('FR', 'verified', 'Maison Lumière');
  const unverified = await createBrand('GB', 'pending');

  await createCampaign(
    'Trail running shoes',
    gb,
    {
      status: 'published',
      description: 'Muddy trails and long runs',
      brief: { key_messages: ['grip like a gecko'], platforms: ['instagram', 'tiktok'] },
      budgetMin: '1000.00',
      budgetMax: '5000.00',
      submissionDeadline: at('2026-07-10T00:00:00Z'),
      endDate: at('2026-09-01T00:00:00Z'),
      publishedAt: at('2026-05-01T10:00:00Z'),
    },
    ['reel', 'story', 'reel'],
  );
  await createCampaign(
    'Paris skincare serum',
    fr,
    {
      description: 'Glowing skin for summer evenings',
      brief: { tone: 'luxurious', platforms: ['youtube'] },
      budgetMin: '200.00',
      budgetMax: '999.99',
      currency: 'EUR',
      endDate: at('2026-06-15T00:00:00Z'),
      publishedAt: at('2026-05-03T10:00:00Z'),
    },
    ['video_ad'],
  );
  await createCampaign(
    'Summer sandals',
    gb,
    {
      description: 'Beach-ready footwear for summer',
      budgetMin: '50.00',
      budgetMax: '150.00',
      publishedAt: at('2026-05-02T10:00:00Z'),
    },
    ['static_post'],
  );
  // Each of these matches "gecko", "summer" and every filter, yet must never appear.
  const hidden = {
    description: 'Summer footwear',
    brief: { key_messages: ['gecko grip'], platforms: ['instagram'] },
    budgetMin: '1000.00',
    budgetMax: '5000.00',
    submissionDeadline: at('2026-07-01T00:00:00Z'),
    publishedAt: at('2026-05-09T10:00:00Z'),
  } satisfies Partial<NewCampaign>;
  await createCampaign('Hidden draft', gb, { ...hidden, status: 'draft', publishedAt: null }, ['reel']);
  await createCampaign('Hidden paused', gb, { ...hidden, status: 'paused' }, ['reel']);
  await createCampaign('Hidden cancelled', gb, { ...hidden, status: 'cancelled' }, ['reel']);
  await createCampaign('Hidden completed', gb, { ...hidden, status: 'completed' }, ['reel']);
  await createCampaign('Hidden unverified brand', unverified, hidden, ['reel']);
});

afterAll(async () => {
  await database?.close();
});

const visible = ['Paris skincare serum', 'Summer sandals', 'Trail running shoes'];

describe('listMarketplaceCampaigns', () => {
  it('lists published and active campaigns of verified brands only, newest published first', async () => {
    const result = await list({});

    expect(titles(result.rows)).toEqual(['Paris skincare serum', 'Summer sandals', 'Trail running shoes']);
    expect(result).toMatchObject({ total: 3, page: 1, pageSize: 20, pageCount: 1 });
    expect(result.rows.find((row) => row.title === 'Trail running shoes')).toEqual({
      id: ids['Trail running shoes'],
      title: 'Trail running shoes',
      brandName: 'Sole Mates',
      brandCountry: 'GB',
      budgetMin: '1000.00',
      budgetMax: '5000.00',
      currency: 'GBP',
      deadline: at('2026-07-10T00:00:00Z'),
      publishedAt: at('2026-05-01T10:00:00Z'),
      deliverableTypes: ['reel', 'story'],
    });
    // Without a submission deadline, the end date is the deadline.
    expect(result.rows.find((row) => row.title === 'Paris skincare serum')?.deadline).toEqual(at('2026-06-15T00:00:00Z'));
    expect(result.rows.find((row) => row.title === 'Summer sandals')).toMatchObject({ deadline: null });
  });

  it('finds a campaign by a word that appears only in its brief', async () => {
    expect(titles((await list({ q: 'gecko' })).rows)).toEqual(['Trail running shoes']);
    expect(titles((await list({ q: 'luxurious' })).rows)).toEqual(['Paris skincare serum']);
    expect((await list({ q: 'snowboard' })).total).toBe(0);
  });

  it('ranks the best match first while searching', async () => {
    // A title match (weight A) outranks a description match (weight B), whatever the publication date.
    expect(titles((await list({ q: 'summer' })).rows)).toEqual(['Summer sandals', 'Paris skincare serum']);
    expect(titles((await list({ q: 'summer', sort: 'newest' })).rows)).toEqual(['Paris skincare serum', 'Summer sandals']);
  });

  it('survives any search text', async () => {
    for (const q of ['"unterminated', 'or', '-', ':*&|!()', "'; drop table campaigns; --", 'the']) {
      const result = await list({ q });
      expect(result.rows.length).toBe(result.total);
    }
  });

  it.each([
    ['deliverable type', { type: 'reel' }, ['Trail running shoes']],
    ['deliverable type', { type: 'video_ad' }, ['Paris skincare serum']],
    ['deliverable type with no campaign', { type: 'unboxing' }, []],
    ['platform', { platform: 'instagram' }, ['Trail running shoes']],
    ['platform', { platform: 'youtube' }, ['Paris skincare serum']],
    ['platform nobody asks for', { platform: 'twitter' }, []],
    ['minimum budget (budget_max >= min)', { min: '999.99' }, ['Paris skincare serum', 'Trail running shoes']],
    ['minimum budget, one cent above', { min: '1000' }, ['Trail running shoes']],
    ['maximum budget (budget_min <= max)', { max: '200' }, ['Paris skincare serum', 'Summer sandals']],
    ['maximum budget, one cent below', { max: '199.99' }, ['Summer sandals']],
    ['budget range', { min: '150', max: '1000' }, visible],
    ['budget range between two campaigns', { min: '150.01', max: '199.99' }, []],
    ['brand country', { country: 'FR' }, ['Paris skincare serum']],
    ['brand country in lower case', { country: 'gb' }, ['Summer sandals', 'Trail running shoes']],
    ['deadline before (end date without a submission deadline)', { deadline: '2026-07-01' }, ['Paris skincare serum']],
    ['deadline before (submission deadline)', { deadline: '2026-07-11' }, ['Paris skincare serum', 'Trail running shoes']],
    ['deadline before, the deadline day itself excluded', { deadline: '2026-06-15' }, []],
    ['combined filters', { q: 'gecko', type: 'story', platform: 'tiktok', min: '4000', country: 'GB' }, ['Trail running shoes']],
  ])('filters by %s', async (_name, query, expected) => {
    const result = await list(query);
    expect(sorted(titles(result.rows))).toEqual(sorted(expected));
    expect(result.total).toBe(expected.length);
  });

  it('ignores invalid filter values rather than failing', async () => {
    const result = await list({ type: 'podcast', platform: 'myspace', min: '1e9', max: '-5', country: 'ZZ', deadline: 'soon' });
    expect(sorted(titles(result.rows))).toEqual(visible);
  });

  it.each([
    ['newest', ['Paris skincare serum', 'Summer sandals', 'Trail running shoes']],
    ['budget', ['Trail running shoes', 'Paris skincare serum', 'Summer sandals']],
    ['deadline', ['Paris skincare serum', 'Trail running shoes', 'Summer sandals']],
    // Best match without search words falls back to newest.
    ['best_match', ['Paris skincare serum', 'Summer sandals', 'Trail running shoes']],
  ])('sorts by %s', async (sort, expected) => {
    expect(titles((await list({ sort })).rows)).toEqual(expected);
  });
});

describe('pagination', () => {
  let paging: TestDatabase;
  const listPage = (query: SearchParamsInput) => listMarketplaceCampaigns(testCtx(paging.db), parseMarketplaceParams(query));

  beforeAll(async () => {
    paging = await createTestDatabase();
    const { organization } = await createOrganizationWithMember(paging.db);
    await paging.db.update(organizations).set({ kycStatus: 'verified' }).where(eq(organizations.id, organization.id));
    const base = Date.parse('2026-01-01T00:00:00Z');
    await paging.db.insert(campaigns).values(
      Array.from({ length: 45 }, (_, index) => ({
        organizationId: organization.id,
        title: `Campaign ${String(index + 1).padStart(2, '0')}`,
        status: index % 2 === 0 ? ('published' as const) : ('active' as const),
        publishedAt: new Date(base + index * 3_600_000),
      })),
    );
    await paging.db.insert(campaigns).values({ organizationId: organization.id, title: 'Campaign draft', status: 'draft' });
  });

  afterAll(async () => {
    await paging?.close();
  });

  it('pages by 20 with the total of matching campaigns', async () => {
    const first = await listPage({});
    const third = await listPage({ page: '3' });

    expect(first).toMatchObject({ total: 45, page: 1, pageSize: 20, pageCount: 3 });
    expect(first.rows).toHaveLength(20);
    expect(first.rows[0]!.title).toBe('Campaign 45');
    expect(third.rows.map((row) => row.title)).toEqual([
      'Campaign 05',
      'Campaign 04',
      'Campaign 03',
      'Campaign 02',
      'Campaign 01',
    ]);
    const all = [...first.rows, ...(await listPage({ page: '2' })).rows, ...third.rows].map((row) => row.id);
    expect(new Set(all).size).toBe(45);
  });

  it('shows the last page for a page past the end', async () => {
    const result = await listPage({ page: '9' });
    expect(result).toMatchObject({ page: 3, pageCount: 3, total: 45 });
    expect(result.rows).toHaveLength(5);
  });
});

describe('findMarketplaceCampaign', () => {
  it('returns a visible campaign with its brand and deliverables', async () => {
    const campaign = await findMarketplaceCampaign(testCtx(database.db), ids['Trail running shoes']!);

    expect(campaign).toMatchObject({ title: 'Trail running shoes', brandName: 'Sole Mates', brandCountry: 'GB' });
    expect(campaign!.deliverables.map((deliverable) => deliverable.type).sort()).toEqual(['reel', 'reel', 'story']);
  });

  it.each(['Hidden draft', 'Hidden paused', 'Hidden cancelled', 'Hidden completed', 'Hidden unverified brand'])(
    'returns null for %s',
    async (title) => {
      expect(await findMarketplaceCampaign(testCtx(database.db), ids[title]!)).toBeNull();
    },
  );

  it('returns null for an unknown or malformed id', async () => {
    expect(await findMarketplaceCampaign(testCtx(database.db), crypto.randomUUID())).toBeNull();
    expect(await findMarketplaceCampaign(testCtx(database.db), 'not-a-uuid')).toBeNull();
  });
});
