import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns, contracts, notifications, offers } from '@/db/schema';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { createCreator } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { acceptOffer } from './accept';
import { applyToCampaign } from './apply';
import { counterOffer } from './counter';
import { inviteCreator } from './invite';
import { rejectOffer } from './reject';
import { auditsOf, createOfferWorld, creatorCtx, offerRow, revisionsOf, termsFor, type OfferWorld } from './test-world';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function invited(world: OfferWorld, price = '1000.00') {
  return (
    await inviteCreator(world.asMember, {
      campaignId: world.campaign.id,
      creatorId: world.creator.id,
      terms: termsFor(world, price),
    })
  ).id;
}
async function applied(world: OfferWorld, price = '1000.00') {
  return (await applyToCampaign(world.asCreator, { campaignId: world.campaign.id, terms: termsFor(world, price) })).id;
}
const typesFor = async (userId: string) =>
  (await database.db.select().from(notifications).where(eq(notifications.userId, userId))).map((row) => row.type);

describe('counterOffer', () => {
  it('lets the side whose turn it is counter: version, status, counter_by, revision, audit diff, notification', async () => {
    const world = await createOfferWorld(database.db);
    const offerId = await invited(world);
    const result = await counterOffer(world.asCreator, {
      offerId,
      version: 1,
      terms: termsFor(world, '1500', { message: 'More please' }),
    });
    expect(result).toEqual({ id: offerId, version: 2 });
    expect(await offerRow(database.db, offerId)).toMatchObject({
      status: 'counter',
      version: 2,
      price: '1500.00',
      counterBy: 'influencer',
    });
    expect((await revisionsOf(database.db, offerId)).map((r) => [r.version, r.status, r.counterBy, r.changedBy, r.note])).toEqual(
      [
        [1, 'pending', 'brand', world.member.id, 'Invitation sent'],
        [2, 'counter', 'influencer', world.creator.id, 'More please'],
      ],
    );
    const audits = await auditsOf(database.db, offerId);
    expect(audits.map((audit) => audit.action)).toEqual(['invite_creator', 'counter_offer']);
    expect(audits[1]!.metadata).toMatchObject({
      before: { status: 'pending', version: 1, price: '1000.00', counterBy: 'brand' },
      after: { status: 'counter', version: 2, price: '1500.00', counterBy: 'influencer' },
    });
    expect(await typesFor(world.admin.id)).toContain('offer_countered');

    // Now the brand moves; a member may negotiate.
    await counterOffer(world.asMember, { offerId, version: 2, terms: termsFor(world, '1250') });
    expect(await offerRow(database.db, offerId)).toMatchObject({ version: 3, counterBy: 'brand', price: '1250.00' });
    expect(await typesFor(world.creator.id)).toEqual(['offer_received', 'offer_countered']);
  });

  it('refuses the wrong turn, a stale version, an expired offer, unchanged terms, and outsiders', async () => {
    const world = await createOfferWorld(database.db);
    const other = await createOfferWorld(database.db);
    const stranger = creatorCtx(database.db, await createCreator(database.db));
    const offerId = await invited(world);
    const terms = termsFor(world, '1100');
    await expect(counterOffer(world.asAdmin, { offerId, version: 1, terms })).rejects.toThrow(
      new ConflictError("It is the creator's turn: wait for their answer to your latest proposal."),
    );
    await expect(counterOffer(other.asAdmin, { offerId, version: 1, terms })).rejects.toThrow(
      new NotFoundError('Offer not found.'),
    );
    await expect(counterOffer(stranger, { offerId, version: 1, terms })).rejects.toThrow(NotFoundError);
    await expect(counterOffer(world.asCreator, { offerId, version: 1, terms: termsFor(world) })).rejects.toThrow(ValidationError);
    await counterOffer(world.asCreator, { offerId, version: 1, terms });
    await expect(counterOffer(world.asAdmin, { offerId, version: 1, terms: termsFor(world, '1050') })).rejects.toThrow(
      new ConflictError('This offer changed while you were looking at it: it is now version 2. Reload to see the latest terms.'),
    );
    await database.db
      .update(offers)
      .set({ expiresAt: new Date('2026-01-02T10:00:00Z') })
      .where(eq(offers.id, offerId));
    await expect(counterOffer(world.asAdmin, { offerId, version: 2, terms: termsFor(world, '1050') })).rejects.toThrow(
      new ConflictError('This offer expired on 2 January 2026.'),
    );
    expect(await offerRow(database.db, offerId)).toMatchObject({ version: 2, price: '1100.00' });
    expect(await auditsOf(database.db, offerId)).toHaveLength(2);
  });
});

