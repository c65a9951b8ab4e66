import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns } from '@/db/schema';
import {
  auditActionsOf,
  campaignRow,
  contractRow,
  createContractFixture,
  fileOf,
  insertContractFor,
  notificationTypesOf,
  samplePng,
  testStore,
  type ContractFixture,
} from '@/lib/submissions/test-fixtures';
import { fakeSessionClients } from '@/tests/doubles/kyc/action-session';
import { createCreator, createOrganizationWithMember, createUser } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { defineDisputeActions } from './action-definitions';
import { asEvidence } from './evidence';
import { findViewableEvidenceFile, listDisputes } from './queries';

let database: TestDatabase;
const store = testStore();
const session = fakeSessionClients(() => database.db);
const actions = defineDisputeActions(session.clients, () => store);

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const staff = (role: 'admin' | 'support') => createUser(database.db, { role });

function creatorOpens(f: ContractFixture, extra: Record<string, unknown> = {}) {
  session.signIn(f.creator);
  return actions.creatorOpen(null, { contractId: f.contract.id, reason: 'The brand stopped answering', ...extra });
}

async function resolve(f: ContractFixture, outcome: string, releaseAmount: string, refundAmount: string) {
  session.signIn(await staff('support'));
  return actions.resolve(null, { contractId: f.contract.id, outcome, releaseAmount, refundAmount, note: 'Decided on evidence' });
}

describe('opening a dispute', () => {
  it('lets the creator dispute with evidence; the contract becomes disputed, its campaign does not, the brand admins hear of it', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'active', campaignStatus: 'active' });
    const form = new FormData();
    form.set('contractId', f.contract.id);
    form.set('reason', 'Payment withheld');
    form.set('statement', 'I delivered everything on time.');
    form.set('links', 'https://instagram.example/p/1\n\nhttps://instagram.example/p/2');
    form.append('files', fileOf(samplePng, 'proof.png'));
    form.append('files', fileOf(samplePng, 'proof-2.png'));
    session.signIn(f.creator);
    expect(await actions.creatorOpen(null, form)).toMatchObject({ ok: true });
    const contract = await contractRow(database.db, f.contract.id);
    expect(contract).toMatchObject({
      status: 'disputed',
      statusBeforeDispute: 'active',
      disputeStatus: 'pending',
      disputeReason: 'Payment withheld',
    });
    const evidence = asEvidence(contract.disputeEvidence)!;
    expect(evidence).toMatchObject({
      opened_by: f.creator.id,
      side: 'influencer',
      statement: 'I delivered everything on time.',
      links: ['https://instagram.example/p/1', 'https://instagram.example/p/2'],
      responses: [],
    });
    expect(evidence.files).toMatchObject([
      { name: 'proof.png', type: 'image/png', size: samplePng.length },
      { name: 'proof-2.png', type: 'image/png' },
    ]);
    expect(await campaignRow(database.db, f.campaign.id)).toMatchObject({ status: 'active', statusBeforeDispute: null });
    expect(await auditActionsOf(database.db, f.contract.id)).toEqual(['open_dispute']);
    expect(await auditActionsOf(database.db, f.campaign.id)).toEqual([]);
    expect(await notificationTypesOf(database.db, f.admin.id)).toEqual(['dispute_opened']);
    expect(await notificationTypesOf(database.db, f.member.id)).toEqual([]);
    expect(await creatorOpens(f)).toMatchObject({ ok: false, error: 'A dispute is already open on this contract.' });
  });

  it('needs dispute.manage on the brand side and refuses other organizations and other creators', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'active' });
    const input = { orgSlug: f.organization.slug, contractId: f.contract.id, reason: 'Late delivery' };
    session.signIn(f.member);
    expect(await actions.brandOpen(null, input)).toMatchObject({
      ok: false,
      error: 'Your role in this organization does not allow that.',
    });
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(outsider.user);
    expect(await actions.brandOpen(null, { ...input, orgSlug: outsider.organization.slug })).toMatchObject({
      ok: false,
      error: 'Contract not found.',
    });
    session.signIn(await createCreator(database.db));
    expect(await actions.creatorOpen(null, { contractId: f.contract.id, reason: 'x' })).toMatchObject({
      ok: false,
      error: 'Contract not found.',
    });
    expect((await contractRow(database.db, f.contract.id)).status).toBe('active');
    session.signIn(f.admin);
    expect(await actions.brandOpen(null, input)).toMatchObject({ ok: true });
    expect(await notificationTypesOf(database.db, f.creator.id)).toEqual(['dispute_opened']);
  });

  it('validates the reason and evidence and refuses contracts that are not signed, active or completed', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'pending' });
    expect(await creatorOpens(f, { reason: ' ' })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ['Give the reason for the dispute.'] },
    });
    expect(await creatorOpens(f, { links: 'http://plain.example' })).toMatchObject({
      ok: false,
      fieldErrors: { links: ['Every link must start with https://.'] },
    });
    const six = Array.from({ length: 6 }, (_, index) => `https://example.com/${index}`).join('\n');
    expect(await creatorOpens(f, { links: six })).toMatchObject({ ok: false, fieldErrors: { links: ['Add at most 5 links.'] } });
    const four = Array.from({ length: 4 }, (_, index) => fileOf(samplePng, `${index}.png`));
    expect(await creatorOpens(f, { files: four })).toMatchObject({
      ok: false,
      fieldErrors: { files: ['Attach at most 3 files.'] },
    });
    expect(await creatorOpens(f)).toMatchObject({ ok: false, error: expect.stringContaining('this one is pending') });
  });

  it('leaves a published campaign as it is', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'signed', campaignStatus: 'published' });
    expect(await creatorOpens(f)).toMatchObject({ ok: true });
    expect(await campaignRow(database.db, f.campaign.id)).toMatchObject({ status: 'published', statusBeforeDispute: null });
    expect(await resolve(f, 'release', '1500', '0')).toMatchObject({ ok: true });
    expect((await contractRow(database.db, f.contract.id)).status).toBe('signed');
    expect((await campaignRow(database.db, f.campaign.id)).status).toBe('published');
  });
});

