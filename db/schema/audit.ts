import { sql } from 'drizzle-orm';
import { check, index, inet, jsonb, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { checkIn, createdAt, id } from './columns';
import { users } from './users';

export const auditActorTypes = ['user', 'system'] as const;

export const auditLogs = pgTable(
  'audit_logs',
  {
    id: id(),
    actorType: varchar('actor_type', { length: 20, enum: auditActorTypes }).notNull().default('user'),
    // NULL exactly when a background job (not a person) acted.
    actorId: uuid('actor_id').references(() => users.id),
    action: varchar('action', { length: 100 }).notNull(),
    resourceType: varchar('resource_type', { length: 50 }).notNull(),
    resourceId: uuid('resource_id').notNull(),
    metadata: jsonb('metadata').$type<Record<string, unknown>>(),
    ipAddress: inet('ip_address'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    correlationId: uuid('correlation_id'),
  },
  (t) => [
    checkIn(t.actorType, auditActorTypes),
    check(
      'audit_logs_actor_id_check',
      sql`(${t.actorType} = 'user' AND ${t.actorId} IS NOT NULL) OR (${t.actorType} = 'system' AND ${t.actorId} IS NULL)`,
    ),
    index('idx_audit_logs_actor_id').on(t.actorId),
    index('idx_audit_logs_resource').on(t.resourceType, t.resourceId),
    index('idx_audit_logs_action').on(t.action),
    // A campaign's timeline also shows its deliverables' changes, found by the campaign id they carry.
    index('idx_audit_logs_deliverable_campaign')
      .on(sql`(${t.metadata}->>'campaignId')`)
      .where(sql`${t.resourceType} = 'deliverable'`),
    index('idx_audit_logs_created_at').on(t.createdAt.desc()),
    index('idx_audit_logs_correlation_id').on(t.correlationId),
  ],
);

export type AuditLog = typeof auditLogs.$inferSelect;
export type NewAuditLog = typeof auditLogs.$inferInsert;
export type AuditActorType = (typeof auditActorTypes)[number];
