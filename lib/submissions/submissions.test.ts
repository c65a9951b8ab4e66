import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverableSubmissions, deliverables } from '@/db/schema';
import { fakeSessionClients } from '@/tests/doubles/kyc/action-session';
import { createOrganizationWithMember, createCreator } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { defineSubmissionActions } from './action-definitions';
import {
  auditActionsOf,
  contractRow,
  createContractFixture,
  fileOf,
  notificationTypesOf,
  samplePng,
  testStore,
  type ContractFixture,
} from './test-fixtures';

let database: TestDatabase;
const store = testStore();
const session = fakeSessionClients(() => database.db);
const actions = defineSubmissionActions(session.clients, () => store);

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

function submit(f: ContractFixture, overrides: Record<string, unknown> = {}, index = 0) {
  session.signIn(f.creator);
  return actions.submit(null, {
    contractId: f.contract.id,
    deliverableId: f.deliverables[index]!.id,
    contentUrl: 'https://instagram.example/p/draft',
    caption: 'Spring is here #ad',
    ...overrides,
  });
}

async function submitOk(f: ContractFixture, index = 0) {
  const result = await submit(f, {}, index);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

function review(f: ContractFixture, submissionId: string, decision: string, comment?: string, as = f.member) {
  session.signIn(as);
  return actions.review(null, { orgSlug: f.organization.slug, submissionId, decision, comment });
}

describe('submitting content', () => {
  it('lets the creator submit, activates the signed contract and tells the brand', async () => {
    const f = await createContractFixture(database.db);
    const form = new FormData();
    form.set('contractId', f.contract.id);
    form.set('deliverableId', f.deliverables[0]!.id);
    form.set('contentUrl', 'https://instagram.example/p/draft');
    form.set('caption', '');
    form.set('file', fileOf(samplePng, 'draft.png'));
    session.signIn(f.creator);
    const result = await actions.submit(null, form);
    expect(result).toMatchObject({ ok: true, data: { revision: 1, status: 'submitted', completed: false } });
    const [row] = await database.db
      .select()
      .from(deliverableSubmissions)
      .where(eq(deliverableSubmissions.contractId, f.contract.id));
    expect(row).toMatchObject({ revision: 1, status: 'submitted', caption: null, submittedBy: f.creator.id });
    expect(row!.fileUrl).toMatch(new RegExp(`^submissions/${f.contract.id}/[0-9a-f]{32}$`));
    expect((await store.get(row!.fileUrl!))?.contentType).toBe('image/png');
    const contract = await contractRow(database.db, f.contract.id);
    expect(contract.status).toBe('active');
    expect(contract.activatedAt).toBeInstanceOf(Date);
    expect(await auditActionsOf(database.db, f.contract.id)).toEqual(['activate_contract']);
    expect(await auditActionsOf(database.db, row!.id)).toEqual(['submit_deliverable']);
    expect(await notificationTypesOf(database.db, f.admin.id)).toEqual(['submission_received']);
    expect(await notificationTypesOf(database.db, f.member.id)).toEqual(['submission_received']);
  });

  it('refuses another creator, brand users and contracts that are not signed or active', async () => {
    const f = await createContractFixture(database.db);
    const stranger = await createCreator(database.db);
    session.signIn(stranger);
    const asStranger = await actions.submit(null, {
      contractId: f.contract.id,
      deliverableId: f.deliverables[0]!.id,
      caption: 'hijack',
    });
    expect(asStranger).toMatchObject({ ok: false, error: 'Contract not found.' });
    session.signIn(f.admin);
    expect(
      await actions.submit(null, { contractId: f.contract.id, deliverableId: f.deliverables[0]!.id, caption: 'x' }),
    ).toMatchObject({ ok: false, error: 'Only creators can do that.' });
    const pending = await createContractFixture(database.db, { contractStatus: 'pending' });
    expect(await submit(pending)).toMatchObject({ ok: false, error: expect.stringContaining('this one is pending') });
    expect(
      await database.db.select().from(deliverableSubmissions).where(eq(deliverableSubmissions.contractId, f.contract.id)),
    ).toEqual([]);
    expect((await contractRow(database.db, f.contract.id)).status).toBe('signed');
  });

  it('validates the content, the deliverable and the file', async () => {
    const f = await createContractFixture(database.db);
    expect(await submit(f, { contentUrl: '', caption: '' })).toMatchObject({
      ok: false,
      fieldErrors: { contentUrl: ['Add a link to the content, a caption or both.'] },
    });
    expect(await submit(f, { contentUrl: 'http://insecure.example/p' })).toMatchObject({
      ok: false,
      fieldErrors: { contentUrl: ['Enter a link that starts with https://.'] },
    });
    const other = await createContractFixture(database.db);
    expect(await submit(f, { deliverableId: other.deliverables[0]!.id })).toMatchObject({
      ok: false,
      fieldErrors: { deliverableId: ['That deliverable is not part of this contract.'] },
    });
    expect(await submit(f, { file: fileOf(new TextEncoder().encode('<html>'), 'fake.png') })).toMatchObject({
      ok: false,
      fieldErrors: { file: ['fake.png is not a PNG, JPEG, WebP, MP4 or PDF file.'] },
    });
    // A deliverable of the same campaign that the accepted terms leave out is not part of the contract either.
    const [extra] = await database.db.insert(deliverables).values({ campaignId: f.campaign.id, type: 'carousel' }).returning();
    expect(await submit(f, { deliverableId: extra!.id })).toMatchObject({ ok: false });
  });

  it('numbers revisions and refuses a resubmission while one waits for review or after approval', async () => {
    const f = await createContractFixture(database.db);
    const first = await submitOk(f);
    expect(await submit(f)).toMatchObject({ ok: false, error: "Revision 1 is still waiting for the brand's review." });
    expect(await review(f, first.id, 'request_changes', 'Show the product label')).toMatchObject({ ok: true });
    const second = await submitOk(f);
    expect(second.revision).toBe(2);
    expect(await review(f, second.id, 'approve')).toMatchObject({ ok: true });
    expect(await submit(f)).toMatchObject({ ok: false, error: 'This deliverable is already approved.' });
  });

  it('approves at once when the campaign does not require content approval, completing the contract', async () => {
    const f = await createContractFixture(database.db, { contentApprovalRequired: false, deliverableCount: 1 });
    expect(await submitOk(f)).toMatchObject({ status: 'auto_approved', completed: true });
    expect((await contractRow(database.db, f.contract.id)).status).toBe('completed');
  });
});

describe('reviewing content', () => {
  it('lets a brand member approve and tells the creator; outsiders see nothing', async () => {
    const f = await createContractFixture(database.db);
    const { id } = await submitOk(f);
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(outsider.user);
    expect(
      await actions.review(null, { orgSlug: outsider.organization.slug, submissionId: id, decision: 'approve' }),
    ).toMatchObject({
      ok: false,
      error: 'Contract not found.',
    });
    expect(await actions.review(null, { orgSlug: f.organization.slug, submissionId: id, decision: 'approve' })).toMatchObject({
      ok: false,
      error: 'Organization not found.',
    });
    session.signIn(f.creator);
    expect(await actions.review(null, { orgSlug: f.organization.slug, submissionId: id, decision: 'approve' })).toMatchObject({
      ok: false,
    });
    expect((await database.db.select().from(deliverableSubmissions).where(eq(deliverableSubmissions.id, id)))[0]!.status).toBe(
      'submitted',
    );

    expect(await review(f, id, 'approve', 'Lovely')).toMatchObject({ ok: true, data: { status: 'approved', completed: false } });
    const [row] = await database.db.select().from(deliverableSubmissions).where(eq(deliverableSubmissions.id, id));
    expect(row).toMatchObject({ status: 'approved', reviewerId: f.member.id, reviewComment: 'Lovely' });
    expect(await auditActionsOf(database.db, id)).toEqual(['submit_deliverable', 'approve_submission']);
    expect(await notificationTypesOf(database.db, f.creator.id)).toEqual(['submission_reviewed']);
  });

  it('needs a comment to request changes and only reviews the latest submitted revision', async () => {
    const f = await createContractFixture(database.db);
    const { id } = await submitOk(f);
    expect(await review(f, id, 'request_changes', '  ')).toMatchObject({
      ok: false,
      fieldErrors: { comment: ['Say what should change.'] },
    });
    expect(await review(f, id, 'request_changes', 'Brighter please')).toMatchObject({ ok: true });
    expect(await review(f, id, 'approve')).toMatchObject({
      ok: false,
      error: expect.stringContaining('changed while you were looking'),
    });
  });

  it('caps change requests at the revisions the contract allows', async () => {
    const f = await createContractFixture(database.db, { revisions: 1 });
    const first = await submitOk(f);
    expect(await review(f, first.id, 'request_changes', 'Once more')).toMatchObject({ ok: true });
    const second = await submitOk(f);
    expect(await review(f, second.id, 'request_changes', 'And again')).toMatchObject({
      ok: false,
      error: 'This contract allows 1 revision per deliverable and all have been used: approve the submission or open a dispute.',
    });
    expect(await review(f, second.id, 'approve')).toMatchObject({ ok: true });
  });

  it('completes the contract and the offer once every deliverable is approved', async () => {
    const f = await createContractFixture(database.db);
    const a = await submitOk(f, 0);
    const b = await submitOk(f, 1);
    expect(await review(f, a.id, 'approve', undefined, f.admin)).toMatchObject({ ok: true, data: { completed: false } });
    expect((await contractRow(database.db, f.contract.id)).status).toBe('active');
    expect(await review(f, b.id, 'approve', undefined, f.admin)).toMatchObject({ ok: true, data: { completed: true } });
    const contract = await contractRow(database.db, f.contract.id);
    expect(contract.status).toBe('completed');
    expect(contract.completedAt).toBeInstanceOf(Date);
    const offer = await database.db.query.offers.findFirst({ where: (o, { eq: equals }) => equals(o.id, f.offer.id) });
    expect(offer).toMatchObject({ status: 'completed', version: 4 });
    const revisions = await database.db.query.offerRevisions.findMany({
      where: (r, { eq: equals }) => equals(r.offerId, f.offer.id),
    });
    expect(revisions).toMatchObject([{ version: 4, status: 'completed', changedBy: f.admin.id, price: '1500.00' }]);
    expect(await auditActionsOf(database.db, f.contract.id)).toEqual(['activate_contract', 'complete_contract']);
    expect(await auditActionsOf(database.db, f.offer.id)).toEqual(['complete_offer']);
    expect(await submit(f)).toMatchObject({ ok: false, error: expect.stringContaining('this one is completed') });
    const approved = await database.db
      .select()
      .from(deliverableSubmissions)
      .where(and(eq(deliverableSubmissions.contractId, f.contract.id), eq(deliverableSubmissions.status, 'approved')));
    expect(approved).toHaveLength(2);
  });

  it('lets exactly one of two simultaneous reviews win', async () => {
    const f = await createContractFixture(database.db);
    const { id } = await submitOk(f);
    const signedInAs = fakeSessionClients(() => database.db);
    const other = defineSubmissionActions(signedInAs.clients, () => store);
    signedInAs.signIn(f.admin);
    session.signIn(f.member);
    const input = { orgSlug: f.organization.slug, submissionId: id };
    const results = await Promise.all([
      actions.review(null, { ...input, decision: 'approve' }),
      other.review(null, { ...input, decision: 'request_changes', comment: 'Redo' }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      error: expect.stringContaining('changed while you were looking'),
    });
    expect(await auditActionsOf(database.db, id)).toHaveLength(2);
  });
});
