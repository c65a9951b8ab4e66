import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, campaigns, organizations, type MemberRole } from '@/db/schema';
import { createActionClients, type BrandCtx } from '@/lib/actions/clients';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { createOrganizationWithMember, testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { createDraft, updateCampaign } from './mutations';
import { createDraftSchema, updateCampaignSchema, type CampaignInput } from './schemas';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function brandMember(role: MemberRole = 'brand_admin') {
  const { organization, user } = await createOrganizationWithMember(database.db, role);
  const ctx: BrandCtx = {
    ...testCtx(database.db),
    actor: { userId: user.id, role: user.role },
    organization: { id: organization.id, slug: organization.slug, name: organization.name },
    membershipRole: role,
  };
  return { organization, user, ctx };
}

const fields = {
  title: 'Summer launch',
  description: 'Our summer range.',
  objectives: 'Awareness\nSign-ups',
  tone: 'Playful',
  keyMessages: 'Light and cool',
  dos: 'Show the product',
  donts: 'Mention competitors',
  hashtags: 'summer',
  mentions: 'acme',
  budgetMin: '1000',
  budgetMax: '5000.50',
  startDate: '2027-06-01',
  endDate: '2027-07-31',
  deliverableDeadline: '2027-07-20',
  submissionDeadline: '2027-07-10',
  contentApprovalRequired: 'on',
};

const draftInput = (overrides: Record<string, unknown> = {}): CampaignInput =>
  createDraftSchema.parse({ orgSlug: 'unused', ...fields, ...overrides });

const auditsOf = (resourceId: string) =>
  database.db.select().from(auditLogs).where(eq(auditLogs.resourceId, resourceId)).orderBy(auditLogs.createdAt);

const campaignRow = async (id: string) => (await database.db.select().from(campaigns).where(eq(campaigns.id, id)))[0]!;

describe('creating a draft', () => {
  it('stores the draft with its brief, in the organization currency, and audits the fields', async () => {
    const { organization, user, ctx } = await brandMember('brand_member');
    await database.db.update(organizations).set({ currency: 'EUR' }).where(eq(organizations.id, organization.id));
    const { id } = await createDraft(ctx, draftInput());
    const row = await campaignRow(id);
    expect(row).toMatchObject({
      organizationId: organization.id,
      status: 'draft',
      title: 'Summer launch',
      budgetMin: '1000.00',
      budgetMax: '5000.50',
      currency: 'EUR',
      contentApprovalRequired: true,
      brief: {
        objectives: ['Awareness', 'Sign-ups'],
        tone: 'Playful',
        key_messages: ['Light and cool'],
        dos: ['Show the product'],
        donts: ['Mention competitors'],
        hashtags: ['#summer'],
        mentions: ['@acme'],
      },
    });
    expect(row.startDate?.toISOString()).toBe('2027-06-01T00:00:00.000Z');
    const [audit] = await auditsOf(id);
    expect(audit).toMatchObject({ action: 'create_campaign', resourceType: 'campaign', actorId: user.id });
    expect(audit!.metadata).toMatchObject({
      before: { title: null, budgetMax: null },
      after: {
        title: 'Summer launch',
        budgetMax: '5000.50',
        currency: 'EUR',
        status: 'draft',
        startDate: '2027-06-01T00:00:00.000Z',
      },
    });
  });

  it('takes a chosen currency over the organization one', async () => {
    const { ctx } = await brandMember();
    const { id } = await createDraft(ctx, draftInput({ currency: 'usd' }));
    expect((await campaignRow(id)).currency).toBe('USD');
  });

  it('is refused by the database too when the minimum budget is above the maximum, leaving nothing behind', async () => {
    const { organization, ctx } = await brandMember();
    const attempt = createDraft(ctx, { ...draftInput(), title: 'Backwards budget', budgetMin: '500.00', budgetMax: '100.00' });
    await expect(attempt).rejects.toThrow(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { budgetMax: [expect.stringMatching(/at least the minimum/)] } });
    const rows = await database.db.select().from(campaigns).where(eq(campaigns.organizationId, organization.id));
    expect(rows).toHaveLength(0);
    const audits = await database.db.select().from(auditLogs).where(eq(auditLogs.actorId, ctx.actor.userId));
    expect(audits).toHaveLength(0);
  });
});

