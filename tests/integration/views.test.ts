import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  campaigns,
  contracts,
  influencerStatsHistory,
  offers,
  organizations,
  payments,
  profiles,
  users,
  vActiveCampaigns,
  vInfluencerLeaderboard,
  type Campaign,
  type NewCampaign,
  type NewPayment,
  type Offer,
  type UserRole,
  type UserStatus,
} from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db';

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
});

afterAll(async () => {
  await testDb?.close();
});

async function createOrganization() {
  const slug = `org-${randomUUID()}`;
  const [organization] = await testDb.db.insert(organizations).values({ name: slug, slug, country: 'GB' }).returning();
  return organization!;
}

async function createUser(role: UserRole = 'influencer', status: UserStatus = 'active') {
  const [user] = await testDb.db
    .insert(users)
    .values({ email: `${randomUUID()}@example.test`, role, status })
    .returning();
  return user!;
}

async function createInfluencer(displayName: string, status: UserStatus = 'active') {
  const user = await createUser('influencer', status);
  await testDb.db.insert(profiles).values({ userId: user.id, displayName });
  return user;
}

async function createCampaign(organizationId: string, values: Partial<NewCampaign> = {}) {
  const [campaign] = await testDb.db
    .insert(campaigns)
    .values({ organizationId, title: 'Spring launch', status: 'active', ...values })
    .returning();
  return campaign!;
}

async function createOffer(campaign: Campaign, influencerId: string, status: Offer['status']) {
  const [offer] = await testDb.db
    .insert(offers)
    .values({
      campaignId: campaign.id,
      influencerId,
      organizationId: campaign.organizationId,
      price: '100.00',
      currency: campaign.currency,
      status,
    })
    .returning();
  return offer!;
}

async function createContract(campaign: Campaign, influencerId: string, status: 'active' | 'completed') {
  const offer = await createOffer(campaign, influencerId, status === 'completed' ? 'completed' : 'accepted');
  const [contract] = await testDb.db
    .insert(contracts)
    .values({
      campaignId: campaign.id,
      offerId: offer.id,
      influencerId,
      organizationId: campaign.organizationId,
      status,
      content: { terms: 'standard' },
    })
    .returning();
  return contract!;
}

async function createPayment(
  campaign: Campaign,
  payeeId: string,
  amount: string,
  status: NewPayment['status'],
  contractId?: string,
) {
  await testDb.db.insert(payments).values({
    campaignId: campaign.id,
    contractId,
    payerId: campaign.organizationId,
    payeeId,
    amount,
    currency: campaign.currency,
    status,
  });
}

async function activeCampaignRow(id: string) {
  const rows = await testDb.db.select().from(vActiveCampaigns).where(eq(vActiveCampaigns.id, id));
  return rows[0];
}

async function leaderboardRow(userId: string) {
  const rows = await testDb.db.select().from(vInfluencerLeaderboard).where(eq(vInfluencerLeaderboard.userId, userId));
  return rows[0];
}

describe('v_active_campaigns', () => {
  it('counts committed offers and sums payments without one multiplying the other', async () => {
    const organization = await createOrganization();
    const campaign = await createCampaign(organization.id, { budgetMin: '100.00', budgetMax: '500.00' });
    const [first, second, third, fourth] = await Promise.all([1, 2, 3, 4].map(() => createInfluencer('Creator')));
    await createOffer(campaign, first!.id, 'accepted');
    await createOffer(campaign, second!.id, 'completed');
    await createOffer(campaign, third!.id, 'pending');
    await createOffer(campaign, fourth!.id, 'rejected');
    await createPayment(campaign, first!.id, '100.00', 'captured');
    await createPayment(campaign, second!.id, '50.00', 'captured');
    await createPayment(campaign, second!.id, '999.00', 'failed');

    const row = await activeCampaignRow(campaign.id);

    expect(row).toMatchObject({
      id: campaign.id,
      title: 'Spring launch',
      status: 'active',
      budgetMax: '500.00',
      currency: 'GBP',
      offerCount: 2,
      totalSpent: '150.00',
    });
    expect(row?.createdAt).toBeInstanceOf(Date);
  });

  it('adds released payments to captured ones', async () => {
    const organization = await createOrganization();
    const campaign = await createCampaign(organization.id);
    const creator = await createInfluencer('Creator');
    await createPayment(campaign, creator.id, '10.25', 'captured');
    await createPayment(campaign, creator.id, '20.50', 'released');
    await createPayment(campaign, creator.id, '40.00', 'refunded');

    expect((await activeCampaignRow(campaign.id))?.totalSpent).toBe('30.75');
  });

  it('lists paused campaigns with zero totals and leaves out other statuses', async () => {
    const organization = await createOrganization();
    const paused = await createCampaign(organization.id, { status: 'paused' });
    const draft = await createCampaign(organization.id, { status: 'draft' });
    const completed = await createCampaign(organization.id, { status: 'completed' });

    expect(await activeCampaignRow(paused.id)).toMatchObject({ offerCount: 0, totalSpent: '0.00' });
    expect(await activeCampaignRow(draft.id)).toBeUndefined();
    expect(await activeCampaignRow(completed.id)).toBeUndefined();
  });
});

