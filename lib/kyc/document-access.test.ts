import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kycChecks, kycDocuments, organizationMembers } from '@/db/schema';
import { localStore } from '@/lib/storage/local-store';
import { samplePdf } from '@/tests/doubles/kyc/files';
import { createOrganizationWithMember, createUser } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { kycDocumentResponse } from './document-response';
import { documentStorageKey } from './documents';
import type { DocumentViewer } from './queries';

let database: TestDatabase;
const root = mkdtempSync(join(tmpdir(), 'pactly-kyc-files-'));
const store = localStore(root);
let owner: Awaited<ReturnType<typeof createOrganizationWithMember>>;
let documentId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  owner = await createOrganizationWithMember(database.db, 'brand_admin');
  const [check] = await database.db
    .insert(kycChecks)
    .values({ organizationId: owner.organization.id, provider: 'manual' })
    .returning();
  const storageKey = documentStorageKey(owner.organization.id);
  await store.put(storageKey, samplePdf, 'application/pdf');
  const [document] = await database.db
    .insert(kycDocuments)
    .values({
      checkId: check!.id,
      kind: 'certificate_of_incorporation',
      storageKey,
      fileName: 'Certificate of incorporation.pdf',
      contentType: 'application/pdf',
      sizeBytes: samplePdf.length,
    })
    .returning();
  documentId = document!.id;
});
afterAll(async () => {
  await database.close();
  rmSync(root, { recursive: true, force: true });
});

const fetchAs = (viewer: DocumentViewer | null, id = documentId) => kycDocumentResponse(database.db, store, viewer, id);

describe('KYC document downloads', () => {
  it('serves the file to a brand admin of its organization, uncached and not sniffable', async () => {
    const response = await fetchAs(owner.user);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(samplePdf);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''Certificate%20of%20incorporation.pdf");
  });

  it('serves it to Pactly admins and support', async () => {
    for (const role of ['admin', 'support'] as const) {
      const staff = await createUser(database.db, { role });
      expect((await fetchAs(staff)).status).toBe(200);
    }
  });

  it('answers 404 to a brand member, another organization, a creator, a signed-out visitor and unknown ids', async () => {
    const member = await createUser(database.db, { role: 'brand_member' });
    await database.db
      .insert(organizationMembers)
      .values({ organizationId: owner.organization.id, userId: member.id, role: 'brand_member' });
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    const creator = await createUser(database.db, { role: 'influencer' });
    for (const viewer of [member, outsider.user, creator, null]) expect((await fetchAs(viewer)).status).toBe(404);
    expect((await fetchAs(owner.user, crypto.randomUUID())).status).toBe(404);
    expect((await fetchAs(owner.user, 'not-a-uuid')).status).toBe(404);
  });
});
