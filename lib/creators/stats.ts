import { influencerStatsHistory } from '@/db/schema';
import { snapshotDataHash, snapshotHashFields } from '@/db/seed/snapshot-hash';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction, type ActorCtx } from '@/lib/context';
import type { StatsSnapshotInput } from './schemas';

/** Snapshots are never updated: each submission is a new row whose hash lets anyone check it was not altered. */
export async function submitStatsSnapshot(ctx: ActorCtx, input: StatsSnapshotInput): Promise<{ id: string }> {
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
    dataSource: 'user_submitted' as const,
    snapshotAt: new Date(),
  };
  const dataHash = snapshotDataHash(snapshotHashFields(values));
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(influencerStatsHistory)
      .values({ ...values, dataHash })
      .returning({ id: influencerStatsHistory.id });
    await recordAudit(tx, {
      action: 'submit_stats',
      resourceType: 'influencer_stats',
      resourceId: row!.id,
      metadata: { platform: input.platform, dataHash },
    });
    return row!;
  });
}
