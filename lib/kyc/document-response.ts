import { z } from 'zod';
import type { Executor } from '@/db/client';
import type { ObjectStore } from '@/lib/storage';
import { findViewableDocument, type DocumentViewer } from './queries';

const notFound = () => new Response('Not found.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * A KYC document for someone allowed to see it; a 404 for everyone else, whether or not the document exists.
 * Documents are identity evidence: never cached, never sniffed into another type.
 */
export async function kycDocumentResponse(
  db: Executor,
  store: ObjectStore,
  viewer: DocumentViewer | null,
  documentId: string,
): Promise<Response> {
  if (!viewer || !z.uuid().safeParse(documentId).success) return notFound();
  const document = await findViewableDocument(db, viewer, documentId);
  if (!document) return notFound();
  const stored = await store.get(document.storageKey);
  if (!stored) return notFound();
  return new Response(new Uint8Array(stored.bytes), {
    headers: {
      'content-type': document.contentType,
      'content-length': String(stored.bytes.byteLength),
      'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
