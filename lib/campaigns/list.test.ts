import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns, offers, payments, type NewCampaign, type Offer, type Payment } from '@/db/schema';
import { createCreator, createOrganizationWithMember, testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { exportPageSize, forEachCampaignPage, listCampaigns, type CampaignListRow } from './list';
import { parseCampaignListParams, type SearchParamsInput } from './list-params';

let database: TestDatabase;
let brandId: string;
let otherBrandId: string;
const ids: Record<string, string> = {};

const at = (iso: string) => new Date(iso);
const ctxFor = (organizationId: string) => ({ ...testCtx(database.db), organizationId });
const list = (query: SearchParamsInput, organizationId = brandId) =>
  listCampaigns(ctxFor(organizationId), parseCampaignListParams(query));
const titles = (rows: CampaignListRow[]) => rows.map((row) => row.title);

async function createCampaign(name: string, organizationId: string, values: Partial<NewCampaign>) {
  const [campaign] = await database.db
    .insert(campaigns)
    .values({ organizationId, title: name, status: 'active', ...values })
    .returning();
  ids[name] = campaign!.id;
  return campaign!;
}

async function addOffer(campaignId: string, organizationId: string, status: Offer['status']) {
  const creator = await createCreator(database.db);
  await database.db.insert(offers).values({ campaignId, organizationId, influencerId: creator.id, price: '100.00', status });
  return creator;
}

async function addPayment(campaignId: string, payerId: string, payeeId: string, amount: string, status: Payment['status']) {
  await database.db.insert(payments).values({ campaignId, payerId, payeeId, amount, status, currency: 'GBP' });
}

beforeAll(async () => {
  database = await createTestDatabase();
  brandId = (await createOrganizationWithMember(database.db)).organization.id;
  otherBrandId = (await createOrganizationWithMember(database.db)).organization.id;

  // The brand's organization is in Europe/London (the factory default): BST is UTC+1 in summer.
  const summer = await createCampaign('Summer sandals launch', brandId, {
    description: 'Beach-ready footwear',
    budgetMin: '100.00',
    budgetMax: '500.00',
    startDate: at('2026-06-01T09:00:00Z'),
    endDate: at('2026-07-01T09:00:00Z'),
    createdAt: at('2026-01-01T10:00:00Z'),
  });
  await createCampaign('Winter coats', brandId, {
    status: 'paused',
    budgetMax: '2000.00',
    startDate: at('2026-12-01T09:00:00Z'),
    createdAt: at('2026-01-02T10:00:00Z'),
  });
  await createCampaign('Spring skincare', brandId, {
    status: 'draft',
    brief: { key_messages: ['zeppelin-grade hydration'], tone: 'calm' },
    createdAt: at('2026-01-03T10:00:00Z'),
  });
  await createCampaign('Autumn boots', brandId, {
    status: 'completed',
    budgetMax: '500.00',
    startDate: at('2025-10-01T09:00:00Z'),
    endDate: at('2025-11-01T09:00:00Z'),
    createdAt: at('2026-01-04T10:00:00Z'),
  });
  // 23:30 UTC on 30 June is 00:30 on 1 July in London.
  await createCampaign('festival headphones', brandId, {
    description: 'Loud summer sound for every field',
    budgetMax: '750.00',
    startDate: at('2026-06-30T23:30:00Z'),
    createdAt: at('2026-01-05T10:00:00Z'),
  });
  await createCampaign('Summer sandals rival', otherBrandId, {
    brief: { key_messages: ['zeppelin'] },
    startDate: at('2026-06-01T09:00:00Z'),
    createdAt: at('2026-01-06T10:00:00Z'),
  });

  // Two offers and two spent payments on one campaign: a join would report 4 offers and double the spend.
  const accepted = await addOffer(summer.id, brandId, 'accepted');
  const pending = await addOffer(summer.id, brandId, 'pending');
  await addPayment(summer.id, brandId, accepted.id, '100.00', 'captured');
  await addPayment(summer.id, brandId, pending.id, '50.25', 'released');
  await addPayment(summer.id, brandId, pending.id, '999.00', 'failed');
  await addOffer(ids['Winter coats']!, brandId, 'completed');
  await addOffer(ids['Winter coats']!, brandId, 'rejected');
  await addOffer(ids['Winter coats']!, brandId, 'accepted');
  // Ties on accepted offers are broken by the total.
  await addOffer(ids['Autumn boots']!, brandId, 'rejected');
});

afterAll(async () => {
  await database?.close();
});

describe('listCampaigns', () => {
  it('lists the organization’s campaigns newest first with offers and spend counted once each', async () => {
    const result = await list({});

    expect(titles(result.rows)).toEqual([
      'festival headphones',
      'Autumn boots',
      'Spring skincare',
      'Winter coats',
      'Summer sandals launch',
    ]);
    expect(result).toMatchObject({ total: 5, page: 1, pageSize: 25, pageCount: 1, hasAnyCampaigns: true });
    expect(result.format).toEqual({ locale: 'en-GB', timeZone: 'Europe/London' });
    expect(result.rows.find((row) => row.title === 'Summer sandals launch')).toEqual({
      id: ids['Summer sandals launch'],
      title: 'Summer sandals launch',
      status: 'active',
      budgetMin: '100.00',
      budgetMax: '500.00',
      currency: 'GBP',
      startDate: at('2026-06-01T09:00:00Z'),
      endDate: at('2026-07-01T09:00:00Z'),
      createdAt: at('2026-01-01T10:00:00Z'),
      offersAccepted: 1,
      offersTotal: 2,
      spend: '150.25',
    });
    expect(result.rows.find((row) => row.title === 'Winter coats')).toMatchObject({
      offersAccepted: 2,
      offersTotal: 3,
      spend: '0.00',
    });
  });

  it('never shows another organization’s campaigns', async () => {
    const other = await list({}, otherBrandId);

    expect(titles(other.rows)).toEqual(['Summer sandals rival']);
    expect(titles((await list({ q: 'rival' })).rows)).toEqual([]);
    expect(titles((await list({ q: 'zeppelin' })).rows)).toEqual(['Spring skincare']);
  });

  it('filters by several statuses', async () => {
    const result = await list({ status: ['active', 'paused'] });

    expect(titles(result.rows).sort()).toEqual(['Summer sandals launch', 'Winter coats', 'festival headphones'].sort());
    expect(result.total).toBe(3);
    expect(titles((await list({ status: 'draft' })).rows)).toEqual(['Spring skincare']);
  });

  it('filters by start date, whole days in the organization’s time zone', async () => {
    const july = await list({ from: '2026-07-01', to: '2026-07-31' });
    const june = await list({ from: '2026-06-01', to: '2026-06-30' });

    expect(titles(july.rows)).toEqual(['festival headphones']);
    expect(titles(june.rows)).toEqual(['Summer sandals launch']);
    expect(titles((await list({ from: '2026-06-01' })).rows)).toEqual([
      'festival headphones',
      'Winter coats',
      'Summer sandals launch',
    ]);
    expect(titles((await list({ to: '2025-12-31' })).rows)).toEqual(['Autumn boots']);
  });

  it('searches title, description and brief, best match first', async () => {
    const summer = await list({ q: 'summer' });

    // A title match (weight A) outranks a description match (weight B).
    expect(titles(summer.rows)).toEqual(['Summer sandals launch', 'festival headphones']);
    expect(titles((await list({ q: 'zeppelin' })).rows)).toEqual(['Spring skincare']);
    expect(titles((await list({ q: 'summer -sandals' })).rows)).toEqual(['festival headphones']);
    expect((await list({ q: 'snowboard' })).total).toBe(0);
  });

  it('survives any search text', async () => {
    for (const q of ['"unterminated', 'or', '-', ':*&|!()', "'; drop table campaigns; --", 'the']) {
      const result = await list({ q });
      expect(result.rows.length).toBe(result.total);
    }
  });

  it('combines filters', async () => {
    const result = await list({ status: ['active', 'completed'], from: '2026-01-01', q: 'summer', sort: 'title' });

    expect(titles(result.rows)).toEqual(['festival headphones', 'Summer sandals launch']);
    expect(titles((await list({ status: 'paused', q: 'summer' })).rows)).toEqual([]);
  });

  // Ties are ordered by id, in the sort's direction.
  const tied = (dir: string, ...names: string[]) => names.sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1) * (dir === 'asc' ? 1 : -1));
  const [S, W, Sp, A, F] = ['Summer sandals launch', 'Winter coats', 'Spring skincare', 'Autumn boots', 'festival headphones'];

  it.each([
    ['title', 'asc', () => [A, F, Sp, S, W]],
    ['title', 'desc', () => [W, S, Sp, F, A]],
    ['status', 'asc', () => [...tied('asc', S!, F!), A, Sp, W]],
    ['status', 'desc', () => [W, Sp, A, ...tied('desc', S!, F!)]],
    ['start_date', 'asc', () => [A, S, F, W, Sp]],
    ['start_date', 'desc', () => [W, F, S, A, Sp]],
    ['end_date', 'asc', () => [A, S, ...tied('asc', W!, Sp!, F!)]],
    ['end_date', 'desc', () => [S, A, ...tied('desc', W!, Sp!, F!)]],
    ['budget_max', 'asc', () => [...tied('asc', S!, A!), F, W, Sp]],
    ['budget_max', 'desc', () => [W, F, ...tied('desc', S!, A!), Sp]],
    ['created_at', 'asc', () => [S, W, Sp, A, F]],
    ['created_at', 'desc', () => [F, A, Sp, W, S]],
    ['offers', 'asc', () => [...tied('asc', Sp!, F!), A, S, W]],
    ['offers', 'desc', () => [W, S, A, ...tied('desc', Sp!, F!)]],
    ['spend', 'asc', () => [...tied('asc', W!, Sp!, A!, F!), S]],
    ['spend', 'desc', () => [S, ...tied('desc', W!, Sp!, A!, F!)]],
  ])('sorts by %s %s (empty values last, ties by id)', async (sort, dir, expected) => {
    expect(titles((await list({ sort, dir })).rows)).toEqual(expected());
  });

  it('tells an empty organization apart from filters that match nothing', async () => {
    const empty = await createOrganizationWithMember(database.db);

    expect(await list({}, empty.organization.id)).toMatchObject({ rows: [], total: 0, pageCount: 1, hasAnyCampaigns: false });
    expect(await list({ q: 'snowboard' })).toMatchObject({ rows: [], total: 0, hasAnyCampaigns: true });
  });

  it('falls back to defaults for bad parameters instead of failing', async () => {
    const result = await list({ sort: 'password', dir: 'sideways', page: 'two', size: '7', status: 'bogus', from: '2026-02-30' });

    expect(result).toMatchObject({ total: 5, page: 1, pageSize: 25 });
    expect(titles(result.rows)[0]).toBe('festival headphones');
  });
});

