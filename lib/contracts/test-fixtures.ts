import type { Executor } from '@/db/client';
import { campaigns, deliverables, offers, organizationMembers, type MemberRole, type OfferTerms } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import type { ActorCtx } from '@/lib/context';
import { createCreator, createOrganizationWithMember, createUser } from '@/tests/helpers/factories';
import { createContractForAcceptedOffer } from './create';

/** For tests: the ctx of a signed-in user acting from a known request. */
export function actorCtx(db: Executor, user: { id: string; role: ActorCtx['actor']['role'] }): ActorCtx {
  return {
    db,
    actor: { userId: user.id, role: user.role },
    request: { ip: '10.1.2.3', userAgent: 'vitest-agent', correlationId: crypto.randomUUID() },
  };
}

/** For tests: a member acting for the organization, as the brand action wrapper would resolve it. */
export function brandCtx(
  db: Executor,
  world: { organization: { id: string; slug: string; name: string }; admin: { id: string; role: ActorCtx['actor']['role'] } },
  user: { id: string; role: ActorCtx['actor']['role'] } = world.admin,
  membershipRole: MemberRole = 'brand_admin',
): BrandCtx {
  const { id, slug, name } = world.organization;
  return { ...actorCtx(db, user), organization: { id, slug, name }, membershipRole };
}

export async function addMember(db: Executor, organizationId: string, role: MemberRole) {
  const user = await createUser(db, { role });
  await db.insert(organizationMembers).values({ organizationId, userId: user.id, role });
  return user;
}

export const sampleTerms = (deliverableId: string): OfferTerms => ({
  deliverables: [{ deliverable_id: deliverableId, count: 2 }],
  milestones: [
    { name: 'On signature', amount: '500.00' },
    { name: 'On approval', amount: '750.50', due_at: '2026-09-01' },
  ],
  usage_rights: { channels: ['instagram', 'tiktok'], duration_days: 90, paid_ads_whitelisting: true },
  revisions: 2,
  deadlines: { draft_due: '2026-08-15' },
  message: 'Looking forward to it',
});

/** A brand (admin + member), a creator, a campaign with a deliverable and an accepted offer between them. */
export async function createAcceptedOffer(db: Executor) {
  const { organization, user: admin } = await createOrganizationWithMember(db, 'brand_admin');
  const member = await addMember(db, organization.id, 'brand_member');
  const creator = await createCreator(db, 'Casey Creator');
  const [campaign] = await db
    .insert(campaigns)
    .values({
      organizationId: organization.id,
      title: 'Summer Launch',
      status: 'published',
      currency: 'GBP',
      budgetMax: '10000.00',
    })
    .returning();
  const [deliverable] = await db
    .insert(deliverables)
    .values({ campaignId: campaign!.id, type: 'reel', count: 1, instructions: 'Show the bottle in daylight' })
    .returning();
  const [offer] = await db
    .insert(offers)
    .values({
      campaignId: campaign!.id,
      influencerId: creator.id,
      organizationId: organization.id,
      price: '1250.50',
      currency: 'GBP',
      terms: sampleTerms(deliverable!.id),
      status: 'accepted',
      version: 3,
      counterBy: 'influencer',
      createdBy: admin.id,
      acceptedAt: new Date(),
    })
    .returning();
  return { organization, admin, member, creator, campaign: campaign!, deliverable: deliverable!, offer: offer! };
}

/** The same world with its contract created (status pending). */
export async function createPendingContract(db: Executor) {
  const world = await createAcceptedOffer(db);
  const { id } = await createContractForAcceptedOffer(actorCtx(db, world.admin), world.offer);
  return { ...world, contractId: id };
}
