import { and, eq } from 'drizzle-orm';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SignDeadlineNote } from '@/components/contracts/sign-deadline-note';
import type { Database } from '@/db/client';
import { campaigns, contracts, offerRevisions, offers } from '@/db/schema';
import { getOffersSummary } from '@/lib/campaigns/queries';
import { transitionCampaign } from '@/lib/campaigns/transition-campaign';
import { resolveDispute } from '@/lib/disputes/resolve';
import { runJob } from '@/lib/jobs/handlers';
import { staffCtx } from '@/lib/payments/test-fixtures';
import {
  auditActionsOf,
  contractRow,
  createContractFixture,
  insertContractFor,
  notificationTypesOf,
  type ContractFixture,
} from '@/lib/submissions/test-fixtures';
import { createCreator } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { contractSignDeadline } from './sign-deadline';
import { signContract } from './sign';
import { confirmTermination, requestTermination, terminateContractAsAdmin } from './terminate';
import { actorCtx, brandCtx } from './test-fixtures';

let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});
afterAll(async () => {
  await database.close();
});

const dayMs = 24 * 60 * 60 * 1000;

/** A 3,000 deal on a campaign whose budget is 5,000. */
async function dealWorld(contractStatus: 'pending' | 'signed' | 'active' | 'disputed' = 'signed') {
  const f = await createContractFixture(db, { price: '3000.00', contractStatus });
  await db.update(campaigns).set({ budgetMax: '5000.00' }).where(eq(campaigns.id, f.campaign.id));
  return f;
}

/** Another creator's offer of `price` on the campaign, accepted directly (the budget trigger decides). */
async function acceptAnotherOffer(f: ContractFixture, price: string) {
  const creator = await createCreator(db);
  const [offer] = await db
    .insert(offers)
    .values({ campaignId: f.campaign.id, influencerId: creator.id, organizationId: f.organization.id, price })
    .returning();
  await db.update(offers).set({ status: 'accepted' }).where(eq(offers.id, offer!.id));
}

/** The same creator opens a new offer on the campaign (the one-open-offer index decides). */
const applyAgain = (f: ContractFixture) =>
  db
    .insert(offers)
    .values({ campaignId: f.campaign.id, influencerId: f.creator.id, organizationId: f.organization.id, price: '100.00' })
    .returning();

async function expectOfferEnded(f: ContractFixture, note: RegExp) {
  const [offer] = await db.select().from(offers).where(eq(offers.id, f.offer.id));
  expect(offer).toMatchObject({ status: 'terminated', version: f.offer.version + 1 });
  const [revision] = await db
    .select()
    .from(offerRevisions)
    .where(and(eq(offerRevisions.offerId, f.offer.id), eq(offerRevisions.version, f.offer.version + 1)));
  expect(revision).toMatchObject({ status: 'terminated', changedBy: null });
  expect(revision!.note).toMatch(note);
  expect(await auditActionsOf(db, f.offer.id)).toContain('end_offer');
}

async function expectBudgetAndCreatorFreed(f: ContractFixture) {
  await expect(acceptAnotherOffer(f, '3000.00')).resolves.toBeUndefined();
  await expect(applyAgain(f)).resolves.toHaveLength(1);
}

const disputed = (f: ContractFixture) =>
  db
    .update(contracts)
    .set({ status: 'disputed', statusBeforeDispute: 'active', disputeStatus: 'pending', disputeReason: 'No show' })
    .where(eq(contracts.id, f.contract.id));