describe('responding to a dispute', () => {
  it('lets only the other party respond, appending to the evidence', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'active' });
    await creatorOpens(f);
    session.signIn(f.creator);
    expect(await actions.creatorRespond(null, { contractId: f.contract.id, statement: 'Me again' })).toMatchObject({
      ok: false,
      error: 'Only the other party can respond to this dispute.',
    });
    const respond = { orgSlug: f.organization.slug, contractId: f.contract.id, statement: 'The reel missed the deadline.' };
    session.signIn(f.member);
    expect(await actions.brandRespond(null, respond)).toMatchObject({ ok: false });
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(outsider.user);
    expect(await actions.brandRespond(null, { ...respond, orgSlug: outsider.organization.slug })).toMatchObject({
      ok: false,
      error: 'Contract not found.',
    });
    session.signIn(f.admin);
    expect(await actions.brandRespond(null, { ...respond, statement: '' })).toMatchObject({
      ok: false,
      fieldErrors: { statement: ['Write your response.'] },
    });
    expect(await actions.brandRespond(null, { ...respond, files: fileOf(samplePng, 'brief.png') })).toMatchObject({ ok: true });
    const evidence = asEvidence((await contractRow(database.db, f.contract.id)).disputeEvidence)!;
    expect(evidence.responses).toMatchObject([{ by: f.admin.id, side: 'brand', statement: respond.statement }]);
    expect(await auditActionsOf(database.db, f.contract.id)).toEqual(['open_dispute', 'respond_dispute']);
    expect(await notificationTypesOf(database.db, f.creator.id)).toEqual(['dispute_answered']);

    const file = evidence.responses[0]!.files[0]!;
    const fileId = file.key.split('/').pop()!;
    for (const viewer of [f.creator, f.member, await staff('support')])
      expect(await findViewableEvidenceFile(database.db, f.contract.id, fileId, viewer)).toMatchObject({ name: 'brief.png' });
    for (const viewer of [outsider.user, await createCreator(database.db)])
      expect(await findViewableEvidenceFile(database.db, f.contract.id, fileId, viewer)).toBeNull();
  });
});

