import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  influencerStatsHistory,
  profiles,
  type ContractStatus,
  type NewInfluencerStatsSnapshot,
  type UserStatus,
} from '@/db/schema';
import { createCreator, createOrganizationWithMember, createUser, testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { getPublicCreatorProfile, maxTrendPointsPerPlatform, platformProfileUrl } from './public-profile';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const ctx = () => testCtx(database.db);
const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);

const snapshot = (
  userId: string,
  followers: number,
  at: Date,
  extra: Partial<NewInfluencerStatsSnapshot> = {},
): NewInfluencerStatsSnapshot => ({
  userId,
  platform: 'instagram',
  followers,
  engagementRate: '3.10',
  authenticityScore: '0.90',
  fakeFollowerRisk: 'low',
  fakeFollowerRiskScore: '5.00',
  dataSource: 'user_submitted',
  snapshotAt: at,
  ...extra,
});

/** Explicit-column SQL, so these fixtures do not depend on campaign/contract columns this page never reads. */
async function contract(creatorId: string, status: ContractStatus, title: string, updatedAt = new Date()) {
  const { organization } = await createOrganizationWithMember(database.db);
  await database.db.execute(sql`
    with campaign as (
      insert into campaigns (organization_id, title) values (${organization.id}, ${title}) returning id
    ), offer as (
      insert into offers (campaign_id, influencer_id, organization_id, price, status)
      select id, ${creatorId}, ${organization.id}, 500.00, 'completed' from campaign returning id, campaign_id
    )
    insert into contracts (campaign_id, offer_id, influencer_id, organization_id, status, content, updated_at)
    select campaign_id, id, ${creatorId}, ${organization.id}, ${status}, '{}'::jsonb, ${updatedAt.toISOString()}::timestamptz
    from offer`);
  return organization;
}

