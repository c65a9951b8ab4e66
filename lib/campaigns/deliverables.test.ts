import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, campaigns, deliverables, type MemberRole } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { createOrganizationWithMember, testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { addDeliverable, removeDeliverable, updateDeliverable } from './deliverables';
import { createDraft } from './mutations';
import { addDeliverableSchema, createDraftSchema, type DeliverableInput } from './schemas';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function draftOf(role: MemberRole = 'brand_member') {
  const { organization, user } = await createOrganizationWithMember(database.db, role);
  const ctx: BrandCtx = {
    ...testCtx(database.db),
    actor: { userId: user.id, role: user.role },
    organization: { id: organization.id, slug: organization.slug, name: organization.name },
    membershipRole: role,
  };
  const { id } = await createDraft(ctx, createDraftSchema.parse({ orgSlug: organization.slug, title: 'Launch' }));
  return { ctx, campaignId: id };
}

const campaignId = '00000000-0000-4000-8000-000000000000';
const deliverableInput = (overrides: Record<string, unknown> = {}): DeliverableInput =>
  addDeliverableSchema.parse({
    orgSlug: 'unused',
    campaignId,
    type: 'reel',
    count: '2',
    priceMin: '100',
    priceSuggested: '150',
    priceMax: '200',
    instructions: 'Show the bottle in the first second.',
    guidelineHashtags: 'ad\nsummer',
    guidelineMentions: 'acme',
    guidelineLinks: 'https://acme.test',
    ...overrides,
  });

const auditsOf = (resourceId: string) =>
  database.db.select().from(auditLogs).where(eq(auditLogs.resourceId, resourceId)).orderBy(auditLogs.createdAt);
const deliverableCount = async (id: string) =>
  (await database.db.select({ n: count() }).from(deliverables).where(eq(deliverables.campaignId, id)))[0]!.n;

describe('deliverables of a draft', () => {
  it('adds, edits and removes a deliverable, auditing each with the campaign id', async () => {
    const { ctx, campaignId } = await draftOf();
    const { id } = await addDeliverable(ctx, campaignId, deliverableInput());
    const [row] = await database.db.select().from(deliverables).where(eq(deliverables.id, id));
    expect(row).toMatchObject({
      campaignId,
      type: 'reel',
      count: 2,
      priceMin: '100.00',
      priceSuggested: '150.00',
      priceMax: '200.00',
      guidelines: { hashtags: ['#ad', '#summer'], mentions: ['@acme'], links: ['https://acme.test'] },
    });

    const updated = await updateDeliverable(ctx, campaignId, id, deliverableInput({ count: '3', priceMax: '250' }));
    expect(updated.changed.sort()).toEqual(['count', 'priceMax']);
    await removeDeliverable(ctx, campaignId, id);
    expect(await deliverableCount(campaignId)).toBe(0);

    const audits = await auditsOf(id);
    expect(audits.map((audit) => [audit.action, audit.resourceType, audit.actorId])).toEqual([
      ['add_deliverable', 'deliverable', ctx.actor.userId],
      ['update_deliverable', 'deliverable', ctx.actor.userId],
      ['remove_deliverable', 'deliverable', ctx.actor.userId],
    ]);
    expect(audits.every((audit) => audit.metadata?.campaignId === campaignId)).toBe(true);
    expect(audits[1]!.metadata).toMatchObject({
      before: { count: 2, priceMax: '200.00' },
      after: { count: 3, priceMax: '250.00' },
    });
    expect(audits[2]!.metadata).toMatchObject({ before: { type: 'reel', count: 3 } });
  });

  it('refuses prices out of order in the database too, leaving neither a row nor an audit row', async () => {
    const { ctx, campaignId } = await draftOf();
    const attempt = addDeliverable(ctx, campaignId, { ...deliverableInput(), priceSuggested: '300.00' });
    await expect(attempt).rejects.toThrow(ValidationError);
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { priceSuggested: [expect.stringContaining('minimum ≤ suggested')] },
    });
    expect(await deliverableCount(campaignId)).toBe(0);
    const audits = await database.db.select().from(auditLogs).where(eq(auditLogs.action, 'add_deliverable'));
    expect(audits.filter((audit) => audit.metadata?.campaignId === campaignId)).toHaveLength(0);
  });

  it('makes deliverables read-only once the campaign is published', async () => {
    const { ctx, campaignId } = await draftOf();
    const { id } = await addDeliverable(ctx, campaignId, deliverableInput());
    await database.db.update(campaigns).set({ status: 'published' }).where(eq(campaigns.id, campaignId));
    const message = 'This campaign is published, so its deliverables are read-only.';
    await expect(addDeliverable(ctx, campaignId, deliverableInput())).rejects.toThrow(message);
    await expect(updateDeliverable(ctx, campaignId, id, deliverableInput({ count: '9' }))).rejects.toThrow(ConflictError);
    await expect(removeDeliverable(ctx, campaignId, id)).rejects.toThrow(message);
    expect(await deliverableCount(campaignId)).toBe(1);
    expect((await auditsOf(id)).map((audit) => audit.action)).toEqual(['add_deliverable']);
  });

  it("gives another organization's admin NotFound for every deliverable action and changes nothing", async () => {
    const owner = await draftOf();
    const outsider = await draftOf('brand_admin');
    const { id } = await addDeliverable(owner.ctx, owner.campaignId, deliverableInput());
    await expect(addDeliverable(outsider.ctx, owner.campaignId, deliverableInput())).rejects.toThrow(NotFoundError);
    await expect(updateDeliverable(outsider.ctx, owner.campaignId, id, deliverableInput({ count: '9' }))).rejects.toThrow(
      NotFoundError,
    );
    await expect(removeDeliverable(outsider.ctx, owner.campaignId, id)).rejects.toThrow(NotFoundError);
    // Their own campaign id with someone else's deliverable id is not found either.
    await expect(removeDeliverable(outsider.ctx, outsider.campaignId, id)).rejects.toThrow('Deliverable not found.');
    const [row] = await database.db.select().from(deliverables).where(eq(deliverables.id, id));
    expect(row).toMatchObject({ count: 2, campaignId: owner.campaignId });
    expect((await auditsOf(id)).map((audit) => audit.action)).toEqual(['add_deliverable']);
  });
});
