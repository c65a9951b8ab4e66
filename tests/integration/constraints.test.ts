import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLogs,
  campaigns,
  contracts,
  deliverables,
  influencerStatsHistory,
  offers,
  organizations,
  payments,
  users,
  type Campaign,
  type NewCampaign,
  type NewDeliverable,
  type NewInfluencerStatsSnapshot,
  type NewOffer,
  type NewPayment,
} from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db';

let testDb: TestDatabase;
let campaign: Campaign;
let creatorId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  const organizationId = await createOrganization();
  creatorId = await createUser();
  const [created] = await testDb.db.insert(campaigns).values({ organizationId, title: 'Launch' }).returning();
  campaign = created!;
});

afterAll(async () => {
  await testDb?.close();
});

async function createOrganization() {
  const slug = `org-${randomUUID()}`;
  const [organization] = await testDb.db.insert(organizations).values({ name: slug, slug, country: 'GB' }).returning();
  return organization!.id;
}

async function createUser() {
  const [user] = await testDb.db
    .insert(users)
    .values({ email: `${randomUUID()}@example.test`, role: 'influencer' })
    .returning();
  return user!.id;
}

/** The name of the constraint the write violated, or undefined when the write succeeded. */
async function violatedConstraint(write: PromiseLike<unknown>): Promise<string | undefined> {
  try {
    await write;
  } catch (error) {
    const pgError = error instanceof Error && error.cause ? error.cause : error;
    const name = (pgError as { constraint_name?: string }).constraint_name;
    if (!name) throw error;
    return name;
  }
  return undefined;
}

const insertCampaign = (values: Partial<NewCampaign>) =>
  testDb.db.insert(campaigns).values({ organizationId: campaign.organizationId, title: 'Probe', ...values });

const insertOffer = (influencerId: string, values: Partial<NewOffer> = {}) =>
  testDb.db.insert(offers).values({
    campaignId: campaign.id,
    influencerId,
    organizationId: campaign.organizationId,
    price: '250.00',
    ...values,
  });

const insertPayment = (values: Partial<NewPayment> = {}) =>
  testDb.db.insert(payments).values({
    campaignId: campaign.id,
    payerId: campaign.organizationId,
    payeeId: creatorId,
    amount: '10.00',
    ...values,
  });

const insertDeliverable = (values: Partial<NewDeliverable>) =>
  testDb.db.insert(deliverables).values({ campaignId: campaign.id, type: 'reel', ...values });

const insertSnapshot = (values: Partial<NewInfluencerStatsSnapshot>) =>
  testDb.db.insert(influencerStatsHistory).values({ userId: creatorId, platform: 'tiktok', ...values });

describe('campaigns', () => {
  it('rejects a minimum budget above the maximum and accepts an equal one', async () => {
    expect(await violatedConstraint(insertCampaign({ budgetMin: '500.00', budgetMax: '100.00' }))).toBe(
      'campaigns_budget_range_check',
    );
    expect(await violatedConstraint(insertCampaign({ budgetMin: '100.00', budgetMax: '100.00' }))).toBeUndefined();
  });

  it('rejects negative budgets, unknown statuses, bad currency codes and an end before the start', async () => {
    expect(await violatedConstraint(insertCampaign({ budgetMin: '-1.00' }))).toBe('campaigns_budget_min_check');
    expect(await violatedConstraint(insertCampaign({ status: 'archived' as never }))).toBe('campaigns_status_check');
    expect(await violatedConstraint(insertCampaign({ currency: 'gbp' }))).toBe('campaigns_currency_check');
    expect(
      await violatedConstraint(
        insertCampaign({ startDate: new Date('2026-03-01T00:00:00Z'), endDate: new Date('2026-02-01T00:00:00Z') }),
      ),
    ).toBe('campaigns_end_date_check');
  });
});

describe('deliverables', () => {
  it('requires at least one piece and a suggested price inside the range', async () => {
    expect(await violatedConstraint(insertDeliverable({ count: 0 }))).toBe('deliverables_count_check');
    expect(
      await violatedConstraint(insertDeliverable({ priceMin: '100.00', priceSuggested: '300.00', priceMax: '200.00' })),
    ).toBe('deliverables_price_range_check');
    expect(await violatedConstraint(insertDeliverable({ priceMin: '300.00', priceSuggested: null, priceMax: '200.00' }))).toBe(
      'deliverables_price_range_check',
    );
    expect(await violatedConstraint(insertDeliverable({ priceMin: '100.00', priceSuggested: '150.00' }))).toBeUndefined();
  });
});

