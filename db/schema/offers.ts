import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, unique, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import {
  checkCurrency,
  checkIn,
  checkNonNegative,
  createdAt,
  currency,
  id,
  literals,
  money,
  timestamps,
  timestamptz,
} from './columns';
import { campaigns } from './campaigns';
import { organizations } from './organizations';
import { users } from './users';

/** 'terminated': the deal's contract ended before completion (terminated, refunded or split in a dispute, or void). */
export const offerStatuses = ['pending', 'accepted', 'rejected', 'counter', 'expired', 'completed', 'terminated'] as const;
export const counterParties = ['brand', 'influencer'] as const;

/** Statuses in which an offer still binds the creator to the campaign (at most one per creator and campaign). */
export const openOfferStatuses = ['pending', 'counter', 'accepted'] as const;

/** Offer terms as stored; lib/offers/schemas.ts validates what users send. */
export type OfferTerms = {
  deliverables?: { deliverable_id: string; count: number }[];
  milestones?: { name: string; amount: string; due_at?: string }[];
  usage_rights?: { channels: string[]; duration_days: number; paid_ads_whitelisting: boolean };
  revisions?: number;
  deadlines?: { draft_due?: string; publish_due?: string };
  message?: string;
  payment_terms?: string;
  [key: string]: unknown;
};

export const offers = pgTable(
  'offers',
  {
    id: id(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    influencerId: uuid('influencer_id')
      .notNull()
      .references(() => users.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    price: money('price').notNull(),
    currency: currency(),
    terms: jsonb('terms').$type<OfferTerms>(),
    status: varchar('status', { length: 50, enum: offerStatuses }).notNull().default('pending'),
    version: integer('version').notNull().default(1),
    // The side that made the latest move (the opening offer counts); the other side is to answer.
    counterBy: varchar('counter_by', { length: 50, enum: counterParties }).notNull().default('brand'),
    // 'brand' for an invitation, 'influencer' for an application.
    initiatedBy: varchar('initiated_by', { length: 50, enum: counterParties }).notNull().default('brand'),
    createdBy: uuid('created_by').references(() => users.id),
    expiresAt: timestamptz('expires_at'),
    expiryWarnedAt: timestamptz('expiry_warned_at'),
    ...timestamps(),
    acceptedAt: timestamptz('accepted_at'),
    rejectedAt: timestamptz('rejected_at'),
    rejectionReason: text('rejection_reason'),
    // For a terminated offer: the part of the price released to the creator, which still counts against the budget.
    releasedAmount: money('released_amount'),
  },
  (t) => [
    checkNonNegative(t.price),
    checkNonNegative(t.releasedAmount),
    checkCurrency(t.currency),
    checkIn(t.status, offerStatuses),
    check('offers_version_check', sql`${t.version} >= 1`),
    checkIn(t.counterBy, counterParties),
    checkIn(t.initiatedBy, counterParties),
    index('idx_offers_campaign_id').on(t.campaignId),
    index('idx_offers_open_expiry')
      .on(t.expiresAt)
      .where(sql`${t.status} IN ('pending', 'counter')`),
    index('idx_offers_influencer_id').on(t.influencerId),
    index('idx_offers_organization_id').on(t.organizationId),
    index('idx_offers_status').on(t.status),
    uniqueIndex('idx_offers_active_per_influencer')
      .on(t.campaignId, t.influencerId)
      .where(sql`${t.status} IN (${literals(openOfferStatuses)})`),
  ],
);

/** Append-only history of an offer's negotiation: one row per version. */
export const offerRevisions = pgTable(
  'offer_revisions',
  {
    id: id(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    price: money('price').notNull(),
    currency: currency(),
    terms: jsonb('terms').$type<OfferTerms>(),
    status: varchar('status', { length: 50, enum: offerStatuses }).notNull(),
    counterBy: varchar('counter_by', { length: 50, enum: counterParties }),
    // NULL when the system made the change (e.g. expiry).
    changedBy: uuid('changed_by').references(() => users.id),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('offer_revisions_offer_id_version_unique').on(t.offerId, t.version),
    check('offer_revisions_version_check', sql`${t.version} >= 1`),
    checkNonNegative(t.price),
    checkCurrency(t.currency),
    checkIn(t.status, offerStatuses),
    checkIn(t.counterBy, counterParties),
  ],
);

export type Offer = typeof offers.$inferSelect;
export type NewOffer = typeof offers.$inferInsert;
export type OfferStatus = (typeof offerStatuses)[number];
export type CounterParty = (typeof counterParties)[number];
export type OfferRevision = typeof offerRevisions.$inferSelect;
export type NewOfferRevision = typeof offerRevisions.$inferInsert;
