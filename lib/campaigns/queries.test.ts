import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns, offers, type OfferStatus } from '@/db/schema';
import { createCreator, createOrganizationWithMember } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { findCampaign, findDeliverable, getCampaignDetail } from './queries';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function campaignOf(organizationId: string, currency = 'GBP') {
  const [row] = await database.db
    .insert(campaigns)
    .values({ organizationId, title: 'Launch', status: 'active', currency })
    .returning();
  return row!;
}

describe('campaign detail', () => {
  it('summarises offers by status with the accepted total per currency, exactly', async () => {
    const { organization } = await createOrganizationWithMember(database.db);
    const campaign = await campaignOf(organization.id);
    const offer = async (status: OfferStatus, price: string, currency = 'GBP') =>
      database.db.insert(offers).values({
        campaignId: campaign.id,
        influencerId: (await createCreator(database.db)).id,
        organizationId: organization.id,
        status,
        price,
        currency,
      });
    await offer('accepted', '0.10');
    await offer('accepted', '0.20');
    await offer('completed', '1000.05');
    await offer('pending', '50.00');
    await offer('rejected', '70.00');
    await offer('accepted', '5.00', 'EUR');

    const detail = await getCampaignDetail(database.db, organization.id, campaign.id);
    expect(detail!.offersSummary).toEqual({
      counts: { pending: 1, accepted: 3, rejected: 1, counter: 0, expired: 0, completed: 1, terminated: 0 },
      total: 6,
      acceptedTotals: expect.arrayContaining([
        { currency: 'GBP', amount: '1000.35' },
        { currency: 'EUR', amount: '5.00' },
      ]),
    });
    expect(detail!.offersSummary.acceptedTotals).toHaveLength(2);
    expect(detail!.deliverables).toEqual([]);
  });

  it("returns nothing for another organization's campaign or a malformed id", async () => {
    const owner = await createOrganizationWithMember(database.db);
    const outsider = await createOrganizationWithMember(database.db);
    const campaign = await campaignOf(owner.organization.id);
    expect(await findCampaign(database.db, outsider.organization.id, campaign.id)).toBeNull();
    expect(await getCampaignDetail(database.db, outsider.organization.id, campaign.id)).toBeNull();
    expect(await findCampaign(database.db, owner.organization.id, 'not-a-uuid')).toBeNull();
    expect(await findDeliverable(database.db, outsider.organization.id, campaign.id, campaign.id)).toBeNull();
    expect((await findCampaign(database.db, owner.organization.id, campaign.id))?.title).toBe('Launch');
  });
});
