import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, campaigns, organizationMembers, organizations, users } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';
import { createOrganizationWithMember, createUser, testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { addDeliverable } from './deliverables';
import { createDraft } from './mutations';
import { addDeliverableSchema, createDraftSchema, lifecycleEvents } from './schemas';
import { transitionCampaign } from './transition-campaign';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

function ctxFor(
  organization: { id: string; slug: string; name: string },
  user: typeof users.$inferSelect,
  role: BrandCtx['membershipRole'],
) {
  return {
    ...testCtx(database.db),
    actor: { userId: user.id, role: user.role },
    organization: { id: organization.id, slug: organization.slug, name: organization.name },
    membershipRole: role,
  } satisfies BrandCtx;
}

/** A verified organization with an admin, a member, and a draft ready to publish (budget and one deliverable). */
async function readyDraft(options: { kyc?: boolean; budget?: boolean; deliverable?: boolean } = {}) {
  const { kyc = true, budget = true, deliverable = true } = options;
  const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
  if (kyc) await database.db.update(organizations).set({ kycStatus: 'verified' }).where(eq(organizations.id, organization.id));
  const memberUser = await createUser(database.db, { role: 'brand_member' });
  await database.db
    .insert(organizationMembers)
    .values({ organizationId: organization.id, userId: memberUser.id, role: 'brand_member' });
  const admin = ctxFor(organization, user, 'brand_admin');
  const member = ctxFor(organization, memberUser, 'brand_member');
  const draft = createDraftSchema.parse({
    orgSlug: organization.slug,
    title: 'Launch',
    ...(budget ? { budgetMin: '100', budgetMax: '900' } : {}),
  });
  const { id } = await createDraft(member, draft);
  if (deliverable) {
    await addDeliverable(
      member,
      id,
      addDeliverableSchema.parse({ orgSlug: organization.slug, campaignId: id, type: 'story', count: 1 }),
    );
  }
  return { admin, member, campaignId: id };
}

const campaignRow = async (id: string) => (await database.db.select().from(campaigns).where(eq(campaigns.id, id)))[0]!;
const lifecycleAudits = (id: string) =>
  database.db
    .select({ action: auditLogs.action, metadata: auditLogs.metadata, actorId: auditLogs.actorId })
    .from(auditLogs)
    .where(and(eq(auditLogs.resourceId, id), eq(auditLogs.resourceType, 'campaign')))
    .orderBy(auditLogs.createdAt);

describe('campaign lifecycle', () => {
  it('lets an admin publish, start, pause, resume and complete, stamping the dates and auditing each step', async () => {
    const { admin, campaignId } = await readyDraft();
    const started = Date.now();
    for (const event of ['publish', 'activate', 'pause', 'resume', 'complete'] as const) {
      await transitionCampaign(admin, campaignId, event);
    }
    const row = await campaignRow(campaignId);
    expect(row.status).toBe('completed');
    expect(row.publishedAt!.getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(row.completedAt!.getTime()).toBeGreaterThanOrEqual(row.publishedAt!.getTime());
    const audits = await lifecycleAudits(campaignId);
    expect(audits.map((audit) => [audit.action, audit.metadata])).toEqual([
      ['create_campaign', expect.anything()],
      ['publish_campaign', { before: { status: 'draft' }, after: { status: 'published' } }],
      ['activate_campaign', { before: { status: 'published' }, after: { status: 'active' } }],
      ['pause_campaign', { before: { status: 'active' }, after: { status: 'paused' } }],
      ['resume_campaign', { before: { status: 'paused' }, after: { status: 'active' } }],
      ['complete_campaign', { before: { status: 'active' }, after: { status: 'completed' } }],
    ]);
    expect(audits.slice(1).every((audit) => audit.actorId === admin.actor.userId)).toBe(true);
  });

  it('lets an admin cancel, and refuses moves the lifecycle does not have', async () => {
    const { admin, campaignId } = await readyDraft();
    await expect(transitionCampaign(admin, campaignId, 'pause')).rejects.toThrow('A draft campaign cannot be paused.');
    await transitionCampaign(admin, campaignId, 'cancel');
    expect((await campaignRow(campaignId)).status).toBe('cancelled');
    await expect(transitionCampaign(admin, campaignId, 'publish')).rejects.toThrow(ConflictError);
  });

  it('guards publishing with clear messages: KYC, then a deliverable, then a budget; nothing changes', async () => {
    const cases = [
      [{ kyc: false }, 'Verify your organization (KYC) before publishing a campaign.'],
      [{ deliverable: false }, 'Add at least one deliverable before publishing.'],
      [{ budget: false }, 'Set a budget (minimum and maximum) before publishing.'],
    ] as const;
    for (const [options, message] of cases) {
      const { admin, campaignId } = await readyDraft(options);
      await expect(transitionCampaign(admin, campaignId, 'publish')).rejects.toThrow(message);
      expect(await campaignRow(campaignId)).toMatchObject({ status: 'draft', publishedAt: null });
      expect((await lifecycleAudits(campaignId)).map((audit) => audit.action)).toEqual(['create_campaign']);
    }
  });

  it('refuses a brand member every status change (admin only), changing nothing', async () => {
    const { admin, member, campaignId } = await readyDraft();
    await expect(transitionCampaign(member, campaignId, 'publish')).rejects.toThrow(
      new ForbiddenError('Only an organization admin can publish a campaign.'),
    );
    await expect(transitionCampaign(member, campaignId, 'cancel')).rejects.toThrow(ForbiddenError);
    await transitionCampaign(admin, campaignId, 'publish');
    await expect(transitionCampaign(member, campaignId, 'activate')).rejects.toThrow(ForbiddenError);
    expect((await campaignRow(campaignId)).status).toBe('published');
    expect((await lifecycleAudits(campaignId)).map((audit) => audit.action)).toEqual(['create_campaign', 'publish_campaign']);
  });

  it("gives another organization's admin NotFound for every event and changes nothing", async () => {
    const target = await readyDraft();
    const outsider = await readyDraft();
    for (const event of lifecycleEvents) {
      await expect(transitionCampaign(outsider.admin, target.campaignId, event)).rejects.toThrow(NotFoundError);
    }
    expect((await campaignRow(target.campaignId)).status).toBe('draft');
    expect((await lifecycleAudits(target.campaignId)).map((audit) => audit.action)).toEqual(['create_campaign']);
  });

  it('applies exactly one of two concurrent publishes (row lock), with one audit row', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { admin, campaignId } = await readyDraft();
      const results = await Promise.allSettled([
        transitionCampaign(admin, campaignId, 'publish'),
        transitionCampaign(admin, campaignId, 'publish'),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
      expect(rejected.reason).toEqual(new ConflictError('A published campaign cannot be published.'));
      const publishes = (await lifecycleAudits(campaignId)).filter((audit) => audit.action === 'publish_campaign');
      expect(publishes).toHaveLength(1);
    }
  });
});
