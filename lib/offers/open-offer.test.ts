import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns, notifications, offers } from '@/db/schema';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { applyToCampaign } from './apply';
import { inviteCreator } from './invite';
import { activeOfferMessage } from './open-offer';
import { auditsOf, createOfferWorld, creatorCtx, offerRow, revisionsOf, termsFor } from './test-world';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const notificationsOf = (userId: string) => database.db.select().from(notifications).where(eq(notifications.userId, userId));

describe('inviteCreator', () => {
  it('lets a brand member invite a creator: version 1, revision, audit, and the creator is notified', async () => {
    const world = await createOfferWorld(database.db);
    const { id } = await inviteCreator(world.asMember, {
      campaignId: world.campaign.id,
      creatorId: world.creator.id,
      terms: termsFor(world, '1200.50', { message: 'Would love to work with you' }),
    });
    expect(await offerRow(database.db, id)).toMatchObject({
      status: 'pending',
      version: 1,
      price: '1200.50',
      currency: 'GBP',
      counterBy: 'brand',
      initiatedBy: 'brand',
      createdBy: world.member.id,
      organizationId: world.organization.id,
      influencerId: world.creator.id,
    });
    const revisions = await revisionsOf(database.db, id);
    expect(revisions).toEqual([
      expect.objectContaining({ version: 1, status: 'pending', changedBy: world.member.id, note: 'Would love to work with you' }),
    ]);
    expect(revisions[0]!.terms).toMatchObject({ milestones: [{ name: 'On approval', amount: '1200.50' }] });
    const audits = await auditsOf(database.db, id);
    expect(audits.map((audit) => [audit.action, audit.actorId])).toEqual([['invite_creator', world.member.id]]);
    expect(audits[0]!.metadata).toMatchObject({ after: { status: 'pending', version: 1, price: '1200.50' } });
    expect(await notificationsOf(world.creator.id)).toEqual([
      expect.objectContaining({ type: 'offer_received', link: `/creator/offers/${id}` }),
    ]);
  });

  it('gives another organization nothing: its members cannot invite to this campaign', async () => {
    const world = await createOfferWorld(database.db);
    const other = await createOfferWorld(database.db);
    await expect(
      inviteCreator(other.asAdmin, { campaignId: world.campaign.id, creatorId: world.creator.id, terms: termsFor(world) }),
    ).rejects.toThrow(new NotFoundError('Campaign not found.'));
    expect(await database.db.select().from(offers).where(eq(offers.campaignId, world.campaign.id))).toEqual([]);
  });

  it('refuses draft campaigns, non-creators and deliverables of another campaign', async () => {
    const world = await createOfferWorld(database.db);
    const other = await createOfferWorld(database.db);
    const input = { campaignId: world.campaign.id, creatorId: world.creator.id, terms: termsFor(world) };
    await expect(inviteCreator(world.asAdmin, { ...input, creatorId: world.member.id })).rejects.toThrow(NotFoundError);
    await expect(inviteCreator(world.asAdmin, { ...input, terms: termsFor(other) })).rejects.toThrow(ValidationError);
    await database.db.update(campaigns).set({ status: 'draft' }).where(eq(campaigns.id, world.campaign.id));
    await expect(inviteCreator(world.asAdmin, input)).rejects.toThrow(
      new ConflictError('Offers can only be sent for published or active campaigns.'),
    );
  });

  it('keeps one active offer per creator and campaign, with a friendly message', async () => {
    const world = await createOfferWorld(database.db);
    const input = { campaignId: world.campaign.id, creatorId: world.creator.id, terms: termsFor(world) };
    await inviteCreator(world.asAdmin, input);
    await expect(inviteCreator(world.asMember, input)).rejects.toThrow(new ConflictError(activeOfferMessage));
    await expect(applyToCampaign(world.asCreator, { campaignId: world.campaign.id, terms: termsFor(world) })).rejects.toThrow(
      activeOfferMessage,
    );
    const rows = await database.db
      .select()
      .from(offers)
      .where(and(eq(offers.campaignId, world.campaign.id), eq(offers.influencerId, world.creator.id)));
    expect(rows).toHaveLength(1);
  });
});

describe('applyToCampaign', () => {
  it('lets a creator apply to a marketplace campaign; every brand member is notified', async () => {
    const world = await createOfferWorld(database.db);
    const { id } = await applyToCampaign(world.asCreator, { campaignId: world.campaign.id, terms: termsFor(world, '800') });
    expect(await offerRow(database.db, id)).toMatchObject({
      status: 'pending',
      version: 1,
      price: '800.00',
      counterBy: 'influencer',
      initiatedBy: 'influencer',
      createdBy: world.creator.id,
    });
    expect((await auditsOf(database.db, id)).map((audit) => [audit.action, audit.actorId])).toEqual([
      ['apply_to_campaign', world.creator.id],
    ]);
    for (const user of [world.admin, world.member]) {
      expect(await notificationsOf(user.id)).toEqual([
        expect.objectContaining({ type: 'offer_received', link: `/brand/${world.organization.slug}/offers/${id}` }),
      ]);
    }
  });

  it('does not show campaigns of unverified brands or drafts, and only creators may apply', async () => {
    const unverified = await createOfferWorld(database.db, { kyc: false });
    await expect(
      applyToCampaign(unverified.asCreator, { campaignId: unverified.campaign.id, terms: termsFor(unverified) }),
    ).rejects.toThrow(new NotFoundError('Campaign not found.'));
    const world = await createOfferWorld(database.db);
    await expect(
      applyToCampaign(creatorCtx(database.db, world.admin), { campaignId: world.campaign.id, terms: termsFor(world) }),
    ).rejects.toThrow(ForbiddenError);
    await database.db.update(campaigns).set({ status: 'draft' }).where(eq(campaigns.id, world.campaign.id));
    await expect(applyToCampaign(world.asCreator, { campaignId: world.campaign.id, terms: termsFor(world) })).rejects.toThrow(
      NotFoundError,
    );
  });
});
