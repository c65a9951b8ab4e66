import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { checkIn, id, literals, timestamps, timestamptz } from './columns';
import { users } from './users';

export const retentionResources = [
  'audit_logs',
  'influencer_stats_history',
  'metric_snapshots',
  'payments',
  'contracts',
  'profiles',
] as const;
export const gdprRequestTypes = ['export', 'erasure', 'rectification'] as const;
export const gdprRequestStatuses = ['received', 'in_progress', 'completed', 'rejected'] as const;
export const openGdprRequestStatuses = ['received', 'in_progress'] as const;

/** How long each kind of data is kept, per region; 'default' applies where no region row exists. */
export const retentionPolicies = pgTable(
  'retention_policies',
  {
    id: id(),
    resource: varchar('resource', { length: 50, enum: retentionResources }).notNull(),
    region: varchar('region', { length: 50 }).notNull().default('default'),
    // NULL means kept indefinitely (or, for profiles, until the account is deleted).
    retentionDays: integer('retention_days'),
    configurable: boolean('configurable').notNull().default(true),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    unique('retention_policies_resource_region_unique').on(t.resource, t.region),
    checkIn(t.resource, retentionResources),
    check('retention_policies_retention_days_check', sql`${t.retentionDays} > 0`),
  ],
);

/** Data-subject requests under GDPR, with the statutory one-month deadline. */
export const gdprRequests = pgTable(
  'gdpr_requests',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    type: varchar('type', { length: 50, enum: gdprRequestTypes }).notNull(),
    status: varchar('status', { length: 50, enum: gdprRequestStatuses }).notNull().default('received'),
    requestedAt: timestamptz('requested_at').notNull().defaultNow(),
    dueAt: timestamptz('due_at')
      .notNull()
      .default(sql`now() + interval '30 days'`),
    completedAt: timestamptz('completed_at'),
    handledBy: uuid('handled_by').references(() => users.id),
    notes: text('notes'),
    exportUrl: text('export_url'),
  },
  (t) => [
    checkIn(t.type, gdprRequestTypes),
    checkIn(t.status, gdprRequestStatuses),
    index('idx_gdpr_requests_user_id').on(t.userId),
    index('idx_gdpr_requests_open_due')
      .on(t.dueAt)
      .where(sql`${t.status} IN (${literals(openGdprRequestStatuses)})`),
  ],
);

export type RetentionPolicy = typeof retentionPolicies.$inferSelect;
export type NewRetentionPolicy = typeof retentionPolicies.$inferInsert;
export type RetentionResource = (typeof retentionResources)[number];
export type GdprRequest = typeof gdprRequests.$inferSelect;
export type NewGdprRequest = typeof gdprRequests.$inferInsert;
export type GdprRequestType = (typeof gdprRequestTypes)[number];
export type GdprRequestStatus = (typeof gdprRequestStatuses)[number];