describe('pagination', () => {
  let pagedId: string;

  beforeAll(async () => {
    pagedId = (await createOrganizationWithMember(database.db)).organization.id;
    await database.db.insert(campaigns).values(
      Array.from({ length: 23 }, (_, index) => ({
        organizationId: pagedId,
        title: `Paged ${String(index).padStart(2, '0')}`,
        createdAt: at('2026-03-01T00:00:00Z'),
      })),
    );
  });

  it('pages through every row exactly once, with totals', async () => {
    const pages = await Promise.all(['1', '2', '3'].map((page) => list({ page, size: '10', sort: 'title' }, pagedId)));

    expect(pages.map((page) => page.rows.length)).toEqual([10, 10, 3]);
    expect(pages.map((page) => [page.total, page.pageCount])).toEqual([
      [23, 3],
      [23, 3],
      [23, 3],
    ]);
    expect(pages.flatMap((page) => titles(page.rows))).toEqual(
      Array.from({ length: 23 }, (_, i) => `Paged ${String(i).padStart(2, '0')}`),
    );
  });

  it('keeps a stable order across pages when every sort value is equal', async () => {
    const pages = await Promise.all(['1', '2', '3'].map((page) => list({ page, size: '10' }, pagedId)));
    const seen = pages.flatMap((page) => page.rows.map((row) => row.id));

    expect(new Set(seen).size).toBe(23);
    expect(seen).toEqual([...seen].sort().reverse());
  });

  it('shows the last page for a page past the end', async () => {
    const result = await list({ page: '99', size: '10' }, pagedId);

    expect(result).toMatchObject({ page: 3, pageCount: 3, total: 23 });
    expect(result.rows).toHaveLength(3);
  });
});

