import { and, desc, eq, exists, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { auditLogs, campaigns, users, type AuditActorType, type DeliverableType } from '@/db/schema';
import { isRecordId } from './queries';
import { campaignFieldLabels, deliverableTypeLabels } from './schemas';

export interface TimelineChange {
  field: string;
  /** Null when the entry created the thing (there was no value before). */
  before: string | null;
  after: string;
}

export interface TimelineEntry {
  id: string;
  at: Date;
  actorName: string;
  /** What happened, in words: "published the campaign". */
  summary: string;
  changes: TimelineChange[];
}

export interface AuditRow {
  id: string;
  createdAt: Date;
  action: string;
  resourceType: string;
  metadata: Record<string, unknown> | null;
  actorType: AuditActorType;
  actorName: string | null;
  actorEmail: string | null;
}

/** The audit trail of one campaign and its deliverables, newest first, in one query. */
export async function getCampaignTimeline(
  db: Executor,
  organizationId: string,
  campaignId: string,
  limit = 200,
): Promise<TimelineEntry[]> {
  if (!isRecordId(campaignId)) return [];
  const rows = await db
    .select({
      id: auditLogs.id,
      createdAt: auditLogs.createdAt,
      action: auditLogs.action,
      resourceType: auditLogs.resourceType,
      metadata: auditLogs.metadata,
      actorType: auditLogs.actorType,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(auditLogs)
    .leftJoin(users, eq(users.id, auditLogs.actorId))
    .where(
      and(
        or(
          and(eq(auditLogs.resourceType, 'campaign'), eq(auditLogs.resourceId, campaignId)),
          and(eq(auditLogs.resourceType, 'deliverable'), sql`${auditLogs.metadata} ->> 'campaignId' = ${campaignId}`),
        ),
        // Only the caller's organization's campaign has a timeline.
        exists(
          db
            .select({ one: sql`1` })
            .from(campaigns)
            .where(and(eq(campaigns.id, campaignId), eq(campaigns.organizationId, organizationId))),
        ),
      ),
    )
    .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
    .limit(limit);
  return rows.map(describeAuditRow);
}

const actionWords: Record<string, string> = {
  create_campaign: 'created the campaign',
  update_campaign: 'edited the campaign',
  publish_campaign: 'published the campaign',
  activate_campaign: 'started the campaign',
  pause_campaign: 'paused the campaign',
  resume_campaign: 'resumed the campaign',
  complete_campaign: 'completed the campaign',
  cancel_campaign: 'cancelled the campaign',
  dispute_campaign: 'put the campaign in dispute',
  add_deliverable: 'added a deliverable',
  update_deliverable: 'edited a deliverable',
  remove_deliverable: 'removed a deliverable',
};

const toCamel = (key: string) => key.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

function fieldLabel(key: string): string {
  const label = campaignFieldLabels[key] ?? campaignFieldLabels[toCamel(key)];
  if (label) return label;
  const words = key
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

function formatValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((item) => formatValue(key, item)).join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') {
    if (key === 'type' && value in deliverableTypeLabels) return deliverableTypeLabels[value as DeliverableType];
    if (key === 'status') return value.charAt(0).toUpperCase() + value.slice(1);
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return dateFormat.format(new Date(value));
    return value;
  }
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// JSONB does not keep key order: changes are listed in the form's order.
const fieldOrder = Object.keys(campaignFieldLabels);
const orderOf = (key: string) => {
  const index = fieldOrder.indexOf(toCamel(key));
  return index === -1 ? fieldOrder.length : index;
};

function changesOf(before: Record<string, unknown>, after: Record<string, unknown>, prefix?: string): TimelineChange[] {
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])].sort((a, b) => orderOf(a) - orderOf(b));
  return keys.flatMap((key) => {
    const [from, to] = [before[key], after[key]];
    if (isPlainObject(from) || isPlainObject(to)) {
      return changesOf(isPlainObject(from) ? from : {}, isPlainObject(to) ? to : {}, fieldLabel(key));
    }
    const change = {
      field: prefix ? `${prefix}: ${fieldLabel(key)}` : fieldLabel(key),
      before: formatValue(key, from),
      after: formatValue(key, to),
    };
    return change.before === change.after ? [] : [change];
  });
}

function deliverableName(metadata: Record<string, unknown>): string | undefined {
  const candidates = [
    metadata.deliverableType,
    ...(['after', 'before'] as const).map((side) => (metadata[side] as Record<string, unknown> | undefined)?.type),
  ];
  const type = candidates.find((value): value is DeliverableType => typeof value === 'string' && value in deliverableTypeLabels);
  return type ? deliverableTypeLabels[type] : undefined;
}

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || (isPlainObject(value) && Object.values(value).every(isEmpty));

/** Who did what, in words, with the changed fields as before → after. */
export function describeAuditRow(row: AuditRow): TimelineEntry {
  const metadata = row.metadata ?? {};
  const before = isPlainObject(metadata.before) ? metadata.before : {};
  const after = isPlainObject(metadata.after) ? metadata.after : {};
  let summary = actionWords[row.action] ?? row.action.replace(/_/g, ' ');
  const name = row.resourceType === 'deliverable' ? deliverableName(metadata) : undefined;
  if (name) summary = `${summary} (${name})`;
  const actorName = row.actorType === 'system' ? 'Pactly (automatic)' : (row.actorName ?? row.actorEmail ?? 'A former user');
  const changes = changesOf(before, after);
  // A creation has no "before": list the values it was created with.
  const created = Object.values(before).every(isEmpty);
  return {
    id: row.id,
    at: row.createdAt,
    actorName,
    summary,
    changes: created ? changes.map((change) => ({ ...change, before: null })) : changes,
  };
}
