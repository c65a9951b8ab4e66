import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { checkIn, createdAt, id, timestamps, timestamptz } from './columns';
import { organizations } from './organizations';
import { users } from './users';

export const kycProviders = ['manual', 'onfido', 'trulioo'] as const;
export const kycCheckStatuses = ['pending', 'approved', 'rejected'] as const;
export const kycDocumentKinds = ['certificate_of_incorporation', 'proof_of_address', 'director_id', 'other'] as const;

/** One verification attempt of an organization with one provider; the organization's kyc_status follows its outcome. */
export const kycChecks = pgTable(
  'kyc_checks',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    provider: varchar('provider', { length: 50, enum: kycProviders }).notNull(),
    /** The provider's id of the check (Onfido check id, Trulioo transaction id); the check's own id for manual review. */
    reference: varchar('reference', { length: 255 }),
    status: varchar('status', { length: 50, enum: kycCheckStatuses }).notNull().default('pending'),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamptz('decided_at'),
    decisionReason: text('decision_reason'),
    result: jsonb('result').$type<Record<string, unknown>>(),
    ...timestamps(),
  },
  (t) => [
    checkIn(t.provider, kycProviders),
    checkIn(t.status, kycCheckStatuses),
    check('kyc_checks_decision_check', sql`(${t.status} = 'pending') = (${t.decidedAt} IS NULL)`),
    unique('kyc_checks_provider_reference_unique').on(t.provider, t.reference),
    index('idx_kyc_checks_organization_id').on(t.organizationId, t.createdAt.desc()),
    index('idx_kyc_checks_pending')
      .on(t.createdAt)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/** Documents a brand uploads for the manual provider; the file itself lives in the storage module under `storageKey`. */
export const kycDocuments = pgTable(
  'kyc_documents',
  {
    id: id(),
    checkId: uuid('check_id')
      .notNull()
      .references(() => kycChecks.id, { onDelete: 'cascade' }),
    kind: varchar('kind', { length: 50, enum: kycDocumentKinds }).notNull(),
    storageKey: varchar('storage_key', { length: 500 }).notNull().unique(),
    fileName: varchar('file_name', { length: 255 }).notNull(),
    contentType: varchar('content_type', { length: 100 }).notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    checkIn(t.kind, kycDocumentKinds),
    check('kyc_documents_size_bytes_check', sql`${t.sizeBytes} > 0`),
    index('idx_kyc_documents_check_id').on(t.checkId),
  ],
);

/** Received provider webhooks, keyed by provider and event id, so a redelivery changes nothing. */
export const kycWebhookEvents = pgTable(
  'kyc_webhook_events',
  {
    id: id(),
    provider: varchar('provider', { length: 50, enum: kycProviders }).notNull(),
    eventId: varchar('event_id', { length: 255 }).notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    receivedAt: timestamptz('received_at').notNull().defaultNow(),
    processedAt: timestamptz('processed_at'),
    error: text('error'),
  },
  (t) => [checkIn(t.provider, kycProviders), unique('kyc_webhook_events_provider_event_unique').on(t.provider, t.eventId)],
);

export type KycProvider = (typeof kycProviders)[number];
export type KycCheckStatus = (typeof kycCheckStatuses)[number];
export type KycDocumentKind = (typeof kycDocumentKinds)[number];
export type KycCheck = typeof kycChecks.$inferSelect;
export type KycDocument = typeof kycDocuments.$inferSelect;
