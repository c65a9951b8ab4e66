import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { kycChecks, organizations, type KycStatus } from '@/db/schema';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';

export interface OrganizationKyc {
  id: string;
  slug: string;
  kycStatus: KycStatus;
  kycVerifiedAt: Date | null;
  kycProvider: string | null;
  kycReferenceId: string | null;
}

/** Locks the organization row: every KYC write of one organization runs one at a time. */
export async function lockOrganizationKyc(db: Executor, organizationId: string): Promise<OrganizationKyc> {
  const [organization] = await db
    .select({
      id: organizations.id,
      slug: organizations.slug,
      kycStatus: organizations.kycStatus,
      kycVerifiedAt: organizations.kycVerifiedAt,
      kycProvider: organizations.kycProvider,
      kycReferenceId: organizations.kycReferenceId,
    })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .for('update');
  if (!organization) throw new NotFoundError('Organization not found.');
  return organization;
}

/** The audit log's names for the organization's KYC columns. */
export function kycAuditFields(
  organization: Pick<OrganizationKyc, 'kycStatus' | 'kycVerifiedAt' | 'kycProvider' | 'kycReferenceId'>,
) {
  return {
    kyc_status: organization.kycStatus,
    kyc_verified_at: organization.kycVerifiedAt,
    kyc_provider: organization.kycProvider,
    kyc_reference_id: organization.kycReferenceId,
  };
}

export function assertOpenForVerification(organization: OrganizationKyc): void {
  if (organization.kycStatus === 'verified') throw new ConflictError('Your organization is already verified.');
  if (organization.kycStatus === 'suspended')
    throw new ForbiddenError('This organization is suspended. Contact Pactly support to resolve it.');
}

/**
 * A manual check is a draft while its reference is NULL: documents gather on it until the brand submits it, and
 * submitting sets the reference to the check's own id. Provider checks always have the provider's reference.
 */
export const isDraft = () => isNull(kycChecks.reference);

export async function assertNothingWaiting(db: Executor, organizationId: string): Promise<void> {
  const [waiting] = await db
    .select({ id: kycChecks.id })
    .from(kycChecks)
    .where(and(eq(kycChecks.organizationId, organizationId), eq(kycChecks.status, 'pending'), isNotNull(kycChecks.reference)))
    .limit(1);
  if (waiting) throw new ConflictError('A verification is already in progress. Wait for its decision before submitting again.');
}

export async function findDraft(db: Executor, organizationId: string) {
  const [draft] = await db
    .select({ id: kycChecks.id })
    .from(kycChecks)
    .where(
      and(
        eq(kycChecks.organizationId, organizationId),
        eq(kycChecks.provider, 'manual'),
        eq(kycChecks.status, 'pending'),
        isDraft(),
      ),
    )
    .limit(1);
  return draft ?? null;
}
