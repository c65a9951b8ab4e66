import { and, eq } from 'drizzle-orm';
import { socialAccounts, type Platform, type SocialAccount } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { diffFields } from '@/lib/audit/diff';
import { submitStatsSnapshot } from '@/lib/creators/stats';
import { withTransaction, type ActorCtx } from '@/lib/context';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import type { ProviderTokens, SocialProvider } from './provider';
import { openTokens, platformSnapshot, sealTokens, snapshotInput } from './stored-tokens';

/** Refresh a little before the platform would refuse the token. */
const refreshMarginMs = 5 * 60 * 1000;

async function ownAccount(ctx: ActorCtx, platform: Platform): Promise<SocialAccount | undefined> {
  const [account] = await ctx.db
    .select()
    .from(socialAccounts)
    .where(and(eq(socialAccounts.userId, ctx.actor.userId), eq(socialAccounts.platform, platform)));
  return account;
}

async function markExpired(ctx: ActorCtx, account: SocialAccount, reason: string) {
  await withTransaction(ctx, async (tx) => {
    await tx.db
      .update(socialAccounts)
      .set({ status: 'expired' })
      .where(and(eq(socialAccounts.id, account.id), eq(socialAccounts.userId, ctx.actor.userId)));
    await recordAudit(tx, {
      action: 'expire_social_account',
      resourceType: 'social_account',
      resourceId: account.id,
      metadata: { platform: account.platform, reason, ...diffFields({ status: account.status }, { status: 'expired' }) },
    });
  });
}

async function freshTokens(ctx: ActorCtx, account: SocialAccount, provider: SocialProvider) {
  const tokens = openTokens(account, provider);
  const expiring = tokens.expiresAt && tokens.expiresAt.getTime() - refreshMarginMs <= Date.now();
  if (!expiring) return { tokens, refreshed: false };
  const reconnect = new ConflictError(`Your ${provider.label} sign-in has expired. Connect the account again.`);
  if (!provider.refresh) {
    await markExpired(ctx, account, 'token expired');
    throw reconnect;
  }
  let refreshed: ProviderTokens;
  try {
    refreshed = await provider.refresh(tokens);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    await markExpired(ctx, account, 'refresh refused');
    throw reconnect;
  }
  return {
    tokens: {
      ...refreshed,
      refreshToken: refreshed.refreshToken ?? tokens.refreshToken,
      scopes: refreshed.scopes.length > 0 ? refreshed.scopes : tokens.scopes,
    },
    refreshed: true,
  };
}

/** Pulls fresh stats for a connected account: a new platform_api snapshot, and new tokens when they were refreshed. */
export async function syncSocialAccount(ctx: ActorCtx, provider: SocialProvider) {
  const account = await ownAccount(ctx, provider.platform);
  if (!account) throw new NotFoundError(`Connect your ${provider.label} account first.`);
  const { tokens, refreshed } = await freshTokens(ctx, account, provider);
  const stats = await provider.fetchStats(tokens, { externalId: account.externalId, handle: account.handle });
  const changes = {
    status: 'connected' as const,
    lastSyncedAt: new Date(),
    ...(refreshed ? { tokenExpiresAt: tokens.expiresAt ?? null } : {}),
  };
  return withTransaction(ctx, async (tx) => {
    await tx.db
      .update(socialAccounts)
      .set({ ...(refreshed ? sealTokens(tokens) : {}), ...changes })
      .where(and(eq(socialAccounts.id, account.id), eq(socialAccounts.userId, ctx.actor.userId)));
    const snapshot = await submitStatsSnapshot(tx, snapshotInput(provider.platform, stats), platformSnapshot);
    await recordAudit(tx, {
      action: 'sync_social_account',
      resourceType: 'social_account',
      resourceId: account.id,
      metadata: {
        platform: provider.platform,
        snapshotId: snapshot.id,
        tokenRefreshed: refreshed,
        ...diffFields(account, changes),
      },
    });
    return { handle: account.handle, snapshotId: snapshot.id };
  });
}

/**
 * Disconnecting removes the row, tokens and all, so the platform account can be connected again by anyone;
 * the snapshots it produced stay in the stats history.
 */
export async function disconnectSocialAccount(ctx: ActorCtx, platform: Platform) {
  return withTransaction(ctx, async (tx) => {
    const [removed] = await tx.db
      .delete(socialAccounts)
      .where(and(eq(socialAccounts.userId, ctx.actor.userId), eq(socialAccounts.platform, platform)))
      .returning({ id: socialAccounts.id, handle: socialAccounts.handle, externalId: socialAccounts.externalId });
    if (!removed) throw new NotFoundError('That account is not connected.');
    await recordAudit(tx, {
      action: 'disconnect_social_account',
      resourceType: 'social_account',
      resourceId: removed.id,
      metadata: { platform, handle: removed.handle, externalId: removed.externalId },
    });
    return removed;
  });
}
