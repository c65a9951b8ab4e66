import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  campaigns,
  contracts,
  creatorCurrentStats,
  influencerStatsHistory,
  organizations,
  platforms,
  profiles,
  users,
  type AudienceDemographics,
  type FakeFollowerRisk,
  type Platform,
  type StatsDataSource,
} from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { profileHandlesSchema } from './schemas';

/** Trend points kept per platform: daily snapshots for a year fit, a flood of imports does not. */
export const maxTrendPointsPerPlatform = 400;
export const maxCompletedCampaigns = 50;

export interface PublicHandle {
  platform: Platform;
  username: string;
  followers: number | null;
  verified: boolean;
  url: string;
}

export interface PublicLatestStats {
  platform: Platform;
  followers: number | null;
  /** Decimal strings as stored: engagement in %, authenticity 0-1, risk score 0-100. */
  engagementRate: string | null;
  authenticityScore: string | null;
  fakeFollowerRisk: FakeFollowerRisk | null;
  fakeFollowerRiskScore: string | null;
  snapshotAt: Date;
  dataSource: StatsDataSource | null;
}

export interface TrendPoint {
  snapshotAt: Date;
  followers: number | null;
  engagementRate: string | null;
}

export interface PlatformTrend {
  platform: Platform;
  /** Oldest first. */
  points: TrendPoint[];
}

export interface CompletedCampaign {
  contractId: string;
  campaignTitle: string;
  brandName: string;
  completedAt: Date;
}

export interface PublicCreatorProfile {
  id: string;
  displayName: string | null;
  bio: string | null;
  avatarUrl: string | null;
  country: string | null;
  handles: PublicHandle[];
  latestStats: PublicLatestStats[];
  demographics: AudienceDemographics | null;
  trends: PlatformTrend[];
  completedCampaigns: CompletedCampaign[];
}

const profileUrls: Record<Platform, (username: string) => string> = {
  instagram: (username) => `https://www.instagram.com/${username}/`,
  tiktok: (username) => `https://www.tiktok.com/@${username}`,
  youtube: (username) => `https://www.youtube.com/@${username}`,
  twitter: (username) => `https://x.com/${username}`,
};

export function platformProfileUrl(platform: Platform, username: string): string {
  return profileUrls[platform](encodeURIComponent(username.replace(/^@/, '')));
}

const share = z.number().min(0).max(100);
const demographicsSchema = z.object({
  age_groups: z.record(z.string(), share).optional(),
  gender: z.record(z.string(), share).optional(),
  locations: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
});

/** Stored JSON is read defensively: anything malformed shows as "not reported" rather than breaking the page. */
function readDemographics(value: unknown): AudienceDemographics | null {
  const parsed = demographicsSchema.safeParse(value);
  if (!parsed.success) return null;
  const { age_groups, gender, locations } = parsed.data;
  const present = Boolean(
    (age_groups && Object.keys(age_groups).length) || (gender && Object.keys(gender).length) || locations?.length,
  );
  return present ? parsed.data : null;
}

function readHandles(value: unknown): PublicHandle[] {
  const parsed = profileHandlesSchema.safeParse(value ?? {});
  if (!parsed.success) return [];
  return platforms.flatMap((platform) => {
    const handle = parsed.data[platform];
    if (!handle) return [];
    return [
      {
        platform,
        username: handle.username,
        followers: handle.followers ?? null,
        verified: handle.verified ?? false,
        url: platformProfileUrl(platform, handle.username),
      },
    ];
  });
}

function latestStats(ctx: Ctx, creatorId: string) {
  return ctx.db
    .select({
      platform: creatorCurrentStats.platform,
      followers: creatorCurrentStats.followers,
      engagementRate: creatorCurrentStats.engagementRate,
      authenticityScore: creatorCurrentStats.authenticityScore,
      fakeFollowerRisk: creatorCurrentStats.fakeFollowerRisk,
      fakeFollowerRiskScore: creatorCurrentStats.fakeFollowerRiskScore,
      snapshotAt: creatorCurrentStats.snapshotAt,
      dataSource: influencerStatsHistory.dataSource,
    })
    .from(creatorCurrentStats)
    .innerJoin(influencerStatsHistory, eq(influencerStatsHistory.id, creatorCurrentStats.snapshotId))
    .where(eq(creatorCurrentStats.userId, creatorId))
    .orderBy(desc(creatorCurrentStats.followers), asc(creatorCurrentStats.platform));
}