describe('getPublicCreatorProfile', () => {
  it('returns the profile basics, handles with profile links and validated demographics', async () => {
    const creator = await createCreator(database.db, 'Mina Park');
    await database.db
      .update(profiles)
      .set({
        bio: 'Ceramics and slow living',
        country: 'KR',
        handles: { instagram: { username: 'mina.makes', followers: 12_000, verified: true }, tiktok: { username: 'mina' } },
        audienceDemographics: { age_groups: { '18-24': 60, '25-34': 40 }, gender: { female: 70, male: 30 }, locations: ['KR'] },
      })
      .where(eq(profiles.userId, creator.id));

    const profile = await getPublicCreatorProfile(ctx(), creator.id);

    expect(profile).toMatchObject({ id: creator.id, displayName: 'Mina Park', bio: 'Ceramics and slow living', country: 'KR' });
    expect(profile!.handles).toEqual([
      {
        platform: 'instagram',
        username: 'mina.makes',
        followers: 12_000,
        verified: true,
        url: 'https://www.instagram.com/mina.makes/',
      },
      { platform: 'tiktok', username: 'mina', followers: null, verified: false, url: 'https://www.tiktok.com/@mina' },
    ]);
    expect(profile!.demographics).toEqual({
      age_groups: { '18-24': 60, '25-34': 40 },
      gender: { female: 70, male: 30 },
      locations: ['KR'],
    });
    expect(profile!.latestStats).toEqual([]);
    expect(profile!.trends).toEqual([]);
    expect(profile!.completedCampaigns).toEqual([]);
  });

  it('shows the latest snapshot per platform, not an older or back-filled one', async () => {
    const creator = await createCreator(database.db);
    await database.db.insert(influencerStatsHistory).values(snapshot(creator.id, 1_000, daysAgo(30)));
    await database.db
      .insert(influencerStatsHistory)
      .values(snapshot(creator.id, 1_500, daysAgo(2), { engagementRate: '4.25', dataSource: 'platform_api' }));
    await database.db.insert(influencerStatsHistory).values(snapshot(creator.id, 900, daysAgo(60)));
    await database.db
      .insert(influencerStatsHistory)
      .values(snapshot(creator.id, 80_000, daysAgo(10), { platform: 'tiktok', fakeFollowerRisk: 'medium' }));

    const profile = await getPublicCreatorProfile(ctx(), creator.id);

    expect(profile!.latestStats).toEqual([
      expect.objectContaining({ platform: 'tiktok', followers: 80_000, fakeFollowerRisk: 'medium' }),
      expect.objectContaining({
        platform: 'instagram',
        followers: 1_500,
        engagementRate: '4.25',
        authenticityScore: '0.90',
        fakeFollowerRiskScore: '5.00',
        dataSource: 'platform_api',
        snapshotAt: daysAgoMatcher(2),
      }),
    ]);
  });

  it('gives each platform a trend of the last 12 months, oldest first, bounded per platform', async () => {
    const creator = await createCreator(database.db);
    await database.db
      .insert(influencerStatsHistory)
      .values([
        snapshot(creator.id, 100, daysAgo(400)),
        snapshot(creator.id, 300, daysAgo(10), { engagementRate: '2.50' }),
        snapshot(creator.id, 200, daysAgo(300)),
        snapshot(creator.id, 50, daysAgo(5), { platform: 'youtube' }),
      ]);

    const profile = await getPublicCreatorProfile(ctx(), creator.id);

    expect(profile!.trends.map((trend) => trend.platform)).toEqual(['instagram', 'youtube']);
    const instagram = profile!.trends[0]!.points;
    expect(instagram.map((point) => point.followers)).toEqual([200, 300]);
    expect(instagram[1]).toMatchObject({ engagementRate: '2.50' });
    expect(instagram[0]!.snapshotAt).toBeInstanceOf(Date);
  });

  it('keeps only the newest points when a platform has more snapshots than the bound', async () => {
    const creator = await createCreator(database.db);
    const count = maxTrendPointsPerPlatform + 5;
    const hourly = Array.from({ length: count }, (_, index) =>
      snapshot(creator.id, index, new Date(Date.now() - (count - index) * 60 * 60 * 1000)),
    );
    await database.db.insert(influencerStatsHistory).values(hourly);

    const profile = await getPublicCreatorProfile(ctx(), creator.id);

    const followers = profile!.trends[0]!.points.map((point) => point.followers);
    expect(followers).toHaveLength(maxTrendPointsPerPlatform);
    expect(followers[0]).toBe(5);
    expect(followers.at(-1)).toBe(count - 1);
  });

  it('lists only completed contracts, newest first, with campaign title and brand name', async () => {
    const creator = await createCreator(database.db);
    const older = await contract(creator.id, 'completed', 'Spring launch', daysAgo(90));
    const newer = await contract(creator.id, 'completed', 'Summer drop', daysAgo(3));
    for (const status of ['pending', 'signed', 'active', 'disputed', 'terminated'] as const)
      await contract(creator.id, status, `Not done ${status}`);
    const someoneElse = await createCreator(database.db);
    await contract(someoneElse.id, 'completed', 'Another creator');

    const profile = await getPublicCreatorProfile(ctx(), creator.id);

    expect(profile!.completedCampaigns).toEqual([
      expect.objectContaining({ campaignTitle: 'Summer drop', brandName: newer.name, completedAt: daysAgoMatcher(3) }),
      expect.objectContaining({ campaignTitle: 'Spring launch', brandName: older.name, completedAt: daysAgoMatcher(90) }),
    ]);
  });

  it.each<UserStatus>(['suspended', 'deleted'])('returns null for a %s creator', async (status) => {
    const user = await createUser(database.db, { role: 'influencer', status });
    await database.db.insert(profiles).values({ userId: user.id, displayName: 'Hidden' });
    expect(await getPublicCreatorProfile(ctx(), user.id)).toBeNull();
  });

  it('returns null for a user who is not an influencer, a creator without a profile, an unknown id or a non-uuid', async () => {
    const { user: brandUser } = await createOrganizationWithMember(database.db);
    await database.db.insert(profiles).values({ userId: brandUser.id, displayName: 'Brand person' });
    const noProfile = await createUser(database.db, { role: 'influencer' });

    expect(await getPublicCreatorProfile(ctx(), brandUser.id)).toBeNull();
    expect(await getPublicCreatorProfile(ctx(), noProfile.id)).toBeNull();
    expect(await getPublicCreatorProfile(ctx(), crypto.randomUUID())).toBeNull();
    expect(await getPublicCreatorProfile(ctx(), 'not-a-uuid')).toBeNull();
  });

  it('reads malformed stored JSON as not reported instead of failing', async () => {
    const creator = await createCreator(database.db);
    await database.db
      .update(profiles)
      .set({
        handles: { instagram: { username: '' } },
        audienceDemographics: { age_groups: { '18-24': -5 }, locations: 'GB' } as never,
      })
      .where(eq(profiles.userId, creator.id));
    const profile = await getPublicCreatorProfile(ctx(), creator.id);
    expect(profile).toMatchObject({ handles: [], demographics: null });
  });
});

describe('platformProfileUrl', () => {
  it('links each platform and escapes the username', () => {
    expect(platformProfileUrl('youtube', '@chef')).toBe('https://www.youtube.com/@chef');
    expect(platformProfileUrl('twitter', 'a b')).toBe('https://x.com/a%20b');
  });
});

function daysAgoMatcher(days: number) {
  const expected = daysAgo(days).getTime();
  return expect.toSatisfy((value: Date) => Math.abs(value.getTime() - expected) < 60_000);
}
