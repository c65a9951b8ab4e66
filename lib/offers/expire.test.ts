import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, offers } from '@/db/schema';
import { testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { applyToCampaign } from './apply';
import { counterOffer } from './counter';
import { expireOverdueOffers, warnExpiringOffers } from './expire';
import { inviteCreator } from './invite';
import { auditsOf, createOfferWorld, offerRow, revisionsOf, termsFor } from './test-world';
import { acceptOffer } from './accept';
import { createCreator } from '@/tests/helpers/factories';
import { creatorCtx } from './test-world';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const hours = (n: number) => n * 60 * 60 * 1000;
const setExpiry = (id: string, at: Date) => database.db.update(offers).set({ expiresAt: at }).where(eq(offers.id, id));
const typesFor = async (userId: string, type: string) =>
  database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.type, type)));

describe('expireOverdueOffers', () => {
  it('expires overdue pending and countered offers as the system, notifying both sides; fresh and closed ones stay', async () => {
    const world = await createOfferWorld(database.db);
    const now = new Date();
    const pending = (
      await inviteCreator(world.asAdmin, { campaignId: world.campaign.id, creatorId: world.creator.id, terms: termsFor(world) })
    ).id;
    const second = creatorCtx(database.db, await createCreator(database.db));
    const countered = (await applyToCampaign(second, { campaignId: world.campaign.id, terms: termsFor(world) })).id;
    await counterOffer(world.asMember, { offerId: countered, version: 1, terms: termsFor(world, '900') });
    const third = creatorCtx(database.db, await createCreator(database.db));
    const fresh = (await applyToCampaign(third, { campaignId: world.campaign.id, terms: termsFor(world) })).id;
    const fourth = creatorCtx(database.db, await createCreator(database.db));
    const accepted = (await applyToCampaign(fourth, { campaignId: world.campaign.id, terms: termsFor(world) })).id;
    await acceptOffer(world.asAdmin, { offerId: accepted, version: 1 });
    await setExpiry(pending, new Date(now.getTime() - hours(1)));
    await setExpiry(countered, new Date(now.getTime() - 1));
    await setExpiry(accepted, new Date(now.getTime() - hours(1)));

    expect(await expireOverdueOffers(testCtx(database.db), now)).toBe(2);
    expect(await offerRow(database.db, pending)).toMatchObject({ status: 'expired', version: 2 });
    expect(await offerRow(database.db, countered)).toMatchObject({ status: 'expired', version: 3 });
    expect(await offerRow(database.db, fresh)).toMatchObject({ status: 'pending', version: 1 });
    expect(await offerRow(database.db, accepted)).toMatchObject({ status: 'accepted', version: 2 });

    const revisions = await revisionsOf(database.db, countered);
    expect(revisions.at(-1)).toMatchObject({ version: 3, status: 'expired', changedBy: null });
    const audits = await auditsOf(database.db, countered);
    expect(audits.at(-1)).toMatchObject({ action: 'expire_offer', actorType: 'system', actorId: null });
    expect(audits.at(-1)!.metadata).toMatchObject({ before: { status: 'counter' }, after: { status: 'expired' } });
    for (const userId of [world.admin.id, world.member.id, world.creator.id, second.actor.userId]) {
      expect((await typesFor(userId, 'offer_expired')).length).toBeGreaterThan(0);
    }
    expect(await typesFor(third.actor.userId, 'offer_expired')).toEqual([]);

    // A second run finds nothing; moves on an expired offer are refused.
    expect(await expireOverdueOffers(testCtx(database.db), now)).toBe(0);
    await expect(acceptOffer(world.asCreator, { offerId: pending, version: 2 })).rejects.toThrow(/^This offer expired on /);
  });
});

describe('warnExpiringOffers', () => {
  it('warns both sides once about offers expiring within the window', async () => {
    const world = await createOfferWorld(database.db);
    const now = new Date();
    const soon = (
      await inviteCreator(world.asAdmin, { campaignId: world.campaign.id, creatorId: world.creator.id, terms: termsFor(world) })
    ).id;
    const other = creatorCtx(database.db, await createCreator(database.db));
    const later = (await applyToCampaign(other, { campaignId: world.campaign.id, terms: termsFor(world) })).id;
    await setExpiry(soon, new Date(now.getTime() + hours(5)));
    await setExpiry(later, new Date(now.getTime() + hours(48)));

    expect(await warnExpiringOffers(testCtx(database.db), now)).toBe(1);
    expect((await offerRow(database.db, soon)).expiryWarnedAt).toEqual(now);
    expect((await offerRow(database.db, later)).expiryWarnedAt).toBeNull();
    expect(await typesFor(world.creator.id, 'offer_expiring')).toHaveLength(1);
    expect(await typesFor(world.admin.id, 'offer_expiring')).toHaveLength(1);
    expect(await typesFor(other.actor.userId, 'offer_expiring')).toEqual([]);

    expect(await warnExpiringOffers(testCtx(database.db), new Date(now.getTime() + 1000))).toBe(0);
    expect(await typesFor(world.creator.id, 'offer_expiring')).toHaveLength(1);
    const warned = await database.db
      .select()
      .from(offers)
      .where(inArray(offers.id, [soon, later]));
    expect(warned.filter((row) => row.version !== 1)).toEqual([]);
  });
});