describe('acceptOffer', () => {
  it('lets the creator accept a brand proposal: accepted, contract created, brand notified, all audited', async () => {
    const world = await createOfferWorld(database.db);
    const offerId = await invited(world);
    const result = await acceptOffer(world.asCreator, { offerId, version: 1 });
    expect(await offerRow(database.db, offerId)).toMatchObject({ status: 'accepted', version: 2, counterBy: 'brand' });
    expect((await offerRow(database.db, offerId)).acceptedAt).toBeInstanceOf(Date);
    const [contract] = await database.db.select().from(contracts).where(eq(contracts.offerId, offerId));
    expect(contract).toMatchObject({ id: result.contractId, status: 'pending', influencerId: world.creator.id });
    expect((await auditsOf(database.db, offerId)).map((audit) => [audit.action, audit.actorId])).toEqual([
      ['invite_creator', world.member.id],
      ['accept_offer', world.creator.id],
    ]);
    expect((await revisionsOf(database.db, offerId)).map((r) => [r.version, r.status, r.changedBy])).toEqual([
      [1, 'pending', world.member.id],
      [2, 'accepted', world.creator.id],
    ]);
    expect(await typesFor(world.member.id)).toEqual(expect.arrayContaining(['offer_accepted', 'contract_ready']));
    await expect(counterOffer(world.asMember, { offerId, version: 2, terms: termsFor(world, '10') })).rejects.toThrow(
      'This offer is accepted: it can no longer change.',
    );
  });

  it('needs a brand admin on the brand side; members are told why; the wrong turn and outsiders are refused', async () => {
    const world = await createOfferWorld(database.db);
    const other = await createOfferWorld(database.db);
    const offerId = await applied(world);
    await expect(acceptOffer(world.asMember, { offerId, version: 1 })).rejects.toThrow(
      new ForbiddenError('Only an organization admin can accept an offer.'),
    );
    await expect(acceptOffer(world.asCreator, { offerId, version: 1 })).rejects.toThrow(
      "It is the brand's turn: wait for their answer to your latest proposal.",
    );
    await expect(acceptOffer(other.asAdmin, { offerId, version: 1 })).rejects.toThrow(NotFoundError);
    await expect(acceptOffer(world.asAdmin, { offerId, version: 7 })).rejects.toThrow('it is now version 1');
    expect(await offerRow(database.db, offerId)).toMatchObject({ status: 'pending', version: 1 });
    await acceptOffer(world.asAdmin, { offerId, version: 1 });
    expect(await offerRow(database.db, offerId)).toMatchObject({ status: 'accepted', version: 2 });
  });

  it('refuses an expired offer', async () => {
    const world = await createOfferWorld(database.db);
    const offerId = await invited(world);
    await database.db
      .update(offers)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(offers.id, offerId));
    await expect(acceptOffer(world.asCreator, { offerId, version: 1 })).rejects.toThrow(/^This offer expired on /);
    expect(await database.db.select().from(contracts).where(eq(contracts.offerId, offerId))).toEqual([]);
  });

  it('never lets accepted prices exceed the campaign budget, with a friendly message', async () => {
    const world = await createOfferWorld(database.db);
    const first = await invited(world, '4500');
    await acceptOffer(world.asCreator, { offerId: first, version: 1 });
    const second = creatorCtx(database.db, await createCreator(database.db));
    const { id } = await applyToCampaign(second, { campaignId: world.campaign.id, terms: termsFor(world, '600') });
    await expect(acceptOffer(world.asAdmin, { offerId: id, version: 1 })).rejects.toThrow(
      new ConflictError(
        'Accepting this offer would exceed the campaign budget: 4500.00 GBP of 5000.00 GBP is already committed and this ' +
          'offer is 600.00 GBP. Counter with a lower price or raise the campaign budget.',
      ),
    );
    expect(await offerRow(database.db, id)).toMatchObject({ status: 'pending', version: 1 });
    await counterOffer(world.asAdmin, { offerId: id, version: 1, terms: termsFor(world, '500') });
    await acceptOffer(second, { offerId: id, version: 2 });
    expect(await offerRow(database.db, id)).toMatchObject({ status: 'accepted', price: '500.00' });
  });
});

describe('rejectOffer', () => {
  it('lets the side whose turn it is reject with a reason; the offer is closed for every later move', async () => {
    const world = await createOfferWorld(database.db);
    const other = await createOfferWorld(database.db);
    const offerId = await applied(world);
    await expect(rejectOffer(world.asCreator, { offerId, version: 1, reason: 'Changed my mind' })).rejects.toThrow(ConflictError);
    await expect(rejectOffer(other.asMember, { offerId, version: 1, reason: 'No' })).rejects.toThrow(NotFoundError);
    await rejectOffer(world.asMember, { offerId, version: 1, reason: 'Over our budget for this round' });
    expect(await offerRow(database.db, offerId)).toMatchObject({
      status: 'rejected',
      version: 2,
      rejectionReason: 'Over our budget for this round',
    });
    expect((await revisionsOf(database.db, offerId))[1]).toMatchObject({
      status: 'rejected',
      note: 'Over our budget for this round',
    });
    expect((await auditsOf(database.db, offerId)).map((audit) => audit.action)).toEqual(['apply_to_campaign', 'reject_offer']);
    expect(await typesFor(world.creator.id)).toEqual(['offer_rejected']);
    await expect(acceptOffer(world.asCreator, { offerId, version: 2 })).rejects.toThrow(
      'This offer is rejected: it can no longer change.',
    );
    // A rejected offer no longer blocks a new one.
    await expect(applied(world)).resolves.toEqual(expect.any(String));
  });
});

describe('a campaign that no longer takes offers', () => {
  it('refuses counters and acceptances once the campaign is cancelled, but still lets a side reject', async () => {
    const world = await createOfferWorld(database.db);
    const offerId = await invited(world);
    await database.db.update(campaigns).set({ status: 'cancelled' }).where(eq(campaigns.id, world.campaign.id));

    await expect(acceptOffer(world.asCreator, { offerId, version: 1 })).rejects.toThrow('The campaign is cancelled');
    await expect(counterOffer(world.asCreator, { offerId, version: 1, terms: termsFor(world, '1200.00') })).rejects.toThrow(
      'The campaign is cancelled',
    );
    expect(await database.db.select().from(contracts).where(eq(contracts.offerId, offerId))).toEqual([]);
    expect((await offerRow(database.db, offerId)).version).toBe(1);

    await rejectOffer(world.asCreator, { offerId, version: 1, reason: 'The campaign was cancelled.' });
    expect((await offerRow(database.db, offerId)).status).toBe('rejected');
  });
});
