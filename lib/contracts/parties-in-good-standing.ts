import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { organizations, users, type KycStatus, type UserStatus } from '@/db/schema';
import { ConflictError, NotFoundError } from '@/lib/errors';

const creatorRefusals: Partial<Record<UserStatus, string>> = {
  suspended: 'The creator’s account is suspended: no contract can be made with it. Contact Pactly support.',
  deleted: 'The creator’s account was deleted: no contract can be made with it.',
};

/** A brand still being verified keeps its deals; one whose verification was withdrawn or refused does not. */
const brandRefusals: Partial<Record<KycStatus, string>> = {
  suspended: 'The brand’s verification (KYC) is suspended: no contract can be made with it. Contact Pactly support.',
  rejected: 'The brand’s verification (KYC) was rejected: no contract can be made with it until it is verified again.',
};

/**
 * Refuses to make or sign a contract while the creator's account or the brand's KYC is not in good standing. Both
 * rows are held FOR SHARE until commit, so a suspension cannot slip in between this check and the caller's write.
 */
export async function requirePartiesInGoodStanding(db: Executor, parties: { influencerId: string; organizationId: string }) {
  const [creator] = await db.select({ status: users.status }).from(users).where(eq(users.id, parties.influencerId)).for('share');
  const [brand] = await db
    .select({ kycStatus: organizations.kycStatus })
    .from(organizations)
    .where(eq(organizations.id, parties.organizationId))
    .for('share');
  if (!creator || !brand) throw new NotFoundError('The creator or the brand of this deal no longer exists.');
  const refusal = creatorRefusals[creator.status] ?? brandRefusals[brand.kycStatus];
  if (refusal) throw new ConflictError(refusal);
}