describe('editing a campaign', () => {
  it('changes a draft and audits only the changed fields, before → after', async () => {
    const { ctx } = await brandMember('brand_member');
    const { id } = await createDraft(ctx, draftInput());
    const result = await updateCampaign(
      ctx,
      id,
      draftInput({ title: 'Summer launch 2027', budgetMax: '6000', hashtags: 'summer\nsun', startDate: '2027-06-02' }),
    );
    expect(result.changed.sort()).toEqual(['brief', 'budgetMax', 'startDate', 'title']);
    const audits = await auditsOf(id);
    expect(audits.map((row) => row.action)).toEqual(['create_campaign', 'update_campaign']);
    expect(audits[1]!.metadata).toMatchObject({
      before: { title: 'Summer launch', budgetMax: '5000.50', startDate: '2027-06-01T00:00:00.000Z' },
      after: { title: 'Summer launch 2027', budgetMax: '6000.00', startDate: '2027-06-02T00:00:00.000Z' },
    });
    expect((audits[1]!.metadata as { after: { brief: { hashtags: string[] } } }).after.brief.hashtags).toEqual([
      '#summer',
      '#sun',
    ]);
  });

  it('writes nothing when nothing changed, and keeps brief keys the form does not know', async () => {
    const { ctx } = await brandMember();
    const { id } = await createDraft(ctx, draftInput());
    const row = await campaignRow(id);
    await database.db
      .update(campaigns)
      .set({ brief: { ...row.brief, platforms: ['instagram'] } })
      .where(eq(campaigns.id, id));
    expect(await updateCampaign(ctx, id, draftInput())).toEqual({ id, changed: [] });
    expect((await auditsOf(id)).map((audit) => audit.action)).toEqual(['create_campaign']);
    await updateCampaign(ctx, id, draftInput({ tone: 'Calm' }));
    expect((await campaignRow(id)).brief).toMatchObject({ tone: 'Calm', platforms: ['instagram'] });
  });

  it('after publishing, allows the description, brief, submission deadline and approval but names locked fields', async () => {
    const { ctx } = await brandMember();
    const { id } = await createDraft(ctx, draftInput());
    await database.db.update(campaigns).set({ status: 'published' }).where(eq(campaigns.id, id));

    const refused = updateCampaign(ctx, id, draftInput({ title: 'New title', budgetMax: '9000', description: 'New text' }));
    await expect(refused).rejects.toThrow(ConflictError);
    await expect(refused).rejects.toMatchObject({
      message: expect.stringContaining('these fields can no longer change: Title, Maximum budget.'),
      fieldErrors: { title: [expect.stringMatching(/no longer change/)], budgetMax: [expect.stringMatching(/no longer change/)] },
    });
    expect(await campaignRow(id)).toMatchObject({ title: 'Summer launch', description: 'Our summer range.' });

    const allowed = await updateCampaign(
      ctx,
      id,
      draftInput({ description: 'New text', tone: 'Bold', submissionDeadline: '2027-07-05', contentApprovalRequired: false }),
    );
    expect(allowed.changed.sort()).toEqual(['brief', 'contentApprovalRequired', 'description', 'submissionDeadline']);
    expect((await auditsOf(id)).map((audit) => audit.action)).toEqual(['create_campaign', 'update_campaign']);
  });

  it('treats a stored time on the same calendar day as unchanged (no spurious locked-field error)', async () => {
    const { ctx } = await brandMember();
    const { id } = await createDraft(ctx, draftInput());
    await database.db
      .update(campaigns)
      .set({ status: 'active', startDate: new Date('2027-06-01T09:30:00Z') })
      .where(eq(campaigns.id, id));
    const result = await updateCampaign(ctx, id, draftInput({ description: 'Only this' }));
    expect(result.changed).toEqual(['description']);
    expect((await campaignRow(id)).startDate?.toISOString()).toBe('2027-06-01T09:30:00.000Z');
  });

  it('refuses editing a cancelled campaign', async () => {
    const { ctx } = await brandMember();
    const { id } = await createDraft(ctx, draftInput());
    await database.db.update(campaigns).set({ status: 'cancelled' }).where(eq(campaigns.id, id));
    await expect(updateCampaign(ctx, id, draftInput({ description: 'x' }))).rejects.toThrow(
      'This campaign is cancelled and can no longer be edited.',
    );
  });

  it('rolls back a refused change: neither the row nor an audit row changes', async () => {
    const { ctx } = await brandMember();
    const { id } = await createDraft(ctx, draftInput());
    const attempt = updateCampaign(ctx, id, { ...draftInput(), title: 'Never saved', budgetMin: '9000.00', budgetMax: '10.00' });
    await expect(attempt).rejects.toThrow(ValidationError);
    expect(await campaignRow(id)).toMatchObject({ title: 'Summer launch', budgetMin: '1000.00', budgetMax: '5000.50' });
    expect((await auditsOf(id)).map((audit) => audit.action)).toEqual(['create_campaign']);
  });

  it("gives another organization's admin NotFound and changes nothing", async () => {
    const owner = await brandMember();
    const outsider = await brandMember('brand_admin');
    const { id } = await createDraft(owner.ctx, draftInput());
    await expect(updateCampaign(outsider.ctx, id, draftInput({ title: 'Hijacked' }))).rejects.toThrow(NotFoundError);
    expect((await campaignRow(id)).title).toBe('Summer launch');
    expect((await auditsOf(id)).map((audit) => audit.action)).toEqual(['create_campaign']);
  });
});