describe('offers', () => {
  it('allows one open offer per creator and campaign, however many are closed', async () => {
    const influencerId = await createUser();

    expect(await violatedConstraint(insertOffer(influencerId, { status: 'rejected' }))).toBeUndefined();
    expect(await violatedConstraint(insertOffer(influencerId, { status: 'pending' }))).toBeUndefined();
    expect(await violatedConstraint(insertOffer(influencerId, { status: 'accepted' }))).toBe('idx_offers_active_per_influencer');
    expect(await violatedConstraint(insertOffer(influencerId, { status: 'counter' }))).toBe('idx_offers_active_per_influencer');
  });

  it('frees the slot once the open offer expires', async () => {
    const influencerId = await createUser();
    const [offer] = await insertOffer(influencerId).returning();
    await testDb.db.update(offers).set({ status: 'expired' }).where(eq(offers.id, offer!.id));

    expect(await violatedConstraint(insertOffer(influencerId))).toBeUndefined();
  });

  it('rejects a negative price and an unknown status', async () => {
    const influencerId = await createUser();

    expect(await violatedConstraint(insertOffer(influencerId, { price: '-0.01' }))).toBe('offers_price_check');
    expect(await violatedConstraint(insertOffer(influencerId, { status: 'maybe' as never }))).toBe('offers_status_check');
  });
});

describe('contracts', () => {
  it('allows one contract per offer', async () => {
    const influencerId = await createUser();
    const [offer] = await insertOffer(influencerId, { status: 'accepted' }).returning();
    const contract = {
      campaignId: campaign.id,
      offerId: offer!.id,
      influencerId,
      organizationId: campaign.organizationId,
      content: {},
    };

    expect(await violatedConstraint(testDb.db.insert(contracts).values(contract))).toBeUndefined();
    expect(await violatedConstraint(testDb.db.insert(contracts).values(contract))).toBe('idx_contracts_offer_id');
  });
});

describe('payments', () => {
  it('rejects a negative amount and an unknown status', async () => {
    expect(await violatedConstraint(insertPayment({ amount: '-5.00' }))).toBe('payments_amount_check');
    expect(await violatedConstraint(insertPayment({ status: 'lost' as never }))).toBe('payments_status_check');
    expect(await violatedConstraint(insertPayment({ amount: '0.00' }))).toBeUndefined();
  });

  it('rejects a payment in another currency than its campaign', async () => {
    expect(await violatedConstraint(insertPayment({ currency: 'EUR' }))).toBe('payments_campaign_id_currency_fk');
  });
});

describe('influencer_stats_history', () => {
  it('keeps the fake-follower risk score within 0..100', async () => {
    expect(await violatedConstraint(insertSnapshot({ fakeFollowerRiskScore: '150.00' }))).toBe(
      'influencer_stats_history_fake_follower_risk_score_check',
    );
    expect(await violatedConstraint(insertSnapshot({ fakeFollowerRiskScore: '-1.00' }))).toBe(
      'influencer_stats_history_fake_follower_risk_score_check',
    );
    expect(await violatedConstraint(insertSnapshot({ fakeFollowerRiskScore: '100.00' }))).toBeUndefined();
  });

  it('keeps the authenticity score within 0..1 and engagement non-negative', async () => {
    expect(await violatedConstraint(insertSnapshot({ authenticityScore: '1.50' }))).toBe(
      'influencer_stats_history_authenticity_score_check',
    );
    expect(await violatedConstraint(insertSnapshot({ engagementRate: '-0.50' }))).toBe(
      'influencer_stats_history_engagement_rate_check',
    );
    expect(await violatedConstraint(insertSnapshot({ authenticityScore: '0.97', engagementRate: '4.10' }))).toBeUndefined();
  });
});

describe('users', () => {
  it('stores e-mail addresses lower-cased and unique', async () => {
    const email = `${randomUUID()}@example.test`;
    const insertUser = (address: string) => testDb.db.insert(users).values({ email: address, role: 'influencer' });

    expect(await violatedConstraint(insertUser(email.toUpperCase()))).toBe('users_email_check');
    expect(await violatedConstraint(insertUser(email))).toBeUndefined();
    expect(await violatedConstraint(insertUser(email))).toBe('idx_users_email');
  });
});

describe('audit_logs', () => {
  const entry = { action: 'release_payment', resourceType: 'payment', resourceId: randomUUID() };

  it('needs an actor id for a user and none for the system', async () => {
    expect(await violatedConstraint(testDb.db.insert(auditLogs).values({ ...entry, actorType: 'user' }))).toBe(
      'audit_logs_actor_id_check',
    );
    expect(
      await violatedConstraint(testDb.db.insert(auditLogs).values({ ...entry, actorType: 'system', actorId: creatorId })),
    ).toBe('audit_logs_actor_id_check');
    expect(await violatedConstraint(testDb.db.insert(auditLogs).values({ ...entry, actorType: 'system' }))).toBeUndefined();
    expect(await violatedConstraint(testDb.db.insert(auditLogs).values({ ...entry, actorId: creatorId }))).toBeUndefined();
  });
});
