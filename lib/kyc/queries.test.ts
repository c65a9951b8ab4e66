import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kycChecks } from '@/db/schema';
import { localStore } from '@/lib/storage/local-store';
import { fakeSessionClients } from '@/tests/doubles/kyc/action-session';
import { fileOf, sampleJpeg, samplePdf, samplePng } from '@/tests/doubles/kyc/files';
import { onfidoWorkflowRunCreated } from '@/tests/doubles/kyc/onfido';
import { createOrganizationWithMember, createUser } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { defineKycBrandActions, defineKycStaffActions } from './action-definitions';
import { getVerificationOverview, listPendingChecks } from './queries';

let database: TestDatabase;
const root = mkdtempSync(join(tmpdir(), 'pactly-kyc-queries-'));
const session = fakeSessionClients(() => database.db);
const brand = defineKycBrandActions(session.clients, {
  store: () => localStore(root),
  offeredProvider: () => null,
  returnUrl: () => 'http://localhost',
});
const staff = defineKycStaffActions(session.clients);

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
  rmSync(root, { recursive: true, force: true });
});

async function uploadFor(orgSlug: string, kind: string, file: File) {
  const form = new FormData();
  form.set('orgSlug', orgSlug);
  form.set('kind', kind);
  form.set('file', file);
  const result = await brand.upload(null, form);
  if (!result.ok) throw new Error(result.error);
}

describe('KYC read models', () => {
  it('shows a brand its draft until it submits, then the submitted check; the queue lists only submitted checks', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(user);
    expect(await getVerificationOverview(database.db, organization.id)).toEqual({
      status: 'pending',
      verifiedAt: null,
      latestCheck: null,
      draftDocuments: [],
    });

    await uploadFor(organization.slug, 'certificate_of_incorporation', fileOf(samplePdf, 'certificate.pdf'));
    await uploadFor(organization.slug, 'proof_of_address', fileOf(samplePng, 'bill.png', 'image/png'));
    await uploadFor(organization.slug, 'director_id', fileOf(sampleJpeg, 'id.jpg', 'image/jpeg'));
    const draft = await getVerificationOverview(database.db, organization.id);
    expect(draft?.latestCheck).toBeNull();
    expect(draft?.draftDocuments.map((document) => document.fileName)).toEqual(['certificate.pdf', 'bill.png', 'id.jpg']);
    expect((await listPendingChecks(database.db)).map((check) => check.organization.id)).not.toContain(organization.id);

    const submitted = await brand.submit(null, { orgSlug: organization.slug });
    if (!submitted.ok) throw new Error(submitted.error);
    const waiting = await getVerificationOverview(database.db, organization.id);
    expect(waiting).toMatchObject({
      draftDocuments: [],
      latestCheck: { id: submitted.data.checkId, status: 'pending', provider: 'manual' },
    });
    expect(waiting?.latestCheck?.documents).toHaveLength(3);

    const queued = (await listPendingChecks(database.db)).find((check) => check.id === submitted.data.checkId);
    expect(queued).toMatchObject({ provider: 'manual', organization: { id: organization.id, name: organization.name } });
    expect(queued?.documents.map((document) => document.kind)).toEqual([
      'certificate_of_incorporation',
      'proof_of_address',
      'director_id',
    ]);

    session.signIn(await createUser(database.db, { role: 'support' }));
    await staff.reject(null, { checkId: submitted.data.checkId, reason: 'Expired ID.' });
    expect((await listPendingChecks(database.db)).map((check) => check.id)).not.toContain(submitted.data.checkId);
    expect(await getVerificationOverview(database.db, organization.id)).toMatchObject({
      status: 'rejected',
      latestCheck: { status: 'rejected', decisionReason: 'Expired ID.', decidedAt: expect.any(Date) },
    });
  });

  it('offers the way back into a pending Onfido flow, and only an https one', async () => {
    const { organization } = await createOrganizationWithMember(database.db, 'brand_admin');
    await database.db.insert(kycChecks).values({
      organizationId: organization.id,
      provider: 'onfido',
      reference: 'run-continue',
      result: { started: { workflow_run: onfidoWorkflowRunCreated } },
    });
    expect((await getVerificationOverview(database.db, organization.id))?.latestCheck?.continueUrl).toBe(
      onfidoWorkflowRunCreated.link.url,
    );

    const other = await createOrganizationWithMember(database.db, 'brand_admin');
    await database.db.insert(kycChecks).values({
      organizationId: other.organization.id,
      provider: 'onfido',
      reference: 'run-odd-link',
      result: { started: { workflow_run: { link: { url: 'javascript:alert(1)' } } } },
    });
    expect((await getVerificationOverview(database.db, other.organization.id))?.latestCheck?.continueUrl).toBeNull();
  });
});
