import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, numeric, pgTable, uuid, varchar } from 'drizzle-orm/pg-core';
import { checkIn, checkNonNegative, id, timestamptz } from './columns';
import { platforms } from './profiles';
import { users } from './users';

export const fakeFollowerRisks = ['low', 'medium', 'high'] as const;
export const statsDataSources = ['platform_api', 'user_submitted'] as const;

/** One snapshot of a creator's audience metrics on one platform; rows are never updated. */
export const influencerStatsHistory = pgTable(
  'influencer_stats_history',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    platform: varchar('platform', { length: 50, enum: platforms }).notNull(),
    followers: integer('followers'),
    following: integer('following'),
    posts: integer('posts'),
    // Percentage, e.g. 3.25 means 3.25 %.
    engagementRate: numeric('engagement_rate', { precision: 5, scale: 2, mode: 'string' }),
    engagementCount: bigint('engagement_count', { mode: 'number' }),
    averageLikes: integer('average_likes'),
    averageComments: integer('average_comments'),
    reach: bigint('reach', { mode: 'number' }),
    impressions: bigint('impressions', { mode: 'number' }),
    // Percentage change since the previous snapshot; may be negative.
    audienceGrowth: numeric('audience_growth', { precision: 5, scale: 2, mode: 'string' }),
    authenticityScore: numeric('authenticity_score', { precision: 3, scale: 2, mode: 'string' }),
    fakeFollowerRisk: varchar('fake_follower_risk', { length: 50, enum: fakeFollowerRisks }).default('low'),
    fakeFollowerRiskScore: numeric('fake_follower_risk_score', { precision: 5, scale: 2, mode: 'string' }),
    lastSync: timestamptz('last_sync'),
    snapshotAt: timestamptz('snapshot_at').notNull().defaultNow(),
    dataSource: varchar('data_source', { length: 50, enum: statsDataSources }),
    dataHash: varchar('data_hash', { length: 255 }),
  },
  (t) => [
    checkIn(t.platform, platforms),
    checkNonNegative(t.followers),
    checkNonNegative(t.following),
    checkNonNegative(t.posts),
    checkNonNegative(t.engagementRate),
    checkNonNegative(t.engagementCount),
    checkNonNegative(t.averageLikes),
    checkNonNegative(t.averageComments),
    checkNonNegative(t.reach),
    checkNonNegative(t.impressions),
    check('influencer_stats_history_authenticity_score_check', sql`${t.authenticityScore} BETWEEN 0 AND 1`),
    checkIn(t.fakeFollowerRisk, fakeFollowerRisks),
    check('influencer_stats_history_fake_follower_risk_score_check', sql`${t.fakeFollowerRiskScore} BETWEEN 0 AND 100`),
    checkIn(t.dataSource, statsDataSources),
    index('idx_influencer_stats_user_platform_date').on(t.userId, t.platform, t.snapshotAt.desc()),
    index('idx_influencer_stats_authenticity').on(t.authenticityScore),
    index('idx_influencer_stats_fake_follower_risk').on(t.fakeFollowerRiskScore.desc()),
  ],
);

export type InfluencerStatsSnapshot = typeof influencerStatsHistory.$inferSelect;
export type NewInfluencerStatsSnapshot = typeof influencerStatsHistory.$inferInsert;
export type FakeFollowerRisk = (typeof fakeFollowerRisks)[number];
export type StatsDataSource = (typeof statsDataSources)[number];
