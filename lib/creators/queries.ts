import { desc, eq } from 'drizzle-orm';
import { influencerStatsHistory, profiles } from '@/db/schema';
import type { ActorCtx } from '@/lib/context';

export async function getOwnProfile(ctx: ActorCtx) {
  const [profile] = await ctx.db
    .select({
      displayName: profiles.displayName,
      bio: profiles.bio,
      avatarUrl: profiles.avatarUrl,
      country: profiles.country,
      timezone: profiles.timezone,
      handles: profiles.handles,
      audienceDemographics: profiles.audienceDemographics,
    })
    .from(profiles)
    .where(eq(profiles.userId, ctx.actor.userId))
    .limit(1);
  return profile ?? null;
}

export type OwnProfile = NonNullable<Awaited<ReturnType<typeof getOwnProfile>>>;

/** The creator's most recent snapshots, newest first, in one round trip. */
export async function listOwnStats(ctx: ActorCtx, limit = 50) {
  return ctx.db
    .select({
      id: influencerStatsHistory.id,
      platform: influencerStatsHistory.platform,
      followers: influencerStatsHistory.followers,
      following: influencerStatsHistory.following,
      posts: influencerStatsHistory.posts,
      engagementRate: influencerStatsHistory.engagementRate,
      averageLikes: influencerStatsHistory.averageLikes,
      averageComments: influencerStatsHistory.averageComments,
      reach: influencerStatsHistory.reach,
      impressions: influencerStatsHistory.impressions,
      snapshotAt: influencerStatsHistory.snapshotAt,
      dataSource: influencerStatsHistory.dataSource,
    })
    .from(influencerStatsHistory)
    .where(eq(influencerStatsHistory.userId, ctx.actor.userId))
    .orderBy(desc(influencerStatsHistory.snapshotAt))
    .limit(limit);
}

export type OwnStatsRow = Awaited<ReturnType<typeof listOwnStats>>[number];

/** The newest snapshot of each platform, however old. */
export async function listLatestStats(ctx: ActorCtx) {
  return ctx.db
    .selectDistinctOn([influencerStatsHistory.platform], {
      platform: influencerStatsHistory.platform,
      followers: influencerStatsHistory.followers,
      engagementRate: influencerStatsHistory.engagementRate,
      reach: influencerStatsHistory.reach,
      snapshotAt: influencerStatsHistory.snapshotAt,
    })
    .from(influencerStatsHistory)
    .where(eq(influencerStatsHistory.userId, ctx.actor.userId))
    .orderBy(influencerStatsHistory.platform, desc(influencerStatsHistory.snapshotAt));
}
