import { eq } from 'drizzle-orm';
import { socialAccounts } from '@/db/schema';
import type { ActorCtx } from '@/lib/context';

/** The creator's connected accounts; tokens never leave the database through this query. */
export async function listOwnSocialAccounts(ctx: ActorCtx) {
  return ctx.db
    .select({
      id: socialAccounts.id,
      platform: socialAccounts.platform,
      handle: socialAccounts.handle,
      status: socialAccounts.status,
      connectedAt: socialAccounts.connectedAt,
      lastSyncedAt: socialAccounts.lastSyncedAt,
    })
    .from(socialAccounts)
    .where(eq(socialAccounts.userId, ctx.actor.userId));
}

export type OwnSocialAccount = Awaited<ReturnType<typeof listOwnSocialAccounts>>[number];
