import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLogs, organizations, type User } from '@/db/schema';
import { createOrganizationWithMember } from '@/tests/helpers/factories';
import { signInAs, testSession } from '@/tests/helpers/action-session';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { detectLogoType } from './logo';

// Uploads go to a folder of this file's own; it must be set before the storage module reads the environment.
const uploads = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/pactly-logo-test-${process.pid}-${Date.now()}`;
  process.env.PACTLY_DATA_DIR = dir;
  return { dir };
});
vi.mock('@/lib/actions', () => import('@/tests/helpers/action-session').then((m) => m.actionsWithTestSession()));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { uploadLogoAction, removeLogoAction } = await import('@/app/(brand)/brand/[orgSlug]/settings/actions');
const { GET: serveLogo } = await import('@/app/api/files/logos/[...path]/route');

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const webp = new Uint8Array([...new TextEncoder().encode('RIFF'), 30, 0, 0, 0, ...new TextEncoder().encode('WEBPVP8 '), 1, 2]);
const text = new TextEncoder().encode('just some text, not an image\n');

let database: TestDatabase;
const signIn = (user: User) => {
  signInAs(user);
};
const form = (orgSlug: string, file: File) => {
  const data = new FormData();
  data.set('orgSlug', orgSlug);
  data.set('logo', file);
  return data;
};
const logoUrlOf = async (id: string) =>
  (await database.db.select({ logoUrl: organizations.logoUrl }).from(organizations).where(eq(organizations.id, id)))[0]!.logoUrl;
const storedPath = (logoUrl: string) => join(uploads.dir, 'uploads', 'logos', logoUrl.slice('/api/files/logos/'.length));
const fetchLogo = (path: string) => serveLogo(new NextRequest(`http://localhost${path}`));

beforeAll(async () => {
  database = await createTestDatabase();
  testSession.db = database.db;
  // The route handler reads through the app's database pool.
  process.env.DATABASE_URL = database.url;
});
afterAll(async () => {
  const { database: appDatabase } = await import('@/db/client');
  await appDatabase().sql.end();
  await database.close();
  await rm(uploads.dir, { recursive: true, force: true });
});
beforeEach(() => {
  signInAs(null);
});

describe('logo type detection', () => {
  it('goes by the first bytes, not the name', () => {
    expect(detectLogoType(png)?.contentType).toBe('image/png');
    expect(detectLogoType(jpeg)?.contentType).toBe('image/jpeg');
    expect(detectLogoType(webp)?.contentType).toBe('image/webp');
    expect(detectLogoType(text)).toBeNull();
    expect(detectLogoType(new Uint8Array())).toBeNull();
    expect(detectLogoType(new TextEncoder().encode('RIFF0000WAVE'))).toBeNull();
  });
});

describe('logo upload', () => {
  it('stores the image, points the organization at it, audits it and serves it with its type and cache headers', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(user);
    const result = await uploadLogoAction(
      null,
      form(organization.slug, new File([png], 'logo.bin', { type: 'application/octet-stream' })),
    );
    expect(result).toEqual({ ok: true, data: 'Logo uploaded.' });
    const logoUrl = (await logoUrlOf(organization.id))!;
    expect(logoUrl).toMatch(new RegExp(`^/api/files/logos/${organization.id}/[A-Za-z0-9_-]{22}\\.png$`));
    const [audit] = await database.db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.resourceId, organization.id), eq(auditLogs.action, 'update_organization')));
    expect(audit).toMatchObject({ actorId: user.id, metadata: { before: { logoUrl: null }, after: { logoUrl } } });

    const response = await fetchLogo(logoUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
  });

  it('replaces an earlier logo and deletes its file; removing clears it', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(user);
    await uploadLogoAction(null, form(organization.slug, new File([png], 'a.png', { type: 'image/png' })));
    const first = (await logoUrlOf(organization.id))!;
    expect(await uploadLogoAction(null, form(organization.slug, new File([webp], 'b.webp')))).toMatchObject({ ok: true });
    const second = (await logoUrlOf(organization.id))!;
    expect(second).toMatch(/\.webp$/);
    expect(existsSync(storedPath(first))).toBe(false);
    expect((await fetchLogo(first)).status).toBe(404);
    expect((await fetchLogo(second)).headers.get('content-type')).toBe('image/webp');

    expect(await removeLogoAction(null, { orgSlug: organization.slug })).toEqual({ ok: true, data: 'Logo removed.' });
    expect(await logoUrlOf(organization.id)).toBeNull();
    expect(existsSync(storedPath(second))).toBe(false);
  });

  it('refuses a text file renamed .png, and stores nothing', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(user);
    const result = await uploadLogoAction(null, form(organization.slug, new File([text], 'logo.png', { type: 'image/png' })));
    expect(result).toEqual({
      ok: false,
      error: 'Upload a PNG, JPEG or WebP image.',
      fieldErrors: { logo: ['Upload a PNG, JPEG or WebP image.'] },
    });
    expect(await logoUrlOf(organization.id)).toBeNull();
    expect(existsSync(join(uploads.dir, 'uploads', 'logos', organization.id))).toBe(false);
  });

  it('refuses files over 2 MB and empty submissions', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(user);
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(jpeg);
    const tooBig = await uploadLogoAction(null, form(organization.slug, new File([big], 'big.jpg')));
    expect(tooBig).toMatchObject({ ok: false, fieldErrors: { logo: ['The logo must be 2 MB or smaller.'] } });
    const empty = await uploadLogoAction(null, form(organization.slug, new File([], '')));
    expect(empty).toMatchObject({ ok: false, fieldErrors: { logo: ['Choose an image to upload.'] } });
    expect(await logoUrlOf(organization.id)).toBeNull();
  });

  it('refuses a brand member, and gives an outsider nothing', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_member');
    signIn(user);
    expect(await uploadLogoAction(null, form(organization.slug, new File([png], 'a.png')))).toEqual({
      ok: false,
      error: 'Your role in this organization does not allow that.',
    });
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(outsider.user);
    expect(await uploadLogoAction(null, form(organization.slug, new File([png], 'a.png')))).toEqual({
      ok: false,
      error: 'Organization not found.',
    });
    expect(await removeLogoAction(null, { orgSlug: organization.slug })).toEqual({ ok: false, error: 'Organization not found.' });
    expect(await logoUrlOf(organization.id)).toBeNull();
  });

  it('serves nothing for keys outside the logo folder pattern', async () => {
    expect((await fetchLogo('/api/files/logos/../../auth-secret')).status).toBe(404);
    expect((await fetchLogo('/api/files/logos/%2e%2e%2fauth-secret')).status).toBe(404);
    expect((await fetchLogo(`/api/files/logos/${crypto.randomUUID()}/AAAAAAAAAAAAAAAAAAAAAA.png`)).status).toBe(404);
  });
});
