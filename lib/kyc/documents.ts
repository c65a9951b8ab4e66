import { randomBytes } from 'node:crypto';

export const maxDocumentBytes = 10 * 1024 * 1024;

export const documentContentTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type DocumentContentType = (typeof documentContentTypes)[number];

const signatures: { type: DocumentContentType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The file's real type from its first bytes; the browser's declared type and the file name are not trusted. */
export function detectDocumentType(bytes: Uint8Array): DocumentContentType | null {
  const match = signatures.find((signature) => signature.bytes.every((byte, index) => bytes[index] === byte));
  return match?.type ?? null;
}

/** Private per organization; the random part keeps keys unguessable and never derived from the uploaded name. */
export function documentStorageKey(organizationId: string): string {
  return `kyc/${organizationId}/${randomBytes(16).toString('hex')}`;
}

/** A display name without path parts or control characters, at most 255 characters. */
export function cleanFileName(name: string): string {
  const base =
    name
      .split(/[\\/]/)
      .pop()
      ?.replace(/[\u0000-\u001f\u007f"]/g, '')
      .trim() ?? '';
  return (base || 'document').slice(0, 255);
}
