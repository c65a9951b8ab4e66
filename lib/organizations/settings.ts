import { eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { diffFields, hasChanges } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction } from '@/lib/context';
import { ConflictError, isUniqueViolation, NotFoundError } from '@/lib/errors';
import type { OrganizationProfileInput } from './schemas';

export const slugTaken = () =>
  new ConflictError('That URL is already used by another organization.', {
    slug: ['Already taken: choose another URL.'],
  });

/** Saves the profile and returns the (possibly new) slug; the audit row holds only the fields that changed. */
export async function updateOrganizationProfile(ctx: BrandCtx, input: OrganizationProfileInput): Promise<{ slug: string }> {
  return withTransaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select({
        name: organizations.name,
        slug: organizations.slug,
        description: organizations.description,
        website: organizations.website,
        country: organizations.country,
        currency: organizations.currency,
        timezone: organizations.timezone,
      })
      .from(organizations)
      .where(eq(organizations.id, ctx.organization.id))
      .for('update');
    if (!before) throw new NotFoundError('Organization not found.');
    const after = {
      name: input.name,
      slug: input.slug,
      description: input.description,
      website: input.website,
      country: input.country,
      currency: input.currency,
      timezone: input.timezone,
    };
    const changes = diffFields(before, after);
    if (!hasChanges(changes)) return { slug: before.slug };
    try {
      await tx.db.update(organizations).set(after).where(eq(organizations.id, ctx.organization.id));
    } catch (error) {
      if (isUniqueViolation(error, 'organizations_slug_unique')) throw slugTaken();
      throw error;
    }
    await recordAudit(tx, {
      action: 'update_organization',
      resourceType: 'organization',
      resourceId: ctx.organization.id,
      metadata: changes,
    });
    return { slug: after.slug };
  });
}
