import { randomBytes } from 'node:crypto';
import { ValidationError } from '@/lib/errors';
import type { ObjectStore } from '@/lib/storage';

export const maxUploadBytes = 10 * 1024 * 1024;

export const uploadContentTypes = ['image/png', 'image/jpeg', 'image/webp', 'video/mp4', 'application/pdf'] as const;
export type UploadContentType = (typeof uploadContentTypes)[number];

export interface StoredFile {
  key: string;
  name: string;
  type: UploadContentType;
  size: number;
}

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** The real type from the first bytes; the declared type and the file name are not trusted. */
export function detectUploadType(bytes: Uint8Array): UploadContentType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('ftyp'), 4)) return 'video/mp4';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

/** A display name without path parts or control characters, at most 255 characters. */
export function cleanFileName(name: string): string {
  const base =
    name
      .split(/[\\/]/)
      .pop()
      ?.replace(/[\u0000-\u001f\u007f"]/g, '')
      .trim() ?? '';
  return (base || 'file').slice(0, 255);
}

/** Checks and stores uploads under `prefix/<random>`; the caller deletes them again if its transaction fails. */
export async function storeUploads(store: ObjectStore, prefix: string, files: File[], field: string): Promise<StoredFile[]> {
  const checked: { file: File; bytes: Uint8Array; type: UploadContentType }[] = [];
  for (const file of files) {
    const fail = (message: string) => new ValidationError(message, { [field]: [message] });
    if (file.size > maxUploadBytes) throw fail(`${cleanFileName(file.name)} is larger than 10 MB.`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = detectUploadType(bytes);
    if (!type) throw fail(`${cleanFileName(file.name)} is not a PNG, JPEG, WebP, MP4 or PDF file.`);
    checked.push({ file, bytes, type });
  }
  const stored: StoredFile[] = [];
  try {
    for (const { file, bytes, type } of checked) {
      const key = `${prefix}/${randomBytes(16).toString('hex')}`;
      await store.put(key, bytes, type);
      stored.push({ key, name: cleanFileName(file.name), type, size: bytes.length });
    }
  } catch (error) {
    await removeUploads(store, stored);
    throw error;
  }
  return stored;
}

export async function removeUploads(store: ObjectStore, files: readonly StoredFile[]): Promise<void> {
  for (const file of files)
    await store.delete(file.key).catch((error) => console.error('could not remove an orphaned upload', error));
}
