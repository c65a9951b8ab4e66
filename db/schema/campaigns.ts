import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { checkCurrency, checkIn, checkNonNegative, currency, id, money, timestamps, timestamptz, tsvector } from './columns';
import { organizations } from './organizations';

export const campaignStatuses = ['draft', 'published', 'active', 'paused', 'completed', 'disputed', 'cancelled'] as const;

export const deliverableTypes = ['static_post', 'carousel', 'reel', 'story', 'video_ad', 'unboxing', 'review'] as const;

export type CampaignBrief = {
  objectives?: string[];
  tone?: string;
  key_messages?: string[];
  [key: string]: unknown;
};

export type DeliverableGuidelines = {
  hashtags?: string[];
  mentions?: string[];
  [key: string]: unknown;
};

export const campaigns = pgTable(
  'campaigns',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    title: varchar('title', { length: 255 }).notNull(),
    description: text('description'),
    brief: jsonb('brief').$type<CampaignBrief>(),
    status: varchar('status', { length: 50, enum: campaignStatuses }).notNull().default('draft'),
    // The status to return to when its last open contract dispute is resolved.
    statusBeforeDispute: varchar('status_before_dispute', { length: 50, enum: campaignStatuses }),
    budgetMin: money('budget_min'),
    budgetMax: money('budget_max'),
    budgetSpent: money('budget_spent').notNull().default('0'),
    currency: currency(),
    startDate: timestamptz('start_date'),
    endDate: timestamptz('end_date'),
    deliverableDeadline: timestamptz('deliverable_deadline'),
    submissionDeadline: timestamptz('submission_deadline'),
    contentApprovalRequired: boolean('content_approval_required').notNull().default(true),
    ...timestamps(),
    publishedAt: timestamptz('published_at'),
    completedAt: timestamptz('completed_at'),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'B')
        || setweight(jsonb_to_tsvector('english'::regconfig, coalesce("brief", '{}'::jsonb), '["string"]'::jsonb), 'C')`,
    ),
  },
  (t) => [
    // The campaign list's default order (created_at DESC, id DESC) is this index read backwards.
    index('idx_campaigns_org_created_at').on(t.organizationId, t.createdAt, t.id),
    checkIn(t.status, campaignStatuses),
    checkIn(t.statusBeforeDispute, campaignStatuses),
    checkNonNegative(t.budgetMin),
    checkNonNegative(t.budgetMax),
    checkNonNegative(t.budgetSpent),
    check('campaigns_budget_range_check', sql`${t.budgetMin} <= ${t.budgetMax}`),
    check('campaigns_end_date_check', sql`${t.endDate} >= ${t.startDate}`),
    checkCurrency(t.currency),
    // Target of payments' (campaign_id, currency) foreign key: a payment is in its campaign's currency.
    unique('campaigns_id_currency_unique').on(t.id, t.currency),
    index('idx_campaigns_org_id').on(t.organizationId, t.status),
    index('idx_campaigns_status').on(t.status),
    index('idx_campaigns_start_date').on(t.startDate),
    index('idx_campaigns_marketplace')
      .on(t.publishedAt.desc())
      .where(sql`${t.status} IN ('published', 'active')`),
    index('idx_campaigns_search_vector').using('gin', t.searchVector),
  ],
);

export const deliverables = pgTable(
  'deliverables',
  {
    id: id(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    type: varchar('type', { length: 50, enum: deliverableTypes }).notNull(),
    count: integer('count').notNull().default(1),
    priceMin: money('price_min'),
    priceMax: money('price_max'),
    priceSuggested: money('price_suggested'),
    instructions: text('instructions'),
    guidelines: jsonb('guidelines').$type<DeliverableGuidelines>(),
    ...timestamps(),
  },
  (t) => [
    checkIn(t.type, deliverableTypes),
    check('deliverables_count_check', sql`${t.count} >= 1`),
    checkNonNegative(t.priceMin),
    checkNonNegative(t.priceMax),
    checkNonNegative(t.priceSuggested),
    // Each pair is only compared when both sides are set (a NULL comparison does not fail a CHECK).
    check(
      'deliverables_price_range_check',
      sql`${t.priceMin} <= ${t.priceMax} AND ${t.priceMin} <= ${t.priceSuggested} AND ${t.priceSuggested} <= ${t.priceMax}`,
    ),
    index('idx_deliverables_campaign_id').on(t.campaignId),
  ],
);

export type Campaign = typeof campaigns.$inferSelect;
export type NewCampaign = typeof campaigns.$inferInsert;
export type CampaignStatus = (typeof campaignStatuses)[number];
export type Deliverable = typeof deliverables.$inferSelect;
export type NewDeliverable = typeof deliverables.$inferInsert;
export type DeliverableType = (typeof deliverableTypes)[number];
