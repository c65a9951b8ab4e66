import { boolean, integer, jsonb, numeric, pgView, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { money, timestamptz } from './columns';
import type { CampaignBrief, campaignStatuses } from './campaigns';

// Both views are created by hand in drizzle/0001_views.sql; these declarations only type the reads.

/** Active and paused campaigns with their committed offers and the money paid in so far. */
export const vActiveCampaigns = pgView('v_active_campaigns', {
  id: uuid('id').notNull(),
  organizationId: uuid('organization_id').notNull(),
  title: varchar('title', { length: 255 }).notNull(),
  description: text('description'),
  brief: jsonb('brief').$type<CampaignBrief>(),
  status: varchar('status', { length: 50 }).$type<(typeof campaignStatuses)[number]>().notNull(),
  budgetMin: money('budget_min'),
  budgetMax: money('budget_max'),
  budgetSpent: money('budget_spent').notNull(),
  currency: varchar('currency', { length: 3 }).notNull(),
  startDate: timestamptz('start_date'),
  endDate: timestamptz('end_date'),
  deliverableDeadline: timestamptz('deliverable_deadline'),
  submissionDeadline: timestamptz('submission_deadline'),
  contentApprovalRequired: boolean('content_approval_required').notNull(),
  createdAt: timestamptz('created_at').notNull(),
  updatedAt: timestamptz('updated_at').notNull(),
  publishedAt: timestamptz('published_at'),
  completedAt: timestamptz('completed_at'),
  /** Offers in status accepted or completed. */
  offerCount: integer('offer_count').notNull(),
  /** Sum of captured and released payments, in the campaign's currency. */
  totalSpent: money('total_spent').notNull(),
}).existing();

/** Active creators with a profile, their completed work, engagement and released earnings. */
export const vInfluencerLeaderboard = pgView('v_influencer_leaderboard', {
  userId: uuid('user_id').notNull(),
  displayName: varchar('display_name', { length: 255 }),
  /** Distinct campaigns with a completed contract. */
  completedCampaigns: integer('completed_campaigns').notNull(),
  /** Mean engagement_rate (a percentage) over all of the creator's snapshots; NULL without snapshots. */
  avgEngagement: numeric('avg_engagement', { mode: 'string' }),
  /** Released payments per currency as decimal strings, e.g. { "GBP": "150.00" }; {} when none. */
  totalEarnings: jsonb('total_earnings').$type<Record<string, string>>().notNull(),
}).existing();

export type ActiveCampaignRow = typeof vActiveCampaigns.$inferSelect;
export type InfluencerLeaderboardRow = typeof vInfluencerLeaderboard.$inferSelect;
