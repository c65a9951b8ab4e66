import { and, eq } from 'drizzle-orm';
import { kycChecks, kycDocuments, organizationBilling, organizations, users, type KycDocumentKind } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction } from '@/lib/context';
import { ConflictError, isUniqueViolation, ValidationError } from '@/lib/errors';
import { applyDecision } from './decide';
import type { KycApplicant, KycProviderAdapter, KycSubject } from './provider';
import {
  assertNothingWaiting,
  assertOpenForVerification,
  findDraft,
  isDraft,
  kycAuditFields,
  lockOrganizationKyc,
} from './state';

export const requiredDocumentKinds = [
  'certificate_of_incorporation',
  'proof_of_address',
  'director_id',
] as const satisfies readonly KycDocumentKind[];

const requiredLabels: Record<(typeof requiredDocumentKinds)[number], string> = {
  certificate_of_incorporation: 'certificate of incorporation',
  proof_of_address: 'proof of address',
  director_id: 'director ID',
};

/** Submits the draft's documents for manual review by Pactly staff. */
export async function submitKycForReview(ctx: BrandCtx): Promise<{ checkId: string }> {
  return withTransaction(ctx, async (tx) => {
    const organization = await lockOrganizationKyc(tx.db, ctx.organization.id);
    assertOpenForVerification(organization);
    await assertNothingWaiting(tx.db, organization.id);
    const draft = await findDraft(tx.db, organization.id);
    const kinds = draft
      ? await tx.db.selectDistinct({ kind: kycDocuments.kind }).from(kycDocuments).where(eq(kycDocuments.checkId, draft.id))
      : [];
    const missing = requiredDocumentKinds.filter((kind) => !kinds.some((row) => row.kind === kind));
    if (!draft || missing.length > 0)
      throw new ValidationError(`Upload your ${missing.map((kind) => requiredLabels[kind]).join(', ')} before submitting.`);

    // A manual check counts from its submission, not from its first upload: the review queue orders by created_at.
    await tx.db
      .update(kycChecks)
      .set({ reference: draft.id, submittedBy: tx.actor.userId, createdAt: new Date() })
      .where(and(eq(kycChecks.id, draft.id), isDraft()));
    await markSubmitted(tx, organization, { checkId: draft.id, provider: 'manual', reference: draft.id });
    return { checkId: draft.id };
  });
}

async function markSubmitted(
  ctx: BrandCtx,
  organization: Awaited<ReturnType<typeof lockOrganizationKyc>>,
  check: { checkId: string; provider: string; reference: string },
) {
  const after = {
    kycStatus: 'pending' as const,
    kycVerifiedAt: null,
    kycProvider: check.provider,
    kycReferenceId: check.reference,
  };
  await ctx.db.update(organizations).set(after).where(eq(organizations.id, organization.id));
  await recordAudit(ctx, {
    action: 'submit_kyc',
    resourceType: 'organization',
    resourceId: organization.id,
    metadata: { ...diffFields(kycAuditFields(organization), kycAuditFields(after)), ...check },
  });
}

export interface ProviderCheckDetails {
  registrationNumber?: string;
  jurisdiction?: string;
  /** Where the provider sends the applicant back after a hosted flow. */
  returnUrl?: string;
}

/**
 * Starts a check with an external provider. The provider is called outside the transaction (no row lock held over
 * the network); the transaction then re-checks that nothing else was submitted meanwhile.
 */
export async function startProviderCheck(ctx: BrandCtx, adapter: KycProviderAdapter, details: ProviderCheckDetails) {
  const { subject, applicant, organization } = await loadSubject(ctx, details);
  assertOpenForVerification(organization);
  await assertNothingWaiting(ctx.db, organization.id);
  const started = await adapter.startCheck(subject, applicant, { returnUrl: details.returnUrl });

  return withTransaction(ctx, async (tx) => {
    const locked = await lockOrganizationKyc(tx.db, organization.id);
    assertOpenForVerification(locked);
    await assertNothingWaiting(tx.db, locked.id);
    const [check] = await tx.db
      .insert(kycChecks)
      .values({
        organizationId: locked.id,
        provider: adapter.name,
        reference: started.reference,
        submittedBy: tx.actor.userId,
        result: {
          started: started.raw,
          ...(details.registrationNumber
            ? { submitted: { registration_number: details.registrationNumber, jurisdiction: details.jurisdiction ?? null } }
            : {}),
        },
      })
      .returning({ id: kycChecks.id })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'kyc_checks_provider_reference_unique'))
          throw new ConflictError(`${adapter.label} returned a reference that is already in use. Try again.`);
        throw error;
      });
    await markSubmitted(tx, locked, { checkId: check!.id, provider: adapter.name, reference: started.reference });
    if (started.status !== 'pending')
      await applyDecision(tx, {
        checkId: check!.id,
        outcome: started.status,
        reason: started.reason ?? (started.status === 'rejected' ? `${adapter.label} could not verify the company.` : undefined),
        bySystem: true,
      });
    return { checkId: check!.id, status: started.status, redirectUrl: started.redirectUrl };
  });
}

async function loadSubject(ctx: BrandCtx, details: ProviderCheckDetails) {
  const [row] = await ctx.db
    .select({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      country: organizations.country,
      legalName: organizationBilling.legalName,
      kycStatus: organizations.kycStatus,
      kycVerifiedAt: organizations.kycVerifiedAt,
      kycProvider: organizations.kycProvider,
      kycReferenceId: organizations.kycReferenceId,
    })
    .from(organizations)
    .leftJoin(organizationBilling, eq(organizationBilling.organizationId, organizations.id))
    .where(eq(organizations.id, ctx.organization.id));
  const [user] = await ctx.db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, ctx.actor.userId));
  const subject: KycSubject = {
    id: row!.id,
    name: row!.name,
    legalName: row!.legalName ?? row!.name,
    country: row!.country,
    registrationNumber: details.registrationNumber,
    jurisdiction: details.jurisdiction,
  };
  return { subject, applicant: applicantOf(user!, row!.name), organization: row! };
}

/** Providers verify a person acting for the company: the brand admin; a missing surname falls back to the company. */
function applicantOf(user: { name: string | null; email: string }, organizationName: string): KycApplicant {
  const parts = (user.name ?? '').trim().split(/\s+/).filter(Boolean);
  return {
    firstName: parts[0] ?? user.email.split('@')[0]!,
    lastName: parts.slice(1).join(' ') || organizationName,
    email: user.email,
  };
}
