import { and, eq } from 'drizzle-orm';
import { kycChecks, kycDocuments, type KycDocumentKind } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction } from '@/lib/context';
import { NotFoundError, ValidationError } from '@/lib/errors';
import type { ObjectStore } from '@/lib/storage';
import { cleanFileName, detectDocumentType, documentStorageKey, maxDocumentBytes } from './documents';
import { assertNothingWaiting, assertOpenForVerification, findDraft, isDraft, lockOrganizationKyc } from './state';

export interface DocumentUpload {
  kind: KycDocumentKind;
  fileName: string;
  bytes: Uint8Array;
}

const fileError = (message: string) => new ValidationError(message, { file: [message] });

/** Stores the file, then adds it to the organization's draft check (created on the first upload). */
export async function uploadKycDocument(ctx: BrandCtx, upload: DocumentUpload, store: ObjectStore) {
  if (upload.bytes.length === 0) throw fileError('Choose a file to upload.');
  if (upload.bytes.length > maxDocumentBytes) throw fileError('The file is larger than 10 MB.');
  const contentType = detectDocumentType(upload.bytes);
  if (!contentType) throw fileError('Upload a PDF, PNG or JPEG file.');

  const storageKey = documentStorageKey(ctx.organization.id);
  await store.put(storageKey, upload.bytes, contentType);
  try {
    return await withTransaction(ctx, async (tx) => {
      const organization = await lockOrganizationKyc(tx.db, ctx.organization.id);
      assertOpenForVerification(organization);
      await assertNothingWaiting(tx.db, organization.id);
      const draft = (await findDraft(tx.db, organization.id)) ?? (await createDraft(tx, organization.id));
      const [document] = await tx.db
        .insert(kycDocuments)
        .values({
          checkId: draft.id,
          kind: upload.kind,
          storageKey,
          fileName: cleanFileName(upload.fileName),
          contentType,
          sizeBytes: upload.bytes.length,
          uploadedBy: tx.actor.userId,
        })
        .returning();
      await recordAudit(tx, {
        action: 'upload_kyc_document',
        resourceType: 'organization',
        resourceId: organization.id,
        metadata: {
          after: {
            kind: document!.kind,
            file_name: document!.fileName,
            content_type: contentType,
            size_bytes: document!.sizeBytes,
          },
          documentId: document!.id,
          checkId: draft.id,
        },
      });
      return { documentId: document!.id, fileName: document!.fileName };
    });
  } catch (error) {
    // The row never committed, so the stored file would be unreachable.
    await store.delete(storageKey).catch((cleanup) => console.error('could not remove an orphaned KYC upload', cleanup));
    throw error;
  }
}

async function createDraft(ctx: BrandCtx, organizationId: string) {
  const [draft] = await ctx.db.insert(kycChecks).values({ organizationId, provider: 'manual' }).returning({ id: kycChecks.id });
  return draft!;
}

/** Only documents of the draft can be removed; submitted documents are evidence of the review. */
export async function removeKycDocument(ctx: BrandCtx, documentId: string, store: ObjectStore) {
  const removed = await withTransaction(ctx, async (tx) => {
    const organization = await lockOrganizationKyc(tx.db, ctx.organization.id);
    const [document] = await tx.db
      .select({
        id: kycDocuments.id,
        checkId: kycDocuments.checkId,
        kind: kycDocuments.kind,
        fileName: kycDocuments.fileName,
        storageKey: kycDocuments.storageKey,
      })
      .from(kycDocuments)
      .innerJoin(kycChecks, eq(kycChecks.id, kycDocuments.checkId))
      .where(and(eq(kycDocuments.id, documentId), eq(kycChecks.organizationId, organization.id), isDraft()));
    if (!document) throw new NotFoundError('That document is not among your unsubmitted documents.');
    await tx.db.delete(kycDocuments).where(eq(kycDocuments.id, document.id));
    await recordAudit(tx, {
      action: 'remove_kyc_document',
      resourceType: 'organization',
      resourceId: organization.id,
      metadata: {
        before: { kind: document.kind, file_name: document.fileName },
        documentId: document.id,
        checkId: document.checkId,
      },
    });
    return document;
  });
  await store.delete(removed.storageKey).catch((error) => console.error('could not remove a KYC file', error));
  return { fileName: removed.fileName };
}
