import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns, contracts, offers, organizations, users } from '@/db/schema';
import { signContract } from '@/lib/contracts/sign';
import { actorCtx, brandCtx as contractBrandCtx, createPendingContract } from '@/lib/contracts/test-fixtures';
import { openDispute } from '@/lib/disputes/open';
import { escalateDispute, resolveDispute } from '@/lib/disputes/resolve';
import { ConflictError, ForbiddenError } from '@/lib/errors';
import { createContractFixture, testStore } from '@/lib/submissions/test-fixtures';
import { createCreator, createUser } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { acceptOffer } from './accept';
import { applyToCampaign } from './apply';
import { inviteCreator } from './invite';
import { createOfferWorld, creatorCtx, offerRow, termsFor, type OfferWorld } from './test-world';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const invite = async (world: OfferWorld, creatorId = world.creator.id, price = '1000.00') =>
  (await inviteCreator(world.asAdmin, { campaignId: world.campaign.id, creatorId, terms: termsFor(world, price) })).id;

const setCreatorStatus = (userId: string, status: 'active' | 'suspended') =>
  database.db.update(users).set({ status }).where(eq(users.id, userId));
const setKycStatus = (organizationId: string, kycStatus: 'verified' | 'suspended') =>
  database.db.update(organizations).set({ kycStatus }).where(eq(organizations.id, organizationId));

