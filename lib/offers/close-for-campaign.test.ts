import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '@/db/schema';
import { transitionCampaign } from '@/lib/campaigns/transition-campaign';
import { createCreator } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { acceptOffer } from './accept';
import { applyToCampaign } from './apply';
import { counterOffer } from './counter';
import { inviteCreator } from './invite';
import { auditsOf, createOfferWorld, creatorCtx, offerRow, revisionsOf, termsFor } from './test-world';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const notificationsOf = (userId: string, type: string) =>
  database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.type, type)));

/** A world with an invitation (pending, v1), an application the brand countered (counter, v2) and an accepted offer. */
async function worldWithOffers() {
  const world = await createOfferWorld(database.db);
  const pending = (
    await inviteCreator(world.asAdmin, { campaignId: world.campaign.id, creatorId: world.creator.id, terms: termsFor(world) })
  ).id;
  const applicant = creatorCtx(database.db, await createCreator(database.db));
  const countered = (await applyToCampaign(applicant, { campaignId: world.campaign.id, terms: termsFor(world) })).id;
  await counterOffer(world.asMember, { offerId: countered, version: 1, terms: termsFor(world, '900.00') });
  const winner = creatorCtx(database.db, await createCreator(database.db));
  const accepted = (await applyToCampaign(winner, { campaignId: world.campaign.id, terms: termsFor(world) })).id;
  await acceptOffer(world.asAdmin, { offerId: accepted, version: 1 });
  return { world, pending, countered, accepted, applicant, winner };
}

describe('closing a campaign closes its open offers', () => {
  it('rejects pending and countered offers as the system when the campaign is cancelled; the rest stay', async () => {
    const { world, pending, countered, accepted, applicant, winner } = await worldWithOffers();
    const other = await createOfferWorld(database.db);
    const elsewhere = (
      await inviteCreator(other.asAdmin, { campaignId: other.campaign.id, creatorId: world.creator.id, terms: termsFor(other) })
    ).id;

    await transitionCampaign(world.asAdmin, world.campaign.id, 'cancel');

    const reason = 'The campaign was cancelled.';
    for (const [id, version] of [
      [pending, 2],
      [countered, 3],
    ] as const) {
      const row = await offerRow(database.db, id);
      expect(row).toMatchObject({ status: 'rejected', version, rejectionReason: reason });
      expect(row.rejectedAt).toBeInstanceOf(Date);
      const revisions = await revisionsOf(database.db, id);
      expect(revisions.map((revision) => revision.version)).toEqual(Array.from({ length: version }, (_, i) => i + 1));
      expect(revisions.at(-1)).toMatchObject({ version, status: 'rejected', changedBy: null, note: reason });
      const audits = await auditsOf(database.db, id);
      expect(audits.at(-1)).toMatchObject({ action: 'reject_offer', actorType: 'system', actorId: null });
      expect(audits.at(-1)!.metadata).toMatchObject({
        after: { status: 'rejected', version, rejectionReason: reason },
        version,
        note: reason,
      });
    }
    for (const [userId, offerId] of [
      [world.creator.id, pending],
      [applicant.actor.userId, countered],
    ] as const) {
      const sent = await notificationsOf(userId, 'offer_rejected');
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ link: `/creator/offers/${offerId}` });
      expect(sent[0]!.body).toContain(reason);
    }

    // The accepted offer is not rejected; its contract was never signed, so cancelling voids it and the offer ends (ADR 10).
    expect(await offerRow(database.db, accepted)).toMatchObject({ status: 'terminated', version: 3, rejectionReason: null });
    expect((await auditsOf(database.db, accepted)).map((audit) => audit.action)).toEqual([
      'apply_to_campaign',
      'accept_offer',
      'end_offer',
    ]);
    expect(await notificationsOf(winner.actor.userId, 'offer_rejected')).toEqual([]);
    expect(await notificationsOf(world.admin.id, 'offer_rejected')).toEqual([]);

    expect(await offerRow(database.db, elsewhere)).toMatchObject({ status: 'pending', version: 1, rejectionReason: null });
    expect(await revisionsOf(database.db, elsewhere)).toHaveLength(1);
  });

  it('says the campaign was completed when it is completed', async () => {
    const { world, pending, countered, accepted } = await worldWithOffers();
    await transitionCampaign(world.asAdmin, world.campaign.id, 'activate');
    await transitionCampaign(world.asAdmin, world.campaign.id, 'complete');

    for (const id of [pending, countered]) {
      expect(await offerRow(database.db, id)).toMatchObject({
        status: 'rejected',
        rejectionReason: 'The campaign was completed.',
      });
    }
    expect((await offerRow(database.db, accepted)).status).toBe('accepted');
  });

  it('leaves offers alone on other lifecycle moves, and a refused move changes nothing', async () => {
    const { world, pending } = await worldWithOffers();
    await transitionCampaign(world.asAdmin, world.campaign.id, 'activate');
    await transitionCampaign(world.asAdmin, world.campaign.id, 'pause');
    await expect(transitionCampaign(world.asMember, world.campaign.id, 'cancel')).rejects.toThrow();
    expect(await offerRow(database.db, pending)).toMatchObject({ status: 'pending', version: 1 });
  });
});
