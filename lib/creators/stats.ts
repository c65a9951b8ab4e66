import { influencerStatsHistory, type StatsDataSource } from '@/db/schema';
import { snapshotDataHash, snapshotHashFields } from '@/db/seed/snapshot-hash';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction, type ActorCtx } from '@/lib/context';
import type { StatsSnapshotInput } from './schemas';

export interface SnapshotSource {
  /** 'platform_api' when the numbers come from a connected account rather than the creator. */
  dataSource: StatsDataSource;
  auditAction: string;
}

const userSubmitted: SnapshotSource = { dataSource: 'user_submitted', auditAction: 'submit_stats' };

/** Snapshots are never updated: each submission is a new row whose hash lets anyone check it was not altered. */
export async function submitStatsSnapshot(
  ctx: ActorCtx,
  input: StatsSnapshotInput,
  source: SnapshotSource = userSubmitted,
): Promise<{ id: string; dataHash: string }> {
  const values = {
    userId: ctx.actor.userId,
    platform: input.platform,
    followers: input.followers,
    following: input.following ?? null,
    posts: input.posts ?? null,
    engagementRate: input.engagementRate ?? null,
    averageLikes: input.averageLikes ?? null,
    averageComments: input.averageComments ?? null,
    reach: input.reach ?? null,
    impressions: input.impressions ?? null,
    // Not assessed yet: the column's default ('low') would claim an assessment nobody made.
    fakeFollowerRisk: null,
    dataSource: source.dataSource,
    snapshotAt: new Date(),
  };
  const dataHash = snapshotDataHash(snapshotHashFields(values));
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(influencerStatsHistory)
      .values({ ...values, dataHash })
      .returning({ id: influencerStatsHistory.id });
    await recordAudit(tx, {
      action: source.auditAction,
      resourceType: 'influencer_stats',
      resourceId: row!.id,
      metadata: {
        platform: input.platform,
        dataHash,
        ...(source.dataSource === 'user_submitted' ? {} : { dataSource: source.dataSource }),
      },
    });
    return { id: row!.id, dataHash };
  });
}
