import { and, eq } from 'drizzle-orm';
import { socialAccounts } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { submitStatsSnapshot } from '@/lib/creators/stats';
import { withTransaction, type ActorCtx } from '@/lib/context';
import { ConflictError, isUniqueViolation } from '@/lib/errors';
import type { CodeExchange, SocialProvider } from './provider';
import { platformSnapshot, sealTokens, snapshotInput } from './stored-tokens';

export class AccountLinkedElsewhereError extends ConflictError {
  constructor(label: string) {
    super(
      `That ${label} account is already connected to another Pactly account. Sign in with that account, or disconnect it there first.`,
    );
  }
}

export interface Connected {
  accountId: string;
  handle: string;
  snapshotId: string;
}

/**
 * Finishes an authorization whose state was already checked: tokens, account and stats come from the platform
 * first, then the account (tokens encrypted), a platform_api snapshot and the audit row are written together.
 */
export async function completeConnection(ctx: ActorCtx, provider: SocialProvider, exchange: CodeExchange): Promise<Connected> {
  const tokens = await provider.exchangeCode(exchange);
  const account = await provider.fetchAccount(tokens);
  const stats = await provider.fetchStats(tokens, account);
  const userId = ctx.actor.userId;
  const platform = provider.platform;
  try {
    return await withTransaction(ctx, async (tx) => {
      const [owner] = await tx.db
        .select({ userId: socialAccounts.userId })
        .from(socialAccounts)
        .where(and(eq(socialAccounts.platform, platform), eq(socialAccounts.externalId, account.externalId)));
      if (owner && owner.userId !== userId) throw new AccountLinkedElsewhereError(provider.label);
      const [previous] = await tx.db
        .select({ handle: socialAccounts.handle, externalId: socialAccounts.externalId, status: socialAccounts.status })
        .from(socialAccounts)
        .where(and(eq(socialAccounts.userId, userId), eq(socialAccounts.platform, platform)));
      const now = new Date();
      const values = {
        handle: account.handle,
        externalId: account.externalId,
        ...sealTokens(tokens),
        status: 'connected' as const,
        connectedAt: now,
        lastSyncedAt: now,
      };
      const [row] = await tx.db
        .insert(socialAccounts)
        .values({ userId, platform, ...values })
        .onConflictDoUpdate({ target: [socialAccounts.userId, socialAccounts.platform], set: values })
        .returning({ id: socialAccounts.id });
      const snapshot = await submitStatsSnapshot(tx, snapshotInput(platform, stats), platformSnapshot);
      await recordAudit(tx, {
        action: 'connect_social_account',
        resourceType: 'social_account',
        resourceId: row!.id,
        metadata: {
          platform,
          handle: account.handle,
          externalId: account.externalId,
          scopes: tokens.scopes,
          snapshotId: snapshot.id,
          ...(previous
            ? diffFields(previous, { handle: values.handle, externalId: values.externalId, status: values.status })
            : {}),
        },
      });
      return { accountId: row!.id, handle: account.handle, snapshotId: snapshot.id };
    });
  } catch (error) {
    // Two people finishing the same account at once: the constraint decides, the message stays friendly.
    if (isUniqueViolation(error, 'social_accounts_platform_external_id_unique'))
      throw new AccountLinkedElsewhereError(provider.label);
    throw error;
  }
}
