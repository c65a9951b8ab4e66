import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creatorCurrentStats, influencerStatsHistory } from '@/db/schema';
import { createCreator } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const snapshot = (userId: string, followers: number, at: string, platform: 'instagram' | 'tiktok' = 'instagram') => ({
  userId,
  platform,
  followers,
  engagementRate: '3.10',
  authenticityScore: '0.90',
  fakeFollowerRisk: 'low' as const,
  fakeFollowerRiskScore: '5.00',
  snapshotAt: new Date(at),
});

const current = (userId: string) =>
  database.db
    .select()
    .from(creatorCurrentStats)
    .where(eq(creatorCurrentStats.userId, userId))
    .orderBy(creatorCurrentStats.platform);

describe('creator_current_stats trigger', () => {
  it('keeps the newest snapshot per platform: an older one never overwrites it, a newer one does', async () => {
    const creator = await createCreator(database.db);
    await database.db.insert(influencerStatsHistory).values(snapshot(creator.id, 1000, '2026-05-01T00:00:00Z'));
    expect((await current(creator.id)).map((row) => row.followers)).toEqual([1000]);

    await database.db.insert(influencerStatsHistory).values(snapshot(creator.id, 500, '2026-04-01T00:00:00Z'));
    const [afterOlder] = await current(creator.id);
    expect(afterOlder).toMatchObject({ followers: 1000, snapshotAt: new Date('2026-05-01T00:00:00Z') });

    const [newer] = await database.db
      .insert(influencerStatsHistory)
      .values({ ...snapshot(creator.id, 2000, '2026-06-01T00:00:00Z'), authenticityScore: '0.75' })
      .returning();
    const [afterNewer] = await current(creator.id);
    expect(afterNewer).toMatchObject({ followers: 2000, authenticityScore: '0.75', snapshotId: newer!.id });
  });

  it('takes the newest row of a bulk insert and keeps platforms apart', async () => {
    const creator = await createCreator(database.db);
    await database.db
      .insert(influencerStatsHistory)
      .values([
        snapshot(creator.id, 10, '2026-01-01T00:00:00Z'),
        snapshot(creator.id, 30, '2026-03-01T00:00:00Z'),
        snapshot(creator.id, 20, '2026-02-01T00:00:00Z'),
        snapshot(creator.id, 7, '2026-01-01T00:00:00Z', 'tiktok'),
      ]);
    expect((await current(creator.id)).map((row) => [row.platform, row.followers])).toEqual([
      ['instagram', 30],
      ['tiktok', 7],
    ]);
  });

  it('falls back to the next newest snapshot when the newest is deleted, and empties when none is left', async () => {
    const creator = await createCreator(database.db);
    const [older, newest] = await database.db
      .insert(influencerStatsHistory)
      .values([snapshot(creator.id, 100, '2026-01-01T00:00:00Z'), snapshot(creator.id, 300, '2026-03-01T00:00:00Z')])
      .returning();
    await database.db.insert(influencerStatsHistory).values(snapshot(creator.id, 9, '2026-02-01T00:00:00Z', 'tiktok'));

    await database.db.delete(influencerStatsHistory).where(eq(influencerStatsHistory.id, newest!.id));
    expect((await current(creator.id)).map((row) => [row.platform, row.followers, row.snapshotId])).toEqual([
      ['instagram', 100, older!.id],
      ['tiktok', 9, expect.any(String)],
    ]);

    await database.db.delete(influencerStatsHistory).where(eq(influencerStatsHistory.id, older!.id));
    expect((await current(creator.id)).map((row) => row.platform)).toEqual(['tiktok']);
  });

  it('leaves current stats alone when an old snapshot is deleted', async () => {
    const creator = await createCreator(database.db);
    const [older] = await database.db
      .insert(influencerStatsHistory)
      .values([snapshot(creator.id, 100, '2026-01-01T00:00:00Z'), snapshot(creator.id, 300, '2026-03-01T00:00:00Z')])
      .returning();
    await database.db.delete(influencerStatsHistory).where(eq(influencerStatsHistory.id, older!.id));
    expect((await current(creator.id)).map((row) => row.followers)).toEqual([300]);
  });
});
