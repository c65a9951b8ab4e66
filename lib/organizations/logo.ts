import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction } from '@/lib/context';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { objectStore, type ObjectStore } from '@/lib/storage';
import { maxLogoBytes } from './schemas';

export const logoUrlPrefix = '/api/files/logos/';

/** The part of a logo's storage key after `logos/`: the organization id and a random file name. */
export const logoPathPattern =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[A-Za-z0-9_-]{22}\.(png|jpg|webp)$/;

const imageTypes = [
  {
    contentType: 'image/png',
    extension: 'png',
    matches: (b: Uint8Array) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  { contentType: 'image/jpeg', extension: 'jpg', matches: (b: Uint8Array) => startsWith(b, [0xff, 0xd8, 0xff]) },
  {
    contentType: 'image/webp',
    extension: 'webp',
    matches: (b: Uint8Array) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
  },
] as const;

export type LogoType = (typeof imageTypes)[number];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** The image type the content says it is, whatever the file's name or declared type claim. */
export function detectLogoType(bytes: Uint8Array): LogoType | null {
  return imageTypes.find((type) => type.matches(bytes)) ?? null;
}

const invalidLogo = (message: string) => new ValidationError(message, { logo: [message] });

async function setLogoUrl(ctx: BrandCtx, logoUrl: string | null): Promise<string | null> {
  return withTransaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select({ logoUrl: organizations.logoUrl })
      .from(organizations)
      .where(eq(organizations.id, ctx.organization.id))
      .for('update');
    if (!before) throw new NotFoundError('Organization not found.');
    if (before.logoUrl === logoUrl) return null;
    await tx.db.update(organizations).set({ logoUrl }).where(eq(organizations.id, ctx.organization.id));
    await recordAudit(tx, {
      action: 'update_organization',
      resourceType: 'organization',
      resourceId: ctx.organization.id,
      metadata: diffFields(before, { logoUrl }),
    });
    return before.logoUrl;
  });
}

/** Removing the replaced file is best effort: a leftover file is harmless, a failed save is not. */
async function deleteStoredLogo(store: ObjectStore, logoUrl: string | null) {
  if (!logoUrl?.startsWith(logoUrlPrefix)) return;
  await store
    .delete(`logos/${logoUrl.slice(logoUrlPrefix.length)}`)
    .catch((error) => console.error('logo cleanup failed', error));
}

export async function updateOrganizationLogo(ctx: BrandCtx, file: File, store = objectStore()): Promise<{ logoUrl: string }> {
  if (file.size === 0) throw invalidLogo('Choose an image to upload.');
  if (file.size > maxLogoBytes) throw invalidLogo('The logo must be 2 MB or smaller.');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = detectLogoType(bytes);
  if (!type) throw invalidLogo('Upload a PNG, JPEG or WebP image.');
  const path = `${ctx.organization.id}/${randomBytes(16).toString('base64url')}.${type.extension}`;
  await store.put(`logos/${path}`, bytes, type.contentType);
  const logoUrl = `${logoUrlPrefix}${path}`;
  let previous: string | null;
  try {
    previous = await setLogoUrl(ctx, logoUrl);
  } catch (error) {
    await store.delete(`logos/${path}`).catch(() => {});
    throw error;
  }
  await deleteStoredLogo(store, previous);
  return { logoUrl };
}

export async function removeOrganizationLogo(ctx: BrandCtx, store = objectStore()): Promise<void> {
  const previous = await setLogoUrl(ctx, null);
  await deleteStoredLogo(store, previous);
}
