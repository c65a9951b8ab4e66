import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { profiles } from '@/db/schema';
import { diffFields, hasChanges } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction, type ActorCtx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { detectLogoType } from '@/lib/organizations/logo';
import { objectStore, type ObjectStore } from '@/lib/storage';
import { maxAvatarBytes, profileHandlesSchema, type CreatorProfileInput } from './schemas';

export const avatarUrlPrefix = '/api/files/avatars/';

/** The part of an avatar's storage key after `avatars/`: the user id and a random file name. */
export const avatarPathPattern =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[A-Za-z0-9_-]{22}\.(png|jpg|webp)$/;

/** JSONB keeps its own key order, so JSON values are compared (and saved) with sorted keys. */
function sortedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, inner]) => [key, sortedKeys(inner)]),
  ) as T;
}

const invalidAvatar = (message: string) => new ValidationError(message, { avatar: [message] });

async function storeAvatar(ctx: ActorCtx, file: File, store: ObjectStore): Promise<string> {
  if (file.size > maxAvatarBytes) throw invalidAvatar('The avatar must be 2 MB or smaller.');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = detectLogoType(bytes);
  if (!type) throw invalidAvatar('Upload a PNG, JPEG or WebP image.');
  const path = `${ctx.actor.userId}/${randomBytes(16).toString('base64url')}.${type.extension}`;
  await store.put(`avatars/${path}`, bytes, type.contentType);
  return `${avatarUrlPrefix}${path}`;
}

async function deleteStoredAvatar(store: ObjectStore, avatarUrl: string | null) {
  if (!avatarUrl?.startsWith(avatarUrlPrefix)) return;
  await store
    .delete(`avatars/${avatarUrl.slice(avatarUrlPrefix.length)}`)
    .catch((error) => console.error('avatar cleanup failed', error));
}

/** Saves the whole form; only changed fields reach the audit row, and an unchanged form writes nothing. */
export async function updateCreatorProfile(
  ctx: ActorCtx,
  input: CreatorProfileInput,
  store: ObjectStore = objectStore(),
): Promise<void> {
  const { avatar, handles, audienceDemographics, ...rest } = input;
  const fields = {
    ...rest,
    handles: handles && sortedKeys(profileHandlesSchema.parse(handles)),
    audienceDemographics: sortedKeys(audienceDemographics),
  };
  const newAvatarUrl = avatar ? await storeAvatar(ctx, avatar, store) : null;
  const after = newAvatarUrl ? { ...fields, avatarUrl: newAvatarUrl } : fields;
  let replaced: string | null = null;
  try {
    await withTransaction(ctx, async (tx) => {
      const [before] = await tx.db
        .select({
          id: profiles.id,
          displayName: profiles.displayName,
          bio: profiles.bio,
          avatarUrl: profiles.avatarUrl,
          country: profiles.country,
          timezone: profiles.timezone,
          handles: profiles.handles,
          audienceDemographics: profiles.audienceDemographics,
        })
        .from(profiles)
        .where(eq(profiles.userId, ctx.actor.userId))
        .for('update');
      let profileId = before?.id;
      if (!profileId) {
        const [created] = await tx.db.insert(profiles).values({ userId: ctx.actor.userId }).returning({ id: profiles.id });
        profileId = created!.id;
      }
      const current = before && {
        ...before,
        handles: sortedKeys(before.handles),
        audienceDemographics: sortedKeys(before.audienceDemographics),
      };
      const changes = diffFields<Record<string, unknown>>(current ?? {}, after);
      if (!hasChanges(changes)) return;
      await tx.db.update(profiles).set(after).where(eq(profiles.id, profileId));
      await recordAudit(tx, { action: 'update_profile', resourceType: 'profile', resourceId: profileId, metadata: changes });
      if (newAvatarUrl) replaced = before?.avatarUrl ?? null;
    });
  } catch (error) {
    if (newAvatarUrl) await deleteStoredAvatar(store, newAvatarUrl);
    throw error;
  }
  await deleteStoredAvatar(store, replaced);
}
