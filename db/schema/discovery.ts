import { sql } from 'drizzle-orm';
import { check, index, integer, numeric, pgTable, primaryKey, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { checkIn, createdAt, id, timestamptz } from './columns';
import { organizations } from './organizations';
import { platforms } from './profiles';
import { fakeFollowerRisks, influencerStatsHistory } from './stats';
import { users } from './users';

/**
 * The latest snapshot per creator and platform, maintained by a trigger on influencer_stats_history
 * (migration 'current_stats'), so searches never scan the history.
 */
export const creatorCurrentStats = pgTable(
  'creator_current_stats',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    platform: varchar('platform', { length: 50, enum: platforms }).notNull(),
    followers: integer('followers'),
    engagementRate: numeric('engagement_rate', { precision: 5, scale: 2, mode: 'string' }),
    authenticityScore: numeric('authenticity_score', { precision: 3, scale: 2, mode: 'string' }),
    fakeFollowerRisk: varchar('fake_follower_risk', { length: 50, enum: fakeFollowerRisks }),
    fakeFollowerRiskScore: numeric('fake_follower_risk_score', { precision: 5, scale: 2, mode: 'string' }),
    snapshotId: uuid('snapshot_id')
      .notNull()
      .references(() => influencerStatsHistory.id, { onDelete: 'cascade' }),
    snapshotAt: timestamptz('snapshot_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.platform] }),
    checkIn(t.platform, platforms),
    index('idx_creator_current_stats_followers').on(t.platform, t.followers),
    index('idx_creator_current_stats_engagement').on(t.platform, t.engagementRate),
    index('idx_creator_current_stats_authenticity').on(t.platform, t.authenticityScore),
    index('idx_creator_current_stats_risk').on(t.platform, t.fakeFollowerRiskScore),
  ],
);

export const shortlists = pgTable(
  'shortlists',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: varchar('name', { length: 120 }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('shortlists_organization_id_name_unique').on(t.organizationId, sql`lower(${t.name})`),
    check('shortlists_name_check', sql`length(btrim(${t.name})) > 0`),
  ],
);

export const shortlistEntries = pgTable(
  'shortlist_entries',
  {
    shortlistId: uuid('shortlist_id')
      .notNull()
      .references(() => shortlists.id, { onDelete: 'cascade' }),
    creatorId: uuid('creator_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    note: text('note'),
    addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
    addedAt: timestamptz('added_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.shortlistId, t.creatorId] }), index('idx_shortlist_entries_creator').on(t.creatorId)],
);

export type CreatorCurrentStats = typeof creatorCurrentStats.$inferSelect;
export type Shortlist = typeof shortlists.$inferSelect;
export type ShortlistEntry = typeof shortlistEntries.$inferSelect;
