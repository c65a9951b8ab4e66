import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, unique, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { checkIn, id, timestamps, timestamptz } from './columns';
import { campaigns, deliverables } from './campaigns';
import { counterParties, offers } from './offers';
import { organizations } from './organizations';
import { users } from './users';

/** 'void': never signed by both sides in time, or its campaign was cancelled before it was. */
export const contractStatuses = ['pending', 'signed', 'active', 'completed', 'disputed', 'terminated', 'void'] as const;
export const disputeStatuses = ['pending', 'resolved', 'escalated'] as const;
export const submissionStatuses = ['submitted', 'approved', 'changes_requested', 'auto_approved'] as const;

export type ContractSignature = { signer_id: string; signed_at: string; ip?: string | null; user_agent?: string | null };
export type ContractSignatures = { brand?: ContractSignature; influencer?: ContractSignature };

export const contracts = pgTable(
  'contracts',
  {
    id: id(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id),
    influencerId: uuid('influencer_id')
      .notNull()
      .references(() => users.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    status: varchar('status', { length: 50, enum: contractStatuses }).notNull().default('pending'),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    // SHA-256 of content::text (jsonb's canonical text), set by a trigger on insert; content is frozen after that.
    contentHash: varchar('content_hash', { length: 64 }).notNull().default(''),
    signedBy: jsonb('signed_by').$type<ContractSignatures>(),
    signedAt: timestamptz('signed_at'),
    activatedAt: timestamptz('activated_at'),
    completedAt: timestamptz('completed_at'),
    terminatedAt: timestamptz('terminated_at'),
    terminationRequestedBy: varchar('termination_requested_by', { length: 50, enum: counterParties }),
    // The status to return to when an open dispute is resolved.
    statusBeforeDispute: varchar('status_before_dispute', { length: 50, enum: contractStatuses }),
    disputeStatus: varchar('dispute_status', { length: 50, enum: disputeStatuses }),
    disputeReason: text('dispute_reason'),
    disputeEvidence: jsonb('dispute_evidence').$type<Record<string, unknown>>(),
    disputeResolution: jsonb('dispute_resolution').$type<Record<string, unknown>>(),
    ...timestamps(),
  },
  (t) => [
    checkIn(t.status, contractStatuses),
    checkIn(t.disputeStatus, disputeStatuses),
    checkIn(t.terminationRequestedBy, counterParties),
    checkIn(t.statusBeforeDispute, contractStatuses),
    check('contracts_content_hash_check', sql`${t.contentHash} ~ '^[0-9a-f]{64}$'`),
    // An offer yields at most one contract.
    uniqueIndex('idx_contracts_offer_id').on(t.offerId),
    index('idx_contracts_campaign_id').on(t.campaignId),
    index('idx_contracts_influencer_id').on(t.influencerId),
    index('idx_contracts_organization_id').on(t.organizationId),
    index('idx_contracts_status').on(t.status),
  ],
);

/** Content a creator hands in for a deliverable; each resubmission is a new revision. */
export const deliverableSubmissions = pgTable(
  'deliverable_submissions',
  {
    id: id(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id),
    deliverableId: uuid('deliverable_id')
      .notNull()
      .references(() => deliverables.id),
    submittedBy: uuid('submitted_by')
      .notNull()
      .references(() => users.id),
    revision: integer('revision').notNull().default(1),
    contentUrl: text('content_url'),
    caption: text('caption'),
    fileUrl: text('file_url'),
    status: varchar('status', { length: 50, enum: submissionStatuses }).notNull().default('submitted'),
    reviewerId: uuid('reviewer_id').references(() => users.id),
    reviewComment: text('review_comment'),
    submittedAt: timestamptz('submitted_at').notNull().defaultNow(),
    reviewedAt: timestamptz('reviewed_at'),
  },
  (t) => [
    unique('deliverable_submissions_contract_deliverable_revision_unique').on(t.contractId, t.deliverableId, t.revision),
    check('deliverable_submissions_revision_check', sql`${t.revision} >= 1`),
    checkIn(t.status, submissionStatuses),
    index('idx_deliverable_submissions_deliverable_id').on(t.deliverableId),
  ],
);

export type Contract = typeof contracts.$inferSelect;
export type NewContract = typeof contracts.$inferInsert;
export type ContractStatus = (typeof contractStatuses)[number];
export type DisputeStatus = (typeof disputeStatuses)[number];
export type DeliverableSubmission = typeof deliverableSubmissions.$inferSelect;
export type NewDeliverableSubmission = typeof deliverableSubmissions.$inferInsert;
export type SubmissionStatus = (typeof submissionStatuses)[number];
