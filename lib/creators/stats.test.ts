import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLogs, influencerStatsHistory } from '@/db/schema';
import { snapshotDataHash, snapshotHashFields } from '@/db/seed/snapshot-hash';
import { createCreator, createOrganizationWithMember, testCtx } from '@/tests/helpers/factories';
import { signInAs, testSession } from '@/tests/helpers/action-session';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { listLatestStats, listOwnStats } from './queries';

vi.mock('@/lib/actions', () => import('@/tests/helpers/action-session').then((m) => m.actionsWithTestSession()));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { submitStatsAction } = await import('@/app/(creator)/creator/stats/actions');

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  testSession.db = database.db;
});
afterAll(async () => {
  await database.close();
});
beforeEach(() => {
  signInAs(null);
});

const statsInput = (overrides: Record<string, unknown> = {}) => ({
  platform: 'instagram',
  followers: '12000',
  following: '310',
  posts: '420',
  engagementRate: '3.5',
  averageLikes: '400',
  averageComments: '',
  reach: '50000',
  impressions: '81000',
  ...overrides,
});

const snapshotsOf = (userId: string) =>
  database.db.select().from(influencerStatsHistory).where(eq(influencerStatsHistory.userId, userId));

describe('self-reported stats', () => {
  it('inserts a user-submitted snapshot whose hash can be checked, with its audit row', async () => {
    const creator = await createCreator(database.db);
    signInAs(creator);
    const before = Date.now();
    expect(await submitStatsAction(null, statsInput())).toEqual({ ok: true, data: 'Stats saved.' });
    const [row] = await snapshotsOf(creator.id);
    expect(row).toMatchObject({
      platform: 'instagram',
      followers: 12000,
      following: 310,
      posts: 420,
      engagementRate: '3.50',
      averageLikes: 400,
      averageComments: null,
      reach: 50000,
      impressions: 81000,
      dataSource: 'user_submitted',
    });
    expect(row!.snapshotAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row!.dataHash).toBe(snapshotDataHash(snapshotHashFields(row!)));

    const [audit] = await database.db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, 'submit_stats'), eq(auditLogs.resourceId, row!.id)));
    expect(audit).toMatchObject({ actorId: creator.id, resourceType: 'influencer_stats' });
    expect(audit!.metadata).toEqual({ platform: 'instagram', dataHash: row!.dataHash });
  });

  it('keeps every snapshot and shows the newest per platform', async () => {
    const creator = await createCreator(database.db);
    signInAs(creator);
    await submitStatsAction(null, statsInput({ followers: '100' }));
    await submitStatsAction(null, statsInput({ followers: '150' }));
    await submitStatsAction(null, statsInput({ platform: 'tiktok', followers: '900' }));
    const ctx = { ...testCtx(database.db), actor: { userId: creator.id, role: creator.role } };
    expect(await listOwnStats(ctx)).toHaveLength(3);
    const other = await createCreator(database.db);
    const otherCtx = { ...testCtx(database.db), actor: { userId: other.id, role: other.role } };
    expect(await listOwnStats(otherCtx)).toEqual([]);
    expect(await listLatestStats(otherCtx)).toEqual([]);
    const latest = await listLatestStats(ctx);
    expect(latest.map((row) => [row.platform, row.followers])).toEqual([
      ['instagram', 150],
      ['tiktok', 900],
    ]);
  });

  it('explains invalid numbers and stores nothing', async () => {
    const creator = await createCreator(database.db);
    signInAs(creator);
    const result = await submitStatsAction(
      null,
      statsInput({ platform: 'myspace', followers: '', posts: '-1', engagementRate: '3.456', reach: '1.5' }),
    );
    expect(!result.ok && Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      'engagementRate',
      'followers',
      'platform',
      'posts',
      'reach',
    ]);
    expect(await snapshotsOf(creator.id)).toHaveLength(0);
  });

  it('refuses brand users and stores nothing', async () => {
    const { user } = await createOrganizationWithMember(database.db, 'brand_admin');
    signInAs(user);
    expect(await submitStatsAction(null, statsInput())).toEqual({ ok: false, error: 'Only creators can do that.' });
    expect(await snapshotsOf(user.id)).toHaveLength(0);
    signInAs(null);
    expect(await submitStatsAction(null, statsInput())).toEqual({ ok: false, error: 'Please sign in first.' });
  });
});
