import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations, users } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { createOrganizationWithMember, testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { addDeliverable, removeDeliverable, updateDeliverable } from './deliverables';
import { createDraft, updateCampaign } from './mutations';
import { addDeliverableSchema, createDraftSchema } from './schemas';
import { describeAuditRow, getCampaignTimeline } from './timeline';
import { transitionCampaign } from './transition-campaign';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function adminOf() {
  const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
  await database.db.update(users).set({ name: 'Ada Admin' }).where(eq(users.id, user.id));
  await database.db.update(organizations).set({ kycStatus: 'verified' }).where(eq(organizations.id, organization.id));
  const ctx: BrandCtx = {
    ...testCtx(database.db),
    actor: { userId: user.id, role: user.role },
    organization: { id: organization.id, slug: organization.slug, name: organization.name },
    membershipRole: 'brand_admin',
  };
  return ctx;
}

const draft = (overrides: Record<string, unknown> = {}) =>
  createDraftSchema.parse({ orgSlug: 'unused', title: 'Launch', budgetMin: '100', budgetMax: '900', ...overrides });
const deliverable = (campaignId: string, type: string) =>
  addDeliverableSchema.parse({ orgSlug: 'unused', campaignId, type, count: '1' });

describe('campaign timeline', () => {
  it('lists the campaign and its deliverables, newest first, with names, words and before → after', async () => {
    const ctx = await adminOf();
    const { id } = await createDraft(ctx, draft());
    const other = await createDraft(ctx, draft({ title: 'Other campaign' }));
    await addDeliverable(ctx, other.id, deliverable(other.id, 'story'));
    const reel = await addDeliverable(ctx, id, deliverable(id, 'reel'));
    const story = await addDeliverable(ctx, id, deliverable(id, 'story'));
    await removeDeliverable(ctx, id, story.id);
    await updateDeliverable(ctx, id, reel.id, { ...deliverable(id, 'reel'), count: 2 });
    await updateCampaign(ctx, id, draft({ title: 'Launch 2027', hashtags: 'summer' }));
    await transitionCampaign(ctx, id, 'publish');

    const timeline = await getCampaignTimeline(database.db, ctx.organization.id, id);
    expect(timeline.map((entry) => entry.summary)).toEqual([
      'published the campaign',
      'edited the campaign',
      'edited a deliverable (Reel)',
      'removed a deliverable (Story)',
      'added a deliverable (Story)',
      'added a deliverable (Reel)',
      'created the campaign',
    ]);
    expect(timeline.every((entry) => entry.actorName === 'Ada Admin')).toBe(true);
    expect(timeline[0]!.changes).toEqual([{ field: 'Status', before: 'Draft', after: 'Published' }]);
    expect(timeline[1]!.changes).toEqual([
      { field: 'Title', before: 'Launch', after: 'Launch 2027' },
      { field: 'Brief: Hashtags', before: '—', after: '#summer' },
    ]);
    expect(timeline[2]!.changes).toEqual([{ field: 'Count', before: '1', after: '2' }]);
    expect(timeline.at(-1)!.changes).toContainEqual({ field: 'Title', before: null, after: 'Launch' });
  });

  it('is empty for a campaign of another organization', async () => {
    const owner = await adminOf();
    const outsider = await adminOf();
    const { id } = await createDraft(owner, draft());
    expect(await getCampaignTimeline(database.db, outsider.organization.id, id)).toEqual([]);
  });
});

describe('describing audit rows', () => {
  const row = {
    id: 'a',
    createdAt: new Date('2026-01-01T10:00:00Z'),
    resourceType: 'campaign',
    actorName: null,
    actorEmail: 'ops@brand.test',
  };

  it('names jobs as Pactly, falls back to the email, and formats seeded snake_case fields and dates', () => {
    expect(
      describeAuditRow({
        ...row,
        action: 'activate_campaign',
        actorType: 'system',
        metadata: { before: { status: 'published' }, after: { status: 'active' } },
      }),
    ).toMatchObject({ actorName: 'Pactly (automatic)', summary: 'started the campaign' });
    const entry = describeAuditRow({
      ...row,
      action: 'create_campaign',
      actorType: 'user',
      metadata: {
        after: { title: 'T', budget_max: '900.00', start_date: '2027-06-01T00:00:00.000Z', content_approval_required: true },
      },
    });
    expect(entry.actorName).toBe('ops@brand.test');
    expect(entry.changes).toEqual([
      { field: 'Title', before: null, after: 'T' },
      { field: 'Maximum budget', before: null, after: '900.00' },
      { field: 'Start date', before: null, after: '1 Jun 2027' },
      { field: 'Content approval required', before: null, after: 'Yes' },
    ]);
  });

  it('words unknown actions readably', () => {
    expect(describeAuditRow({ ...row, action: 'archive_campaign', actorType: 'user', metadata: null }).summary).toBe(
      'archive campaign',
    );
  });
});
