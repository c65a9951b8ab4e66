import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { influencerStatsHistory, profiles, type AudienceDemographics, type NewProfile } from '@/db/schema';
import { createUser, testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { searchCreators } from './search';
import { parseCreatorSearchParams, type SearchParamsInput } from './search-params';

let database: TestDatabase;

interface Stats {
  followers?: number;
  engagementRate?: string;
  authenticityScore?: string;
  fakeFollowerRiskScore?: string;
}

const demographics = (female: number, age1824: number, locations: string[]): AudienceDemographics => ({
  gender: { female, male: 98 - female, other: 2 },
  age_groups: { '13-17': 5, '18-24': age1824, '25-34': 95 - age1824 },
  locations,
});

async function creator(
  displayName: string,
  profile: Partial<NewProfile>,
  stats: Partial<Record<'instagram' | 'tiktok', Stats>>,
  status: 'active' | 'suspended' | 'deleted' = 'active',
) {
  const user = await createUser(database.db, { role: 'influencer', status });
  await database.db.insert(profiles).values({
    userId: user.id,
    displayName,
    country: 'GB',
    audienceDemographics: demographics(50, 30, ['GB']),
    handles: { instagram: { username: `${displayName.toLowerCase().replaceAll(' ', '_')}_ig` } },
    ...profile,
  });
  for (const [platform, values] of Object.entries(stats)) {
    await database.db.insert(influencerStatsHistory).values({
      userId: user.id,
      platform: platform as 'instagram' | 'tiktok',
      followers: 10_000,
      engagementRate: '3.00',
      authenticityScore: '0.80',
      fakeFollowerRiskScore: '10.00',
      ...values,
    });
  }
  return user;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await creator('Alice Baker', { bio: 'sourdough and pastry' }, { instagram: { followers: 50_000, engagementRate: '4.50' } });
  await creator(
    'Bob Runner',
    { country: 'US', bio: 'marathon training' },
    { tiktok: { followers: 2_000, engagementRate: '8.00' } },
  );
  await creator(
    'Cara Style',
    { country: 'FR', audienceDemographics: demographics(80, 60, ['FR', 'GB']) },
    { instagram: { followers: 120_000, authenticityScore: '0.95', fakeFollowerRiskScore: '2.00' } },
  );
  await creator(
    'Dan Gamer',
    { audienceDemographics: demographics(10, 20, ['US']) },
    { instagram: { followers: 800, authenticityScore: '0.40', fakeFollowerRiskScore: '70.00' }, tiktok: { followers: 300_000 } },
  );
  await creator('Eve Suspended', { bio: 'pastry' }, { instagram: { followers: 60_000 } }, 'suspended');
  await creator('Finn Deleted', { bio: 'pastry' }, { instagram: { followers: 70_000 } }, 'deleted');
  // A brand user with a profile is not a creator.
  const brandUser = await createUser(database.db, { role: 'brand_member' });
  await database.db.insert(profiles).values({ userId: brandUser.id, displayName: 'Gina Brand', bio: 'pastry' });
});
afterAll(() => database.close());

const search = async (query: SearchParamsInput) =>
  (await searchCreators(testCtx(database.db), parseCreatorSearchParams(query))).rows.map((row) => row.displayName);

describe('searchCreators', () => {
  it('lists active creators only, largest platform first by default', async () => {
    const result = await searchCreators(testCtx(database.db), parseCreatorSearchParams({}));
    expect(result.rows.map((row) => row.displayName)).toEqual(['Dan Gamer', 'Cara Style', 'Alice Baker', 'Bob Runner']);
    expect(result.total).toBe(4);
    expect(result.rows[0]).toMatchObject({ platform: 'tiktok', followers: 300_000 });
    expect(result.rows[2]).toMatchObject({ handle: 'alice_baker_ig', engagementRate: '4.50', authenticityScore: '0.80' });
  });

  it('never shows suspended or deleted creators, even when they match the text', async () => {
    expect(await search({ q: 'pastry' })).toEqual(['Alice Baker']);
  });

  it('filters by platform, using that platform’s stats', async () => {
    expect(await search({ platform: 'tiktok' })).toEqual(['Dan Gamer', 'Bob Runner']);
    expect(await search({ platform: 'instagram', sort: 'followers', dir: 'asc' })).toEqual([
      'Dan Gamer',
      'Alice Baker',
      'Cara Style',
    ]);
  });

  it('filters by follower range on the same platform row', async () => {
    expect(await search({ minFollowers: '40000', maxFollowers: '150000' })).toEqual(['Cara Style', 'Alice Baker']);
    expect(await search({ platform: 'instagram', maxFollowers: '1000' })).toEqual(['Dan Gamer']);
  });

  it('filters by engagement-rate range', async () => {
    expect(await search({ minEngagement: '4' })).toEqual(['Alice Baker', 'Bob Runner']);
    expect(await search({ minEngagement: '4', maxEngagement: '5' })).toEqual(['Alice Baker']);
  });

  it('filters by creator country and audience location', async () => {
    expect(await search({ country: 'us' })).toEqual(['Bob Runner']);
    expect(await search({ audienceLocation: 'FR' })).toEqual(['Cara Style']);
    expect(await search({ audienceLocation: 'US' })).toEqual(['Dan Gamer']);
  });

  it('filters by female share and by age-group share', async () => {
    expect(await search({ minFemaleShare: '70' })).toEqual(['Cara Style']);
    expect(await search({ ageGroup: '18-24', minAgeGroupShare: '50' })).toEqual(['Cara Style']);
    expect(await search({ ageGroup: '18-24', minAgeGroupShare: '25' })).toEqual(['Cara Style', 'Alice Baker', 'Bob Runner']);
  });

  it('filters by authenticity minimum and fake-follower risk maximum', async () => {
    expect(await search({ minAuthenticity: '0.9' })).toEqual(['Cara Style']);
    expect(await search({ platform: 'instagram', maxRiskScore: '50' })).toEqual(['Cara Style', 'Alice Baker']);
    // Dan's tiktok stats (default risk 10) match on that platform.
    expect(await search({ maxRiskScore: '50', minFollowers: '200000' })).toEqual(['Dan Gamer']);
  });

  it('searches display names and bios', async () => {
    expect(await search({ q: 'marathon' })).toEqual(['Bob Runner']);
    expect(await search({ q: 'cara' })).toEqual(['Cara Style']);
  });

  it('sorts by name and engagement, and falls back per value on bad input', async () => {
    expect(await search({ sort: 'name' })).toEqual(['Alice Baker', 'Bob Runner', 'Cara Style', 'Dan Gamer']);
    expect((await search({ sort: 'engagement' }))[0]).toBe('Bob Runner');
    expect(await search({ minFollowers: 'lots', country: 'Britain', platform: 'myspace', sort: 'name' })).toEqual([
      'Alice Baker',
      'Bob Runner',
      'Cara Style',
      'Dan Gamer',
    ]);
  });

  it('pages on the server and shows the last page for a page past the end', async () => {
    const result = await searchCreators(testCtx(database.db), parseCreatorSearchParams({ page: '9' }));
    expect(result).toMatchObject({ page: 1, pageCount: 1, total: 4 });
    expect(result.rows).toHaveLength(4);
  });
});
