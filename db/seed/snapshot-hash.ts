import { createHash } from 'node:crypto';
import type { NewInfluencerStatsSnapshot } from '@/db/schema';

/** The snapshot fields a data_hash covers; decimals are their exact text, timestamps ISO-8601 UTC. */
export interface SnapshotHashFields {
  user_id: string;
  platform: string;
  followers: number | null;
  following: number | null;
  posts: number | null;
  engagement_rate: string | null;
  engagement_count: number | null;
  average_likes: number | null;
  average_comments: number | null;
  reach: number | null;
  impressions: number | null;
  audience_growth: string | null;
  authenticity_score: string | null;
  fake_follower_risk: string | null;
  fake_follower_risk_score: string | null;
  snapshot_at: string;
  data_source: string | null;
}

/** Code-point order, which is also the order the scale seed's SQL writes them in. */
export const snapshotHashKeys = (
  [
    'user_id',
    'platform',
    'followers',
    'following',
    'posts',
    'engagement_rate',
    'engagement_count',
    'average_likes',
    'average_comments',
    'reach',
    'impressions',
    'audience_growth',
    'authenticity_score',
    'fake_follower_risk',
    'fake_follower_risk_score',
    'snapshot_at',
    'data_source',
  ] as const satisfies readonly (keyof SnapshotHashFields)[]
).toSorted((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** Keys sorted, no whitespace: the same snapshot always serialises to the same bytes. */
export function canonicalSnapshotJson(fields: SnapshotHashFields): string {
  return `{${snapshotHashKeys.map((key) => `${JSON.stringify(key)}:${JSON.stringify(fields[key])}`).join(',')}}`;
}

export function snapshotDataHash(fields: SnapshotHashFields): string {
  return createHash('sha256').update(canonicalSnapshotJson(fields)).digest('hex');
}

type SnapshotValues = Omit<NewInfluencerStatsSnapshot, 'snapshotAt'> & { snapshotAt: Date };

export function snapshotHashFields(row: SnapshotValues): SnapshotHashFields {
  return {
    user_id: row.userId,
    platform: row.platform,
    followers: row.followers ?? null,
    following: row.following ?? null,
    posts: row.posts ?? null,
    engagement_rate: row.engagementRate ?? null,
    engagement_count: row.engagementCount ?? null,
    average_likes: row.averageLikes ?? null,
    average_comments: row.averageComments ?? null,
    reach: row.reach ?? null,
    impressions: row.impressions ?? null,
    audience_growth: row.audienceGrowth ?? null,
    authenticity_score: row.authenticityScore ?? null,
    fake_follower_risk: row.fakeFollowerRisk ?? null,
    fake_follower_risk_score: row.fakeFollowerRiskScore ?? null,
    snapshot_at: row.snapshotAt.toISOString(),
    data_source: row.dataSource ?? null,
  };
}