describe('v_influencer_leaderboard', () => {
  it('counts completed campaigns, averages every snapshot and sums released earnings once each', async () => {
    const gbpBrand = await createOrganization();
    const eurBrand = await createOrganization();
    const creator = await createInfluencer('Ada Creates');
    const [spring, summer, autumn] = await Promise.all([
      createCampaign(gbpBrand.id),
      createCampaign(gbpBrand.id),
      createCampaign(gbpBrand.id),
    ]);
    const euroCampaign = await createCampaign(eurBrand.id, { currency: 'EUR' });
    const springContract = await createContract(spring!, creator.id, 'completed');
    const summerContract = await createContract(summer!, creator.id, 'completed');
    await createContract(autumn!, creator.id, 'active');
    await testDb.db.insert(influencerStatsHistory).values(
      ['1.20', '3.40', '5.00'].map((engagementRate) => ({
        userId: creator.id,
        platform: 'instagram' as const,
        engagementRate,
      })),
    );
    await createPayment(spring!, creator.id, '100.00', 'released', springContract.id);
    await createPayment(summer!, creator.id, '50.00', 'released', summerContract.id);
    await createPayment(autumn!, creator.id, '70.00', 'captured');
    await createPayment(euroCampaign, creator.id, '20.00', 'released');

    const row = await leaderboardRow(creator.id);

    expect(row).toMatchObject({
      userId: creator.id,
      displayName: 'Ada Creates',
      completedCampaigns: 2,
      totalEarnings: { GBP: '150.00', EUR: '20.00' },
    });
    expect(Number(row?.avgEngagement)).toBe(3.2);
  });

  it('counts a campaign once even with two completed contracts in it', async () => {
    const organization = await createOrganization();
    const creator = await createInfluencer('Twice');
    const campaign = await createCampaign(organization.id);
    await createContract(campaign, creator.id, 'completed');
    await createContract(campaign, creator.id, 'completed');

    expect((await leaderboardRow(creator.id))?.completedCampaigns).toBe(1);
  });

  it('shows a new creator with zero work, no average and no earnings', async () => {
    const creator = await createInfluencer('Newcomer');

    expect(await leaderboardRow(creator.id)).toEqual({
      userId: creator.id,
      displayName: 'Newcomer',
      completedCampaigns: 0,
      avgEngagement: null,
      totalEarnings: {},
    });
  });

  it('leaves out suspended creators, creators without a profile and brand users', async () => {
    const suspended = await createInfluencer('Suspended', 'suspended');
    const withoutProfile = await createUser('influencer');
    const brandUser = await createUser('brand_admin');
    await testDb.db.insert(profiles).values({ userId: brandUser.id, displayName: 'Brand person' });

    expect(await leaderboardRow(suspended.id)).toBeUndefined();
    expect(await leaderboardRow(withoutProfile.id)).toBeUndefined();
    expect(await leaderboardRow(brandUser.id)).toBeUndefined();
  });
});

describe('full-text search columns', () => {
  it('finds campaigns by title, description or any string inside the brief', async () => {
    const organization = await createOrganization();
    const campaign = await createCampaign(organization.id, {
      title: 'Trail running shoes',
      description: 'Autumn drop',
      brief: { key_messages: ['waterproof membrane'], tone: 'playful' },
    });
    const matches = (query: string) =>
      testDb.db
        .select({ id: campaigns.id })
        .from(campaigns)
        .where(sql`${campaigns.searchVector} @@ websearch_to_tsquery('english', ${query})`);

    expect(await matches('running')).toContainEqual({ id: campaign.id });
    expect(await matches('autumn')).toContainEqual({ id: campaign.id });
    expect(await matches('membrane')).toContainEqual({ id: campaign.id });
    expect(await matches('playful')).toContainEqual({ id: campaign.id });
    expect(await matches('skiing')).not.toContainEqual({ id: campaign.id });
  });

  it('finds profiles by display name or bio', async () => {
    const creator = await createUser('influencer');
    await testDb.db.insert(profiles).values({ userId: creator.id, displayName: 'Zelda Vlogs', bio: 'Sourdough baking' });
    const matches = (query: string) =>
      testDb.db
        .select({ userId: profiles.userId })
        .from(profiles)
        .where(sql`${profiles.searchVector} @@ plainto_tsquery('simple', ${query})`);

    expect(await matches('zelda')).toContainEqual({ userId: creator.id });
    expect(await matches('sourdough')).toContainEqual({ userId: creator.id });
    expect(await matches('pottery')).not.toContainEqual({ userId: creator.id });
  });
});
