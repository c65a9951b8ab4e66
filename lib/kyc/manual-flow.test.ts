import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, kycChecks, kycDocuments, organizations } from '@/db/schema';
import { localStore } from '@/lib/storage/local-store';
import { fakeSessionClients } from '@/tests/doubles/kyc/action-session';
import { disguisedText, fileOf, sampleJpeg, samplePdf, samplePng } from '@/tests/doubles/kyc/files';
import { createOrganizationWithMember, createUser } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { defineKycBrandActions, defineKycStaffActions } from './action-definitions';

let database: TestDatabase;
const root = mkdtempSync(join(tmpdir(), 'pactly-kyc-'));
const store = localStore(root);
const session = fakeSessionClients(() => database.db);
const brand = defineKycBrandActions(session.clients, {
  store: () => store,
  offeredProvider: () => null,
  returnUrl: (slug) => `http://localhost/brand/${slug}/verification`,
});
const staff = defineKycStaffActions(session.clients);

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
  rmSync(root, { recursive: true, force: true });
});

const upload = (orgSlug: string, kind: string, file: File) => {
  const form = new FormData();
  form.set('orgSlug', orgSlug);
  form.set('kind', kind);
  form.set('file', file);
  return brand.upload(null, form);
};

async function uploadAll(orgSlug: string) {
  for (const [kind, file] of [
    ['certificate_of_incorporation', fileOf(samplePdf, 'certificate.pdf')],
    ['proof_of_address', fileOf(samplePng, 'utility-bill.png', 'image/png')],
    ['director_id', fileOf(sampleJpeg, 'passport.jpg', 'image/jpeg')],
  ] as const)
    expect(await upload(orgSlug, kind, file)).toMatchObject({ ok: true });
}

async function submittedOrganization() {
  const owner = await createOrganizationWithMember(database.db, 'brand_admin');
  session.signIn(owner.user);
  await uploadAll(owner.organization.slug);
  const submitted = await brand.submit(null, { orgSlug: owner.organization.slug });
  if (!submitted.ok) throw new Error(submitted.error);
  return { ...owner, checkId: submitted.data.checkId };
}

const organizationRow = async (id: string) =>
  (await database.db.select().from(organizations).where(eq(organizations.id, id)))[0]!;
const checkRow = async (id: string) => (await database.db.select().from(kycChecks).where(eq(kycChecks.id, id)))[0]!;
const auditsOf = (organizationId: string) =>
  database.db.select().from(auditLogs).where(eq(auditLogs.resourceId, organizationId)).orderBy(asc(auditLogs.createdAt));

