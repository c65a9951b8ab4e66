import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@/db/schema';
import { createActionClients, type SessionUser } from '@/lib/actions/clients';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { defineOfferActions } from './action-definitions';
import { auditsOf, createOfferWorld, offerRow } from './test-world';

let database: TestDatabase;
let signedIn: SessionUser | null = null;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const actions = () =>
  defineOfferActions(
    createActionClients({
      currentUser: async () => signedIn,
      requestMeta: async () => ({ ip: '10.0.0.1', userAgent: 'test-agent', correlationId: crypto.randomUUID() }),
      db: () => database.db,
      rethrowFrameworkError: () => {},
    }),
  );
const signIn = (user: User) => {
  signedIn = { id: user.id, email: user.email, role: user.role, status: user.status };
};

function inviteForm(orgSlug: string, campaignId: string, creatorId: string, deliverableId: string) {
  const form = new FormData();
  for (const [key, value] of Object.entries({ orgSlug, campaignId, creatorId, price: '900', revisions: '2' }))
    form.set(key, value);
  form.append('deliverableId', deliverableId);
  form.append('deliverableCount', '1');
  form.append('milestoneName', 'On approval');
  form.append('milestoneAmount', '900');
  form.append('milestoneDueAt', '');
  form.set('usageDurationDays', '30');
  return form;
}

describe('offer actions', () => {
  it('sends an invitation from the form, and lets only the right people answer it', async () => {
    const world = await createOfferWorld(database.db);
    const other = await createOfferWorld(database.db);
    signIn(world.member);
    const invited = await actions().invite(
      null,
      inviteForm(world.organization.slug, world.campaign.id, world.creator.id, world.reel.id),
    );
    expect(invited).toEqual({ ok: true, data: { id: expect.any(String) } });
    const offerId = invited.ok ? invited.data.id : '';

    signIn(other.admin);
    expect(await actions().brandReject(null, { orgSlug: other.organization.slug, offerId, version: 1, reason: 'x' })).toEqual({
      ok: false,
      error: 'Offer not found.',
    });
    expect(await actions().brandReject(null, { orgSlug: world.organization.slug, offerId, version: 1, reason: 'x' })).toEqual({
      ok: false,
      error: 'Organization not found.',
    });
    signIn(other.creator);
    expect(await actions().creatorAccept(null, { offerId, version: 1 })).toEqual({ ok: false, error: 'Offer not found.' });

    signIn(world.creator);
    const counter = inviteForm('', '', '', world.reel.id);
    counter.delete('orgSlug');
    counter.set('offerId', offerId);
    counter.set('version', '1');
    counter.set('price', '1000');
    counter.set('milestoneAmount', '1000');
    expect(await actions().creatorCounter(null, counter)).toEqual({ ok: true, data: { id: offerId, version: 2 } });

    signIn(world.member);
    expect(await actions().brandAccept(null, { orgSlug: world.organization.slug, offerId, version: 2 })).toEqual({
      ok: false,
      error: 'Only an organization admin can accept an offer.',
    });
    signIn(world.admin);
    const accepted = await actions().brandAccept(null, { orgSlug: world.organization.slug, offerId, version: 2 });
    expect(accepted).toEqual({ ok: true, data: { id: offerId, version: 3, contractId: expect.any(String) } });
    expect(await offerRow(database.db, offerId)).toMatchObject({ status: 'accepted', price: '1000.00' });
    expect((await auditsOf(database.db, offerId)).map((audit) => [audit.action, audit.actorId])).toEqual([
      ['invite_creator', world.member.id],
      ['counter_offer', world.creator.id],
      ['accept_offer', world.admin.id],
    ]);
  });

  it('refuses brand users applying as creators, and validates the form', async () => {
    const world = await createOfferWorld(database.db);
    signIn(world.admin);
    expect(await actions().applyToCampaign(null, { campaignId: world.campaign.id })).toMatchObject({ ok: false });
    signIn(world.creator);
    const result = await actions().applyToCampaign(null, { campaignId: world.campaign.id, price: 'lots' });
    expect(result).toMatchObject({ ok: false, error: 'Please correct the highlighted fields.' });
  });
});
