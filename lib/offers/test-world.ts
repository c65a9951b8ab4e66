import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  auditLogs,
  campaigns,
  deliverables,
  offerRevisions,
  offers,
  organizations,
  type MemberRole,
  type User,
} from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import type { ActorCtx } from '@/lib/context';
import { createCreator, createOrganizationWithMember, createUser, testCtx } from '@/tests/helpers/factories';
import { organizationMembers } from '@/db/schema';
import { parseTerms, type OfferTermsInput } from './schemas';

/** For tests: a member's BrandCtx as the brandAction wrapper would build it. */
export function brandCtx(db: Executor, organization: { id: string; slug: string; name: string }, user: User, role: MemberRole) {
  return {
    ...testCtx(db),
    actor: { userId: user.id, role: user.role },
    organization: { id: organization.id, slug: organization.slug, name: organization.name },
    membershipRole: role,
  } satisfies BrandCtx;
}

export const creatorCtx = (db: Executor, user: User): ActorCtx => ({
  ...testCtx(db),
  actor: { userId: user.id, role: user.role },
});

/** A verified brand (admin + member) with a published campaign (budget 5000 GBP, a reel and a story) and a creator. */
export async function createOfferWorld(db: Executor, options: { budgetMax?: string | null; kyc?: boolean } = {}) {
  const { organization, user: admin } = await createOrganizationWithMember(db, 'brand_admin');
  await db
    .update(organizations)
    .set({ kycStatus: options.kyc === false ? 'pending' : 'verified' })
    .where(eq(organizations.id, organization.id));
  const member = await createUser(db, { role: 'brand_member' });
  await db.insert(organizationMembers).values({ organizationId: organization.id, userId: member.id, role: 'brand_member' });
  const creator = await createCreator(db, 'Casey Creator');
  const [campaign] = await db
    .insert(campaigns)
    .values({
      organizationId: organization.id,
      title: 'Summer Launch',
      status: 'published',
      currency: 'GBP',
      budgetMin: options.budgetMax === null ? null : '100.00',
      budgetMax: options.budgetMax === undefined ? '5000.00' : options.budgetMax,
      publishedAt: new Date(),
    })
    .returning();
  const [reel, story] = await db
    .insert(deliverables)
    .values([
      { campaignId: campaign!.id, type: 'reel', count: 2 },
      { campaignId: campaign!.id, type: 'story', count: 3 },
    ])
    .returning();
  return {
    organization,
    admin,
    member,
    creator,
    campaign: campaign!,
    reel: reel!,
    story: story!,
    asAdmin: brandCtx(db, organization, admin, 'brand_admin'),
    asMember: brandCtx(db, organization, member, 'brand_member'),
    asCreator: creatorCtx(db, creator),
  };
}

export type OfferWorld = Awaited<ReturnType<typeof createOfferWorld>>;

/** Valid terms for the world's campaign at this price (one milestone for the whole price). */
export function termsFor(
  world: Pick<OfferWorld, 'reel'>,
  price = '1000.00',
  extra: Record<string, unknown> = {},
): OfferTermsInput {
  return parseTerms({
    price,
    deliverables: [{ deliverable_id: world.reel.id, count: 2 }],
    milestones: [{ name: 'On approval', amount: price }],
    usage_rights: { channels: ['instagram'], duration_days: 30, paid_ads_whitelisting: false },
    revisions: 2,
    deadlines: {},
    expires_at: undefined,
    ...extra,
  });
}

export async function offerRow(db: Executor, id: string) {
  const [row] = await db.select().from(offers).where(eq(offers.id, id));
  return row!;
}

export function revisionsOf(db: Executor, id: string) {
  return db.select().from(offerRevisions).where(eq(offerRevisions.offerId, id)).orderBy(asc(offerRevisions.version));
}

export function auditsOf(db: Executor, id: string) {
  return db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.resourceType, 'offer'), eq(auditLogs.resourceId, id)))
    .orderBy(asc(auditLogs.createdAt), asc(auditLogs.id));
}