describe('through the brand action wrapper', () => {
  let signedIn: { id: string; email: string; role: 'brand_admin' | 'brand_member'; status: 'active' } | null = null;
  const clients = () =>
    createActionClients({
      currentUser: async () => signedIn,
      requestMeta: async () => ({ ip: '10.0.0.1', userAgent: 'test-agent', correlationId: crypto.randomUUID() }),
      db: () => database.db,
      rethrowFrameworkError: () => {},
    });
  const createAction = () => clients().brandAction(createDraftSchema, 'campaign.draft', (input, ctx) => createDraft(ctx, input));
  const updateAction = () =>
    clients().brandAction(updateCampaignSchema, 'campaign.draft', (input, ctx) => updateCampaign(ctx, input.campaignId, input));

  it('lets a brand member create from a submitted form and shows field errors for a bad one', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_member');
    signedIn = { id: user.id, email: user.email, role: 'brand_member', status: 'active' };
    const data = new FormData();
    for (const [key, value] of Object.entries({ ...fields, orgSlug: organization.slug })) data.set(key, value);
    const result = await createAction()(null, data);
    expect(result).toMatchObject({ ok: true, data: { id: expect.any(String) } });

    data.set('budgetMin', '9999');
    expect(await createAction()(null, data)).toEqual({
      ok: false,
      error: 'Please correct the highlighted fields.',
      fieldErrors: { budgetMax: ['The maximum budget must be at least the minimum budget.'] },
    });
  });

  it("refuses another organization's member, whatever slug they use", async () => {
    const owner = await brandMember();
    const { id } = await createDraft(owner.ctx, draftInput());
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    signedIn = { id: outsider.user.id, email: outsider.user.email, role: 'brand_admin', status: 'active' };
    const theirSlug = { ...fields, title: 'Hijacked', campaignId: id, orgSlug: owner.organization.slug };
    expect(await updateAction()(null, theirSlug)).toEqual({ ok: false, error: 'Organization not found.' });
    const ownSlug = { ...theirSlug, orgSlug: outsider.organization.slug };
    expect(await updateAction()(null, ownSlug)).toEqual({ ok: false, error: 'Campaign not found.' });
    const rows = await database.db
      .select({ title: campaigns.title })
      .from(campaigns)
      .where(and(eq(campaigns.id, id), eq(campaigns.organizationId, owner.organization.id)));
    expect(rows).toEqual([{ title: 'Summer launch' }]);
  });
});