describe('forEachCampaignPage', () => {
  it('hands over every matching row in the list order, in pages of 1,000', async () => {
    const bulk = (await createOrganizationWithMember(database.db)).organization.id;
    await database.db.execute(sql`
      insert into campaigns (organization_id, title, status, created_at)
      select ${bulk}, 'Bulk ' || lpad(g::text, 4, '0'), case when g % 2 = 0 then 'active' else 'draft' end,
        timestamptz '2026-01-01' + g * interval '1 minute'
      from generate_series(1, 2345) g`);
    const params = parseCampaignListParams({ status: 'active', sort: 'title', dir: 'desc' });
    const pageSizes: number[] = [];
    const exported: string[] = [];

    await forEachCampaignPage(ctxFor(bulk), params, async (rows) => {
      pageSizes.push(rows.length);
      exported.push(...titles(rows));
    });

    expect(exportPageSize).toBe(1000);
    expect(pageSizes).toEqual([1000, 172]);
    expect(exported[0]).toBe('Bulk 2344');
    expect(exported.at(-1)).toBe('Bulk 0002');
    expect(new Set(exported).size).toBe(1172);
    expect(titles((await list({ status: 'active', sort: 'title', dir: 'desc', size: '100', page: '2' }, bulk)).rows)).toEqual(
      exported.slice(100, 200),
    );
  });

  it('exports nothing of another organization', async () => {
    const exported: string[] = [];
    await forEachCampaignPage(ctxFor(brandId), parseCampaignListParams({ q: 'zeppelin' }), async (rows) => {
      exported.push(...titles(rows));
    });

    expect(exported).toEqual(['Spring skincare']);
  });
});