describe('manual KYC review', () => {
  it('takes a brand from upload through submission to an approved, verified organization with its audit trail', async () => {
    const { organization, user, checkId } = await submittedOrganization();

    const documents = await database.db.select().from(kycDocuments).where(eq(kycDocuments.checkId, checkId));
    expect(documents.map((document) => [document.kind, document.contentType]).sort()).toEqual([
      ['certificate_of_incorporation', 'application/pdf'],
      ['director_id', 'image/jpeg'],
      ['proof_of_address', 'image/png'],
    ]);
    for (const document of documents) {
      expect(document.storageKey).toMatch(new RegExp(`^kyc/${organization.id}/[0-9a-f]{32}$`));
      expect(await store.get(document.storageKey)).not.toBeNull();
    }
    expect(await checkRow(checkId)).toMatchObject({
      provider: 'manual',
      status: 'pending',
      reference: checkId,
      submittedBy: user.id,
    });
    expect(await organizationRow(organization.id)).toMatchObject({
      kycStatus: 'pending',
      kycProvider: 'manual',
      kycReferenceId: checkId,
    });

    const admin = await createUser(database.db, { role: 'admin' });
    session.signIn(admin);
    expect(await staff.approve(null, { checkId })).toMatchObject({ ok: true, data: { status: 'approved' } });

    const verified = await organizationRow(organization.id);
    expect(verified.kycStatus).toBe('verified');
    expect(verified.kycVerifiedAt).toBeInstanceOf(Date);
    expect(await checkRow(checkId)).toMatchObject({ status: 'approved', decidedBy: admin.id, decisionReason: null });

    const audits = await auditsOf(organization.id);
    expect(audits.map((audit) => [audit.action, audit.actorId])).toEqual([
      ['upload_kyc_document', user.id],
      ['upload_kyc_document', user.id],
      ['upload_kyc_document', user.id],
      ['submit_kyc', user.id],
      ['approve_kyc', admin.id],
    ]);
    expect(audits[3]!.metadata).toMatchObject({ after: { kyc_provider: 'manual', kyc_reference_id: checkId }, checkId });
    expect(audits[4]!.metadata).toMatchObject({
      before: { kyc_status: 'pending', kyc_verified_at: null },
      after: { kyc_status: 'verified' },
      checkId,
    });
  });

  it('lets support reject with a reason, and refuses a rejection without one', async () => {
    const { organization, checkId } = await submittedOrganization();
    const support = await createUser(database.db, { role: 'support' });
    session.signIn(support);

    expect(await staff.reject(null, { checkId, reason: '  ' })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ['Give a reason for the rejection.'] },
    });
    expect((await checkRow(checkId)).status).toBe('pending');

    const reason = 'The certificate is for a different company.';
    expect(await staff.reject(null, { checkId, reason })).toMatchObject({ ok: true, data: { status: 'rejected' } });
    expect(await checkRow(checkId)).toMatchObject({ status: 'rejected', decisionReason: reason, decidedBy: support.id });
    expect(await organizationRow(organization.id)).toMatchObject({ kycStatus: 'rejected', kycVerifiedAt: null });
    const [rejection] = await database.db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.resourceId, organization.id), eq(auditLogs.action, 'reject_kyc')));
    expect(rejection).toMatchObject({ actorId: support.id, metadata: { reason, after: { kyc_status: 'rejected' } } });
  });

  it('refuses to decide a check twice', async () => {
    const { organization, checkId } = await submittedOrganization();
    session.signIn(await createUser(database.db, { role: 'admin' }));
    expect(await staff.approve(null, { checkId })).toMatchObject({ ok: true });
    expect(await staff.reject(null, { checkId, reason: 'Changed my mind.' })).toEqual({
      ok: false,
      error: 'This check was already approved.',
    });
    expect(await staff.approve(null, { checkId })).toEqual({ ok: false, error: 'This check was already approved.' });
    expect((await organizationRow(organization.id)).kycStatus).toBe('verified');
    const decisions = (await auditsOf(organization.id)).filter(
      (audit) => audit.action.endsWith('_kyc') && audit.action !== 'submit_kyc',
    );
    expect(decisions).toHaveLength(1);
  });

  it('keeps decisions to Pactly staff', async () => {
    const { user, checkId } = await submittedOrganization();
    session.signIn(user);
    expect(await staff.approve(null, { checkId })).toEqual({ ok: false, error: 'Only Pactly staff can do that.' });
    expect((await checkRow(checkId)).status).toBe('pending');
  });

  it('refuses a second submission while one is pending, and uploads until it is decided', async () => {
    const { organization, user } = await submittedOrganization();
    session.signIn(user);
    expect(await brand.submit(null, { orgSlug: organization.slug })).toEqual({
      ok: false,
      error: 'A verification is already in progress. Wait for its decision before submitting again.',
    });
    expect(await upload(organization.slug, 'other', fileOf(samplePdf, 'extra.pdf'))).toMatchObject({ ok: false });
    expect(await database.db.select().from(kycChecks).where(eq(kycChecks.organizationId, organization.id))).toHaveLength(1);
  });

  it('lets a rejected organization submit again, as a new check', async () => {
    const { organization, user, checkId } = await submittedOrganization();
    session.signIn(await createUser(database.db, { role: 'admin' }));
    await staff.reject(null, { checkId, reason: 'Blurry scan.' });
    session.signIn(user);
    await uploadAll(organization.slug);
    const again = await brand.submit(null, { orgSlug: organization.slug });
    expect(again).toMatchObject({ ok: true });
    expect(again.ok && again.data.checkId).not.toBe(checkId);
    expect(await organizationRow(organization.id)).toMatchObject({
      kycStatus: 'pending',
      kycReferenceId: again.ok && again.data.checkId,
    });
  });

  it('needs the three required documents before submitting', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(user);
    expect(await brand.submit(null, { orgSlug: organization.slug })).toMatchObject({
      ok: false,
      error: 'Upload your certificate of incorporation, proof of address, director ID before submitting.',
    });
    await upload(organization.slug, 'certificate_of_incorporation', fileOf(samplePdf, 'certificate.pdf'));
    expect(await brand.submit(null, { orgSlug: organization.slug })).toMatchObject({
      ok: false,
      error: 'Upload your proof of address, director ID before submitting.',
    });
    expect((await organizationRow(organization.id)).kycProvider).toBeNull();
  });

  it('checks the file by its bytes, not its name or declared type, and stores nothing it refuses', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(user);
    expect(await upload(organization.slug, 'director_id', fileOf(disguisedText, 'passport.pdf'))).toEqual({
      ok: false,
      error: 'Upload a PDF, PNG or JPEG file.',
      fieldErrors: { file: ['Upload a PDF, PNG or JPEG file.'] },
    });
    expect(await upload(organization.slug, 'director_id', fileOf(new Uint8Array(), 'empty.pdf'))).toMatchObject({
      ok: false,
      fieldErrors: { file: ['Choose a file to upload.'] },
    });
    const tooLarge = new Uint8Array(10 * 1024 * 1024 + 1);
    tooLarge.set(samplePdf);
    expect(await upload(organization.slug, 'director_id', fileOf(tooLarge, 'huge.pdf'))).toMatchObject({
      ok: false,
      fieldErrors: { file: ['The file is larger than 10 MB.'] },
    });
    expect(await upload(organization.slug, 'passport', fileOf(samplePdf, 'a.pdf'))).toMatchObject({
      ok: false,
      fieldErrors: { kind: ['Choose the document type.'] },
    });
    expect(await database.db.select().from(kycChecks).where(eq(kycChecks.organizationId, organization.id))).toHaveLength(0);
  });

  it('removes a document that was not submitted yet, file included', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(user);
    const uploaded = await upload(organization.slug, 'other', fileOf(samplePdf, 'wrong-file.pdf'));
    if (!uploaded.ok) throw new Error(uploaded.error);
    const [document] = await database.db.select().from(kycDocuments).where(eq(kycDocuments.id, uploaded.data.documentId));
    expect(await brand.remove(null, { orgSlug: organization.slug, documentId: document!.id })).toMatchObject({ ok: true });
    expect(await database.db.select().from(kycDocuments).where(eq(kycDocuments.id, document!.id))).toHaveLength(0);
    expect(await store.get(document!.storageKey)).toBeNull();
    expect((await auditsOf(organization.id)).map((audit) => audit.action)).toEqual([
      'upload_kyc_document',
      'remove_kyc_document',
    ]);
  });

  it('refuses a brand member: kyc.manage is for brand admins', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_member');
    session.signIn(user);
    const refusal = { ok: false, error: 'Your role in this organization does not allow that.' };
    expect(await upload(organization.slug, 'director_id', fileOf(samplePdf, 'id.pdf'))).toEqual(refusal);
    expect(await brand.submit(null, { orgSlug: organization.slug })).toEqual(refusal);
    expect(await database.db.select().from(kycChecks).where(eq(kycChecks.organizationId, organization.id))).toHaveLength(0);
    expect(await auditsOf(organization.id)).toHaveLength(0);
  });

  it('gives an admin of another organization nothing, and changes nothing', async () => {
    const target = await submittedOrganization();
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(outsider.user);
    const [document] = await database.db.select().from(kycDocuments).where(eq(kycDocuments.checkId, target.checkId));
    const notFound = { ok: false, error: 'Organization not found.' };
    expect(await upload(target.organization.slug, 'other', fileOf(samplePdf, 'x.pdf'))).toEqual(notFound);
    expect(await brand.submit(null, { orgSlug: target.organization.slug })).toEqual(notFound);
    expect(await brand.remove(null, { orgSlug: target.organization.slug, documentId: document!.id })).toEqual(notFound);
    // Through their own organization, another organization's document id matches nothing.
    expect(await brand.remove(null, { orgSlug: outsider.organization.slug, documentId: document!.id })).toMatchObject({
      ok: false,
      error: 'That document is not among your unsubmitted documents.',
    });
    expect(await database.db.select().from(kycDocuments).where(eq(kycDocuments.checkId, target.checkId))).toHaveLength(3);
    expect((await auditsOf(target.organization.id)).map((audit) => audit.action)).not.toContain('remove_kyc_document');
  });
});