describe('ended contracts release their offer from the budget', () => {
  it('deal bug 1 a mutual termination moves the offer out of the budget and lets the creator apply again', async () => {
    const f = await dealWorld();
    await requestTermination(brandCtx(db, { organization: f.organization, admin: f.admin }), f.contract.id);
    await confirmTermination(actorCtx(db, f.creator), f.contract.id);
    await expectBudgetAndCreatorFreed(f);
    await expectOfferEnded(f, /terminated/i);
  });

  it('deal bug 1 a staff termination moves the offer out of the budget', async () => {
    const f = await dealWorld('active');
    await terminateContractAsAdmin(await staffCtx(db), { contractId: f.contract.id, note: 'Fraud' });
    await expectBudgetAndCreatorFreed(f);
    await expectOfferEnded(f, /terminated/i);
  });

  it('deal bug 1 a dispute resolved as a refund moves the offer out of the budget', async () => {
    const f = await dealWorld('active');
    await disputed(f);
    const input = { contractId: f.contract.id, outcome: 'refund' as const, releaseAmount: '0', refundAmount: '3000.00' };
    await resolveDispute(await staffCtx(db), { ...input, note: 'Never delivered' });
    await expectBudgetAndCreatorFreed(f);
    await expectOfferEnded(f, /dispute/i);
  });

  it('deal bug 1 a dispute resolved as a split keeps only the released part against the budget', async () => {
    const f = await dealWorld('active');
    await disputed(f);
    const input = { contractId: f.contract.id, outcome: 'split' as const, releaseAmount: '1000.00', refundAmount: '2000.00' };
    await resolveDispute(await staffCtx(db), { ...input, note: 'Half delivered' });
    await expect(acceptAnotherOffer(f, '4000.01')).rejects.toHaveProperty(
      'cause.constraint_name',
      'offers_within_campaign_budget',
    );
    await expect(acceptAnotherOffer(f, '4000.00')).resolves.toBeUndefined();
    await expect(applyAgain(f)).resolves.toHaveLength(1);
    await expectOfferEnded(f, /dispute/i);
    const [offer] = await db.select().from(offers).where(eq(offers.id, f.offer.id));
    expect(offer!.releasedAmount).toBe('1000.00');
    // The campaign page's committed total counts the same: 1,000 released + the new 4,000.
    const summary = await getOffersSummary(db, f.organization.id, f.campaign.id);
    expect(summary.acceptedTotals).toEqual([{ currency: f.offer.currency, amount: '5000.00' }]);
  });

  it('deal bug 1 an unsigned contract expires after CONTRACT_SIGN_DAYS and frees the budget; a younger one stays', async () => {
    const f = await dealWorld('pending');
    const young = await insertContractFor(db, f, 'pending');
    const created = new Date(Date.now() - 20 * dayMs);
    await db.update(contracts).set({ createdAt: created }).where(eq(contracts.id, f.contract.id));
    expect(contractSignDeadline({ createdAt: created }).getTime()).toBe(created.getTime() + 14 * dayMs);
    vi.stubEnv('CONTRACT_SIGN_DAYS', '30');
    expect(await runJob('contracts-expire-unsigned', db, () => {})).toBe(0);
    vi.unstubAllEnvs();
    expect(await runJob('contracts-expire-unsigned', db, () => {})).toBe(1);
    expect(await contractRow(db, f.contract.id)).toMatchObject({ status: 'void' });
    expect(await contractRow(db, young.id)).toMatchObject({ status: 'pending' });
    await expectOfferEnded(f, /not signed/i);
    expect(await auditActionsOf(db, f.contract.id)).toContain('expire_unsigned_contract');
    await expect(signContract(actorCtx(db, f.creator), f.contract.id)).rejects.toThrow(/void/);
    // 1,500 (the younger contract) + 3,000 fits the 5,000 budget now.
    await expectBudgetAndCreatorFreed(f);
  });
});

describe('the contract page', () => {
  it('deal bug 1 shows until when an unsigned contract can be signed, and why a void one is void', () => {
    const createdAt = new Date('2026-03-01T10:00:00Z');
    vi.stubEnv('CONTRACT_SIGN_DAYS', '10');
    const pending = renderToStaticMarkup(createElement(SignDeadlineNote, { contract: { status: 'pending', createdAt } }));
    vi.unstubAllEnvs();
    expect(pending).toContain('Both sides must sign by 11 Mar 2026, 10:00 UTC (10 days after the offer was accepted)');
    const voided = renderToStaticMarkup(createElement(SignDeadlineNote, { contract: { status: 'void', createdAt } }));
    expect(voided).toContain('This contract is void');
  });
});

describe('cancelling a campaign', () => {
  it('deal bug 6 voids its unsigned contracts, frees their offers and tells both sides; signed ones continue', async () => {
    const f = await dealWorld('pending');
    const signed = await insertContractFor(db, f, 'signed');
    await transitionCampaign(brandCtx(db, { organization: f.organization, admin: f.admin }), f.campaign.id, 'cancel');
    expect(await contractRow(db, f.contract.id)).toMatchObject({ status: 'void' });
    expect(await contractRow(db, signed.id)).toMatchObject({ status: 'signed' });
    await expectOfferEnded(f, /cancelled/i);
    expect(await auditActionsOf(db, f.contract.id)).toContain('void_contract');
    expect(await notificationTypesOf(db, f.creator.id)).toContain('contract_terminated');
    expect(await notificationTypesOf(db, f.admin.id)).toContain('contract_terminated');
    await expect(signContract(actorCtx(db, f.creator), f.contract.id)).rejects.toThrow(/void/);
  });
});
