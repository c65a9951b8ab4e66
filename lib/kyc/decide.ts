import { eq } from 'drizzle-orm';
import { kycChecks, organizations } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction, type ActorCtx, type Ctx } from '@/lib/context';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { kycAuditFields, lockOrganizationKyc } from './state';

export interface Decision {
  checkId: string;
  outcome: 'approved' | 'rejected';
  reason?: string;
  /** What the provider sent with the decision, kept on the check. */
  providerResult?: Record<string, unknown>;
  /** A provider decided (webhook or immediate answer), not the acting user. */
  bySystem?: boolean;
}

/**
 * Decides a pending, submitted check and moves the organization's KYC status with it, in the caller's transaction.
 * A suspended organization stays suspended: only staff lift a suspension, never a provider's answer.
 */
export async function applyDecision(ctx: Ctx, decision: Decision) {
  const [found] = await ctx.db
    .select({ organizationId: kycChecks.organizationId })
    .from(kycChecks)
    .where(eq(kycChecks.id, decision.checkId));
  if (!found) throw new NotFoundError('Check not found.');
  const organization = await lockOrganizationKyc(ctx.db, found.organizationId);
  const [check] = await ctx.db.select().from(kycChecks).where(eq(kycChecks.id, decision.checkId)).for('update');
  if (!check?.reference) throw new ConflictError('This check has not been submitted yet.');
  if (check.status !== 'pending') throw new ConflictError(`This check was already ${check.status}.`);
  const reason = decision.reason?.trim() || null;
  if (decision.outcome === 'rejected' && !reason)
    throw new ValidationError('Give a reason for the rejection.', { reason: ['Give a reason for the rejection.'] });

  const now = new Date();
  await ctx.db
    .update(kycChecks)
    .set({
      status: decision.outcome,
      decidedAt: now,
      decidedBy: decision.bySystem ? null : (ctx.actor?.userId ?? null),
      decisionReason: reason,
      ...(decision.providerResult ? { result: { ...check.result, decision: decision.providerResult } } : {}),
    })
    .where(eq(kycChecks.id, check.id));

  const after =
    organization.kycStatus === 'suspended'
      ? organization
      : decision.outcome === 'approved'
        ? { ...organization, kycStatus: 'verified' as const, kycVerifiedAt: now }
        : { ...organization, kycStatus: 'rejected' as const, kycVerifiedAt: null };
  await ctx.db
    .update(organizations)
    .set({ kycStatus: after.kycStatus, kycVerifiedAt: after.kycVerifiedAt })
    .where(eq(organizations.id, organization.id));
  await recordAudit(ctx, {
    action: decision.outcome === 'approved' ? 'approve_kyc' : 'reject_kyc',
    resourceType: 'organization',
    resourceId: organization.id,
    bySystem: decision.bySystem,
    metadata: {
      ...diffFields(kycAuditFields(organization), kycAuditFields(after)),
      check: { before: { status: 'pending' }, after: { status: decision.outcome } },
      checkId: check.id,
      provider: check.provider,
      reference: check.reference,
      ...(reason ? { reason } : {}),
    },
  });
  return { checkId: check.id, organizationId: organization.id, orgSlug: organization.slug, status: decision.outcome };
}

/** A Pactly admin or support agent decides a submitted check (manual review, or overriding a stuck provider check). */
export async function decideKycCheck(ctx: ActorCtx, decision: Omit<Decision, 'bySystem' | 'providerResult'>) {
  if (ctx.actor.role !== 'admin' && ctx.actor.role !== 'support') throw new ForbiddenError('Only Pactly staff can do that.');
  return withTransaction(ctx, (tx) => applyDecision(tx, decision));
}
