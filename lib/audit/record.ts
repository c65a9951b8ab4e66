import { auditLogs } from '@/db/schema';
import type { Ctx } from '@/lib/context';

export interface AuditEntry {
  action: string;
  resourceType: string;
  resourceId: string;
  /** What changed (`{ before, after }` of the changed fields) and any context worth keeping. */
  metadata?: Record<string, unknown>;
  /** Defaults to the acting user; a sign-up names the user it just created. */
  actorId?: string;
  /** A background job acting on its own: recorded with actor_type 'system' and no user. */
  bySystem?: boolean;
}

/** Writes one audit row with the caller's executor, so it commits or rolls back with the change it records. */
export async function recordAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  const actorId = entry.bySystem ? null : (entry.actorId ?? ctx.actor?.userId);
  if (!entry.bySystem && !actorId) throw new Error(`audit entry "${entry.action}" has no actor`);
  await ctx.db.insert(auditLogs).values({
    actorType: entry.bySystem ? 'system' : 'user',
    actorId,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId,
    metadata: entry.metadata ?? {},
    ipAddress: ctx.request.ip,
    userAgent: ctx.request.userAgent,
    correlationId: ctx.request.correlationId,
  });
}
