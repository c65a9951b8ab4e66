import type { ObjectStore } from '@/lib/storage';
import { uploadContentTypes } from './files';

const notFound = () => new Response('Not found.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** A stored upload for a viewer already checked by the caller; a 404 when there is none. Never cached or sniffed. */
export async function storedFileResponse(store: ObjectStore, key: string | null, fileName: string): Promise<Response> {
  if (!key) return notFound();
  const stored = await store.get(key);
  if (!stored) return notFound();
  const type = (uploadContentTypes as readonly string[]).includes(stored.contentType)
    ? stored.contentType
    : 'application/octet-stream';
  return new Response(new Uint8Array(stored.bytes), {
    headers: {
      'content-type': type,
      'content-length': String(stored.bytes.byteLength),
      'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    },
  });
}