/** The last 12 months of snapshots, at most the newest maxTrendPointsPerPlatform per platform, in one statement. */
async function trends(ctx: Ctx, creatorId: string): Promise<PlatformTrend[]> {
  const ranked = ctx.db
    .select({
      platform: influencerStatsHistory.platform,
      snapshotAt: influencerStatsHistory.snapshotAt,
      followers: influencerStatsHistory.followers,
      engagementRate: influencerStatsHistory.engagementRate,
      rank: sql<number>`row_number() over (partition by ${influencerStatsHistory.platform} order by ${influencerStatsHistory.snapshotAt} desc)`.as(
        'rank',
      ),
    })
    .from(influencerStatsHistory)
    .where(
      and(
        eq(influencerStatsHistory.userId, creatorId),
        gte(influencerStatsHistory.snapshotAt, sql`now() - interval '12 months'`),
      ),
    )
    .as('ranked');
  const rows = await ctx.db
    .select({
      platform: ranked.platform,
      snapshotAt: ranked.snapshotAt,
      followers: ranked.followers,
      engagementRate: ranked.engagementRate,
    })
    .from(ranked)
    .where(lte(ranked.rank, maxTrendPointsPerPlatform))
    .orderBy(asc(ranked.platform), asc(ranked.snapshotAt));
  const byPlatform = new Map<Platform, TrendPoint[]>();
  for (const { platform, ...point } of rows) {
    const points = byPlatform.get(platform) ?? [];
    points.push(point);
    byPlatform.set(platform, points);
  }
  return platforms.flatMap((platform) => {
    const points = byPlatform.get(platform);
    return points ? [{ platform, points }] : [];
  });
}

function completedCampaigns(ctx: Ctx, creatorId: string): Promise<CompletedCampaign[]> {
  // Contracts completed before completed_at existed fall back to their last update, which was their completion.
  const completedAt = sql<Date>`coalesce(${contracts.completedAt}, ${contracts.updatedAt})`.mapWith(contracts.updatedAt);
  return ctx.db
    .select({
      contractId: contracts.id,
      campaignTitle: campaigns.title,
      brandName: organizations.name,
      completedAt,
    })
    .from(contracts)
    .innerJoin(campaigns, eq(campaigns.id, contracts.campaignId))
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
    .where(and(eq(contracts.influencerId, creatorId), eq(contracts.status, 'completed')))
    .orderBy(desc(completedAt), desc(contracts.id))
    .limit(maxCompletedCampaigns);
}

/** What a brand sees of a creator; null for anyone who is not an active influencer (or an id that is not a uuid). */
export async function getPublicCreatorProfile(ctx: Ctx, creatorId: string): Promise<PublicCreatorProfile | null> {
  if (!z.uuid().safeParse(creatorId).success) return null;
  const [profile] = await ctx.db
    .select({
      id: users.id,
      displayName: profiles.displayName,
      bio: profiles.bio,
      avatarUrl: profiles.avatarUrl,
      country: profiles.country,
      handles: profiles.handles,
      audienceDemographics: profiles.audienceDemographics,
    })
    .from(users)
    .innerJoin(profiles, eq(profiles.userId, users.id))
    .where(and(eq(users.id, creatorId), eq(users.role, 'influencer'), eq(users.status, 'active')))
    .limit(1);
  if (!profile) return null;
  const [latest, trendSeries, completed] = await Promise.all([
    latestStats(ctx, creatorId),
    trends(ctx, creatorId),
    completedCampaigns(ctx, creatorId),
  ]);
  return {
    id: profile.id,
    displayName: profile.displayName,
    bio: profile.bio,
    avatarUrl: profile.avatarUrl,
    country: profile.country,
    handles: readHandles(profile.handles),
    latestStats: latest,
    demographics: readDemographics(profile.audienceDemographics),
    trends: trendSeries,
    completedCampaigns: completed,
  };
}
