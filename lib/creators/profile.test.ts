import { rm } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLogs, profiles } from '@/db/schema';
import { createCreator, createOrganizationWithMember, createUser } from '@/tests/helpers/factories';
import { signInAs, testSession } from '@/tests/helpers/action-session';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';

// Uploads go to a folder of this file's own; it must be set before the storage module reads the environment.
const uploads = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/pactly-avatar-test-${process.pid}-${Date.now()}`;
  process.env.PACTLY_DATA_DIR = dir;
  return { dir };
});
vi.mock('@/lib/actions', () => import('@/tests/helpers/action-session').then((m) => m.actionsWithTestSession()));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { updateCreatorProfileAction } = await import('@/app/(creator)/creator/profile/actions');
const { GET: serveAvatar } = await import('@/app/api/files/avatars/[...path]/route');

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  testSession.db = database.db;
  // The avatar route reads with the app's own client.
  process.env.DATABASE_URL = database.url;
});
afterAll(async () => {
  await database.close();
  await rm(uploads.dir, { recursive: true, force: true });
});
beforeEach(() => {
  signInAs(null);
});

const profileForm = (overrides: Record<string, string | File> = {}) => {
  const fields: Record<string, string | File> = {
    displayName: 'Maya Cooks',
    bio: 'Weeknight recipes for busy families, filmed in my own kitchen.',
    country: 'gb',
    timezone: 'Europe/London',
    instagram_username: '@maya.cooks',
    instagram_followers: '12000',
    instagram_verified: 'on',
    tiktok_username: 'mayacooks',
    tiktok_followers: '',
    youtube_username: '',
    age_13_17: '5',
    age_18_24: '30.5',
    age_25_34: '40',
    age_35_44: '14.5',
    age_45_54: '6',
    age_55_: '4',
    gender_female: '70',
    gender_male: '28',
    gender_other: '2',
    location_1: 'GB',
    location_2: 'IE',
    location_3: '',
    ...overrides,
  };
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

const profileOf = async (userId: string) => (await database.db.select().from(profiles).where(eq(profiles.userId, userId)))[0]!;
const auditsOf = (userId: string) =>
  database.db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.actorId, userId), eq(auditLogs.action, 'update_profile')));

describe('creator profile', () => {
  it('saves every field and audits only what changed', async () => {
    const creator = await createCreator(database.db, 'Maya');
    const bystander = await createCreator(database.db, 'Bystander');
    signInAs(creator);
    expect(await updateCreatorProfileAction(null, profileForm())).toEqual({ ok: true, data: 'Profile saved.' });
    const row = await profileOf(creator.id);
    expect(row).toMatchObject({
      displayName: 'Maya Cooks',
      country: 'GB',
      timezone: 'Europe/London',
      handles: {
        instagram: { username: 'maya.cooks', followers: 12000, verified: true },
        tiktok: { username: 'mayacooks', verified: false },
      },
      audienceDemographics: {
        age_groups: { '13-17': 5, '18-24': 30.5, '25-34': 40, '35-44': 14.5, '45-54': 6, '55+': 4 },
        gender: { female: 70, male: 28, other: 2 },
        locations: ['GB', 'IE'],
      },
    });
    const [audit] = await auditsOf(creator.id);
    expect(audit).toMatchObject({ resourceType: 'profile', resourceId: row.id, ipAddress: '10.0.0.1' });
    expect(audit!.metadata).toMatchObject({
      before: { displayName: 'Maya', bio: null, country: null, handles: null },
      after: { displayName: 'Maya Cooks', country: 'GB', handles: row.handles },
    });

    expect(await updateCreatorProfileAction(null, profileForm())).toMatchObject({ ok: true });
    expect(await auditsOf(creator.id)).toHaveLength(1);
    expect(await profileOf(bystander.id)).toMatchObject({ displayName: 'Bystander', handles: null, country: null });
  });

  it('refuses shares that do not add up to 100 and changes nothing', async () => {
    const creator = await createCreator(database.db, 'Sam');
    signInAs(creator);
    const result = await updateCreatorProfileAction(null, profileForm({ age_55_: '', gender_other: '3' }));
    expect(result).toEqual({
      ok: false,
      error: 'Please correct the highlighted fields.',
      fieldErrors: {
        age_groups: ['Age shares add up to 96%; they must add up to 100%.'],
        gender: ['Gender shares add up to 101%; they must add up to 100%.'],
      },
    });
    expect(await profileOf(creator.id)).toMatchObject({ displayName: 'Sam', audienceDemographics: null, handles: null });
    expect(await auditsOf(creator.id)).toHaveLength(0);
  });

  it('explains invalid fields', async () => {
    const creator = await createCreator(database.db);
    signInAs(creator);
    const result = await updateCreatorProfileAction(
      null,
      profileForm({ country: 'XX', timezone: 'Mars/Base', instagram_followers: '-3', age_13_17: '5.55', location_2: 'ZZ' }),
    );
    expect(!result.ok && Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      'age_13_17',
      'country',
      'instagram_followers',
      'location_2',
      'timezone',
    ]);
  });

  it('stores a PNG avatar found by its content, serves it, and refuses other files', async () => {
    const creator = await createCreator(database.db);
    signInAs(creator);
    const refused = await updateCreatorProfileAction(
      null,
      profileForm({ avatar: new File([new TextEncoder().encode('not an image')], 'me.png', { type: 'image/png' }) }),
    );
    expect(refused).toMatchObject({ ok: false, fieldErrors: { avatar: ['Upload a PNG, JPEG or WebP image.'] } });
    expect((await profileOf(creator.id)).avatarUrl).toBeNull();

    const tooBig = new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'big.png');
    expect(await updateCreatorProfileAction(null, profileForm({ avatar: tooBig }))).toMatchObject({
      ok: false,
      fieldErrors: { avatar: ['The avatar must be 2 MB or smaller.'] },
    });

    const saved = await updateCreatorProfileAction(null, profileForm({ avatar: new File([png], 'me.txt') }));
    expect(saved).toMatchObject({ ok: true });
    const { avatarUrl } = await profileOf(creator.id);
    expect(avatarUrl).toMatch(new RegExp(`^/api/files/avatars/${creator.id}/[A-Za-z0-9_-]{22}\\.png$`));
    const response = await serveAvatar(new NextRequest(`http://localhost${avatarUrl}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
  });

  it('refuses brand users and signed-out visitors', async () => {
    const { user } = await createOrganizationWithMember(database.db, 'brand_admin');
    signInAs(user);
    expect(await updateCreatorProfileAction(null, profileForm())).toEqual({ ok: false, error: 'Only creators can do that.' });
    expect(await database.db.select().from(profiles).where(eq(profiles.userId, user.id))).toHaveLength(0);
    expect(await auditsOf(user.id)).toHaveLength(0);

    const staff = await createUser(database.db, { role: 'admin' });
    signInAs(staff);
    expect(await updateCreatorProfileAction(null, profileForm())).toEqual({ ok: false, error: 'Only creators can do that.' });

    signInAs(null);
    expect(await updateCreatorProfileAction(null, profileForm())).toEqual({ ok: false, error: 'Please sign in first.' });
  });
});