describe('resolving and escalating', () => {
  it('is for staff only: brand admins and creators are refused', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'active' });
    await creatorOpens(f);
    const input = { contractId: f.contract.id, outcome: 'release', releaseAmount: '1500', refundAmount: '0', note: 'n' };
    for (const user of [f.admin, f.creator]) {
      session.signIn(user);
      expect(await actions.resolve(null, input)).toMatchObject({ ok: false, error: 'Only Pactly staff can do that.' });
      expect(await actions.escalate(null, { contractId: f.contract.id })).toMatchObject({ ok: false });
    }
    expect((await contractRow(database.db, f.contract.id)).disputeStatus).toBe('pending');
  });

  it('refuses amounts that do not add up exactly to the contract price', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'active', price: '1000.10' });
    await creatorOpens(f);
    expect(await resolve(f, 'split', '500.05', '500.04')).toMatchObject({
      ok: false,
      fieldErrors: { refundAmount: ['The amounts must add up to the contract price of 1000.10 GBP; they add up to 1000.09.'] },
    });
    expect(await resolve(f, 'split', '1000.10', '0')).toMatchObject({
      ok: false,
      fieldErrors: { releaseAmount: [expect.any(String)] },
    });
    expect(await resolve(f, 'refund', '0.10', '1000')).toMatchObject({ ok: false });
    expect(await resolve(f, 'split', '12.345', '0')).toMatchObject({
      ok: false,
      fieldErrors: { releaseAmount: [expect.any(String)] },
    });
    expect((await contractRow(database.db, f.contract.id)).status).toBe('disputed');
    expect(await resolve(f, 'split', '600.05', '400.05')).toMatchObject({ ok: true, data: { status: 'terminated' } });
    const contract = await contractRow(database.db, f.contract.id);
    expect(contract).toMatchObject({ status: 'terminated', disputeStatus: 'resolved', statusBeforeDispute: null });
    expect(contract.terminatedAt).toBeInstanceOf(Date);
    expect(contract.disputeResolution).toMatchObject({
      outcome: 'split',
      release_amount: '600.05',
      refund_amount: '400.05',
      currency: 'GBP',
      note: 'Decided on evidence',
    });
    expect(await resolve(f, 'split', '600.05', '400.05')).toMatchObject({
      ok: false,
      error: expect.stringContaining('no open dispute'),
    });
    expect(await notificationTypesOf(database.db, f.creator.id)).toContain('dispute_resolved');
  });

  it('returns the contract to its previous status, and a campaign disputed under the old rule once its last dispute is resolved', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'completed', campaignStatus: 'paused' });
    const second = await insertContractFor(database.db, f, 'active');
    await creatorOpens(f);
    session.signIn(second.creator);
    expect(await actions.creatorOpen(null, { contractId: second.id, reason: 'Also this one' })).toMatchObject({ ok: true });
    expect(await campaignRow(database.db, f.campaign.id)).toMatchObject({ status: 'paused', statusBeforeDispute: null });
    // Before deal bug 4 a dispute also disputed the campaign; such campaigns still come back when their disputes end.
    await database.db
      .update(campaigns)
      .set({ status: 'disputed', statusBeforeDispute: 'paused' })
      .where(eq(campaigns.id, f.campaign.id));

    session.signIn(await staff('admin'));
    expect(await actions.escalate(null, { contractId: f.contract.id, note: 'Needs legal' })).toMatchObject({ ok: true });
    expect(await actions.escalate(null, { contractId: f.contract.id })).toMatchObject({
      ok: false,
      error: 'This dispute is already escalated.',
    });
    expect((await listDisputes(database.db)).find((row) => row.contractId === f.contract.id)?.disputeStatus).toBe('escalated');

    expect(await resolve(f, 'release', '1500', '0.00')).toMatchObject({ ok: true, data: { status: 'completed' } });
    expect(await campaignRow(database.db, f.campaign.id)).toMatchObject({ status: 'disputed' });
    expect(await resolve({ ...f, contract: second }, 'refund', '0', '1500.00')).toMatchObject({ ok: true });
    expect(await campaignRow(database.db, f.campaign.id)).toMatchObject({ status: 'paused', statusBeforeDispute: null });
    expect(await auditActionsOf(database.db, f.campaign.id)).toEqual(['close_campaign_dispute']);
    expect(await auditActionsOf(database.db, f.contract.id)).toEqual(['open_dispute', 'escalate_dispute', 'resolve_dispute']);
    expect(await creatorOpens(f)).toMatchObject({ ok: false, error: expect.stringContaining('already resolved') });
  });
});