describe('deal bugs found by the deal audit', () => {
  it('deal bug 4: a disputed contract leaves the campaign and its other offers alone', async () => {
    const world = await createOfferWorld(database.db);
    const disputedOfferId = await invite(world);
    const { contractId } = await acceptOffer(world.asCreator, { offerId: disputedOfferId, version: 1 });
    await database.db.update(contracts).set({ status: 'active' }).where(eq(contracts.id, contractId));
    await database.db.update(campaigns).set({ status: 'active' }).where(eq(campaigns.id, world.campaign.id));
    const other = await createCreator(database.db, 'Other Creator');
    const otherOfferId = await invite(world, other.id);

    await openDispute(
      world.asAdmin,
      { side: 'brand', organizationId: world.organization.id },
      { contractId, reason: 'The reel never went live.', links: [], files: [] },
      testStore(),
    );

    await acceptOffer(creatorCtx(database.db, other), { offerId: otherOfferId, version: 1 });
    expect((await offerRow(database.db, otherOfferId)).status).toBe('accepted');
    const [campaign] = await database.db.select().from(campaigns).where(eq(campaigns.id, world.campaign.id));
    expect(campaign).toMatchObject({ status: 'active', statusBeforeDispute: null });
  });

  it('deal bug 5: a suspended creator cannot be contracted by accepting their application', async () => {
    const world = await createOfferWorld(database.db);
    const { id } = await applyToCampaign(world.asCreator, { campaignId: world.campaign.id, terms: termsFor(world) });
    await setCreatorStatus(world.creator.id, 'suspended');
    await expect(acceptOffer(world.asAdmin, { offerId: id, version: 1 })).rejects.toThrow(
      new ConflictError('The creator’s account is suspended: no contract can be made with it. Contact Pactly support.'),
    );
    expect((await offerRow(database.db, id)).status).toBe('pending');
  });

  it('deal bug 5: an offer from a brand whose KYC is suspended cannot be accepted', async () => {
    const world = await createOfferWorld(database.db);
    const id = await invite(world);
    await setKycStatus(world.organization.id, 'suspended');
    await expect(acceptOffer(world.asCreator, { offerId: id, version: 1 })).rejects.toThrow(
      new ConflictError('The brand’s verification (KYC) is suspended: no contract can be made with it. Contact Pactly support.'),
    );
    expect((await offerRow(database.db, id)).status).toBe('pending');
  });

  it('deal bug 5: a suspended creator is not invited, and a brand whose KYC is suspended invites nobody', async () => {
    const world = await createOfferWorld(database.db);
    await setCreatorStatus(world.creator.id, 'suspended');
    await expect(invite(world)).rejects.toThrow('Creator not found.');
    await setCreatorStatus(world.creator.id, 'active');
    await setKycStatus(world.organization.id, 'suspended');
    await expect(invite(world)).rejects.toThrow('The brand’s verification (KYC) is suspended');
  });

  it('deal bug 5: a contract is not signed while the creator is suspended or the brand’s KYC is suspended', async () => {
    const world = await createPendingContract(database.db);
    await setKycStatus(world.organization.id, 'suspended');
    await expect(signContract(actorCtx(database.db, world.creator), world.contractId)).rejects.toThrow(
      'The brand’s verification (KYC) is suspended',
    );
    await setKycStatus(world.organization.id, 'verified');
    await setCreatorStatus(world.creator.id, 'suspended');
    await expect(signContract(contractBrandCtx(database.db, world), world.contractId)).rejects.toThrow(
      'The creator’s account is suspended',
    );
    const [contract] = await database.db.select().from(contracts).where(eq(contracts.id, world.contractId));
    expect(contract).toMatchObject({ status: 'pending', signedBy: {} });
  });

  it('deal bug 7: opening a dispute checks the caller is the party it claims to be', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'active' });
    const input = { contractId: f.contract.id, reason: 'Not delivered', links: [], files: [] };
    await expect(
      openDispute(actorCtx(database.db, f.creator), { side: 'brand', organizationId: f.organization.id }, input, testStore()),
    ).rejects.toThrow(ForbiddenError);
    const outsider = await createCreator(database.db);
    await expect(
      openDispute(actorCtx(database.db, outsider), { side: 'influencer', userId: f.creator.id }, input, testStore()),
    ).rejects.toThrow(ForbiddenError);
    const [contract] = await database.db.select().from(contracts).where(eq(contracts.id, f.contract.id));
    expect(contract!.status).toBe('active');
  });

  it('deal bug 7: only Pactly staff resolve or escalate a dispute, whoever calls the domain function', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'active' });
    await openDispute(
      actorCtx(database.db, f.creator),
      { side: 'influencer', userId: f.creator.id },
      { contractId: f.contract.id, reason: 'Not paid', links: [], files: [] },
      testStore(),
    );
    for (const user of [f.admin, f.creator]) {
      const ctx = actorCtx(database.db, user);
      await expect(escalateDispute(ctx, { contractId: f.contract.id })).rejects.toThrow(ForbiddenError);
      await expect(
        resolveDispute(ctx, {
          contractId: f.contract.id,
          outcome: 'release',
          releaseAmount: '1500.00',
          refundAmount: '0.00',
          note: 'Mine',
        }),
      ).rejects.toThrow(ForbiddenError);
    }
    const [contract] = await database.db.select().from(contracts).where(eq(contracts.id, f.contract.id));
    expect(contract).toMatchObject({ status: 'disputed', disputeStatus: 'pending' });
    const support = await createUser(database.db, { role: 'support' });
    await escalateDispute(actorCtx(database.db, support), { contractId: f.contract.id });
  });

  it('deal bug 9: an offer that expires while its acceptance waits for the campaign lock is not accepted', async () => {
    const world = await createOfferWorld(database.db);
    const id = await invite(world);
    await database.db
      .update(offers)
      .set({ expiresAt: sql`clock_timestamp() + interval '1 second'` })
      .where(eq(offers.id, id));
    let acceptance: Promise<unknown> = Promise.resolve();
    await database.db.transaction(async (tx) => {
      await tx.select().from(campaigns).where(eq(campaigns.id, world.campaign.id)).for('update');
      acceptance = acceptOffer(world.asCreator, { offerId: id, version: 1 }).then(
        () => 'accepted',
        (error: unknown) => error,
      );
      await new Promise((resolve) => setTimeout(resolve, 1500));
    });
    const outcome = await acceptance;
    expect(outcome).toBeInstanceOf(ConflictError);
    expect((outcome as Error).message).toMatch(/^This offer expired on /);
    expect((await offerRow(database.db, id)).status).toBe('pending');
  });
});
