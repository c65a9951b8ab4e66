import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns, contracts, deliverableSubmissions, offers } from '@/db/schema';
import { testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { actorCtx } from '@/lib/contracts/test-fixtures';
import { closeOffersForCampaign } from '@/lib/offers/close-for-campaign';
import { applyToCampaign } from '@/lib/offers/apply';
import { inviteCreator } from '@/lib/offers/invite';
import { createOfferWorld, termsFor, type OfferWorld } from '@/lib/offers/test-world';
import { autoApproveStaleSubmissions } from './auto-approve';
import { getContractSubmissions } from './queries';
import { submitDeliverable } from './submit';
import { createContractFixture, testStore, type ContractFixture } from './test-fixtures';

let database: TestDatabase;
const store = testStore();
const day = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const submit = (f: ContractFixture, index = 0) =>
  submitDeliverable(
    actorCtx(database.db, f.creator),
    { contractId: f.contract.id, deliverableId: f.deliverables[index]!.id, contentUrl: 'https://instagram.example/p/1' },
    store,
  );

const setCampaignApproval = (f: ContractFixture, required: boolean) =>
  database.db.update(campaigns).set({ contentApprovalRequired: required }).where(eq(campaigns.id, f.campaign.id));

describe('deal bug 3: the sealed contract, not the live campaign or offer, decides the submission rules', () => {
  it('deal bug 3: a contract sealed without content approval approves on submission after the campaign turns approval on', async () => {
    const f = await createContractFixture(database.db, { contentApprovalRequired: false, deliverableCount: 1 });
    await setCampaignApproval(f, true);
    expect(await submit(f)).toMatchObject({ status: 'auto_approved', completed: true });
  });

  it('deal bug 3: a contract sealed with content approval waits for review after the campaign turns approval off', async () => {
    const f = await createContractFixture(database.db, { contentApprovalRequired: true, deliverableCount: 1 });
    await setCampaignApproval(f, false);
    expect(await submit(f)).toMatchObject({ status: 'submitted', completed: false });
  });

  it('deal bug 3: the submissions view and the deliverables accepted follow the sealed content', async () => {
    const f = await createContractFixture(database.db, { contentApprovalRequired: false, deliverableCount: 2, revisions: 1 });
    await setCampaignApproval(f, true);
    // The live offer row drifts from what was sealed: one deliverable, more revisions.
    await database.db
      .update(offers)
      .set({ terms: { deliverables: [{ deliverable_id: f.deliverables[0]!.id, count: 5 }], revisions: 9 } })
      .where(eq(offers.id, f.offer.id));
    const view = await getContractSubmissions(database.db, f.contract.id, null);
    expect(view).toMatchObject({ contentApprovalRequired: false, revisionsAllowed: 1 });
    expect(view!.deliverables.map((item) => [item.id, item.count])).toEqual(f.deliverables.map((item) => [item.id, 1]));
    expect(await submit(f, 1)).toMatchObject({ status: 'auto_approved' });
  });
});

async function submittedBeforeDispute(now: Date) {
  const f = await createContractFixture(database.db, { contractStatus: 'active', deliverableCount: 1 });
  const [submission] = await database.db
    .insert(deliverableSubmissions)
    .values({
      contractId: f.contract.id,
      deliverableId: f.deliverables[0]!.id,
      submittedBy: f.creator.id,
      caption: 'draft',
      submittedAt: new Date(now.getTime() - 7 * day),
    })
    .returning();
  // Disputed a day after the submission for six days, then resolved as release (back to active) an hour ago.
  await database.db
    .update(contracts)
    .set({
      disputeStatus: 'resolved',
      disputeReason: 'late',
      disputeEvidence: { opened_by: f.admin.id, side: 'brand', opened_at: new Date(now.getTime() - 6 * day).toISOString() },
      disputeResolution: { outcome: 'release', resolved_at: new Date(now.getTime() - 60 * 60 * 1000).toISOString() },
    })
    .where(eq(contracts.id, f.contract.id));
  return submission!;
}

const statusOf = async (id: string) =>
  (await database.db.select().from(deliverableSubmissions).where(eq(deliverableSubmissions.id, id)))[0]!.status;

describe('deal bug 8: the auto-approval clock stops while the contract is disputed', () => {
  it('deal bug 8: six disputed days do not count towards the five days of review', async () => {
    const now = new Date('2027-05-20T12:00:00Z');
    const submission = await submittedBeforeDispute(now);
    await autoApproveStaleSubmissions(testCtx(database.db), now);
    expect(await statusOf(submission.id)).toBe('submitted');
    // One day before and one hour after the dispute have run; four more days make five.
    await autoApproveStaleSubmissions(testCtx(database.db), new Date(now.getTime() + 3 * day));
    expect(await statusOf(submission.id)).toBe('submitted');
    await autoApproveStaleSubmissions(testCtx(database.db), new Date(now.getTime() + 4 * day));
    expect(await statusOf(submission.id)).toBe('auto_approved');
  });
});

/** Holds the campaign row as the cancel path does, cancels it, and starts `racer` before letting go. */
async function cancelWhile(world: OfferWorld, racer: () => Promise<unknown>) {
  let raced!: Promise<PromiseSettledResult<unknown>>;
  await database.db.transaction(async (tx) => {
    await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, world.campaign.id)).for('update');
    await tx.update(campaigns).set({ status: 'cancelled' }).where(eq(campaigns.id, world.campaign.id));
    await closeOffersForCampaign(testCtx(tx), world.campaign, 'cancelled');
    raced = Promise.allSettled([racer()]).then(([result]) => result!);
    await waitForLockWait();
  });
  return raced;
}

/** Until some other session of this database waits on a lock (the racer), at most two seconds. */
async function waitForLockWait() {
  for (let attempt = 0; attempt < 40; attempt++) {
    const [row] = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
    );
    if ((row?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const openOffersOf = (world: OfferWorld) =>
  database.db
    .select({ id: offers.id })
    .from(offers)
    .where(and(eq(offers.campaignId, world.campaign.id), sql`${offers.status} in ('pending', 'counter')`));

describe('deal bug 10: an invitation or application racing a cancellation', () => {
  it('deal bug 10: an invitation sent while the campaign is being cancelled is refused and leaves no open offer', async () => {
    const world = await createOfferWorld(database.db);
    const result = await cancelWhile(world, () =>
      inviteCreator(world.asAdmin, { campaignId: world.campaign.id, creatorId: world.creator.id, terms: termsFor(world) }),
    );
    expect(result.status).toBe('rejected');
    expect((result as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(await openOffersOf(world)).toEqual([]);
  });

  it('deal bug 10: an application sent while the campaign is being cancelled is refused and leaves no open offer', async () => {
    const world = await createOfferWorld(database.db);
    const result = await cancelWhile(world, () =>
      applyToCampaign(world.asCreator, { campaignId: world.campaign.id, terms: termsFor(world) }),
    );
    expect(result.status).toBe('rejected');
    expect((result as PromiseRejectedResult).reason).toBeInstanceOf(NotFoundError);
    expect(await openOffersOf(world)).toEqual([]);
  });
});
