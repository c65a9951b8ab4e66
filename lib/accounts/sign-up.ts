import { organizationMembers, organizations, profiles, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password';
import { withTransaction, type Ctx } from '@/lib/context';
import { ConflictError, isUniqueViolation } from '@/lib/errors';
import { issueTokenEmail } from './email-verification';
import type { BrandSignUp, CreatorSignUp } from './schemas';
import { freeOrganizationSlug } from './slug';

const emailTaken = () =>
  new ConflictError('An account with this email already exists. Sign in instead.', { email: ['Already registered.'] });

async function insertUser(ctx: Ctx, values: typeof users.$inferInsert) {
  try {
    const [user] = await ctx.db.insert(users).values(values).returning({ id: users.id, email: users.email });
    return user!;
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

/** A brand account: the user, the organization and the user's brand_admin membership, all or nothing. */
export async function signUpBrand(ctx: Ctx, input: BrandSignUp): Promise<{ userId: string; orgSlug: string }> {
  const passwordHash = await hashPassword(input.password);
  return withTransaction(ctx, async (tx) => {
    const user = await insertUser(tx, { email: input.email, name: input.name, passwordHash, role: 'brand_admin' });
    const slug = await freeOrganizationSlug(tx.db, input.organizationName);
    const [organization] = await tx.db
      .insert(organizations)
      .values({ name: input.organizationName, slug, country: input.country })
      .returning({ id: organizations.id, slug: organizations.slug });
    await tx.db.insert(organizationMembers).values({ organizationId: organization!.id, userId: user.id, role: 'brand_admin' });
    await recordAudit(tx, {
      action: 'sign_up_brand',
      resourceType: 'organization',
      resourceId: organization!.id,
      actorId: user.id,
      metadata: { after: { name: input.organizationName, slug, country: input.country, owner: user.email } },
    });
    await issueTokenEmail(tx, user, 'email_verification');
    return { userId: user.id, orgSlug: organization!.slug };
  });
}

/** A creator account: the user and an empty profile to complete in onboarding. */
export async function signUpCreator(ctx: Ctx, input: CreatorSignUp): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(input.password);
  return withTransaction(ctx, async (tx) => {
    const user = await insertUser(tx, { email: input.email, name: input.displayName, passwordHash, role: 'influencer' });
    const [profile] = await tx.db
      .insert(profiles)
      .values({ userId: user.id, displayName: input.displayName })
      .returning({ id: profiles.id });
    await recordAudit(tx, {
      action: 'sign_up_creator',
      resourceType: 'profile',
      resourceId: profile!.id,
      actorId: user.id,
      metadata: { after: { displayName: input.displayName, email: user.email } },
    });
    await issueTokenEmail(tx, user, 'email_verification');
    return { userId: user.id };
  });
}
