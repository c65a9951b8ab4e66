import type { SocialAccount } from '@/db/schema';
import type { StatsSnapshotInput } from '@/lib/creators/schemas';
import type { SnapshotSource } from '@/lib/creators/stats';
import { ConflictError } from '@/lib/errors';
import type { ProviderStats, ProviderTokens, SocialProvider } from './provider';
import { openText, sealText } from './token-crypto';

export const platformSnapshot: SnapshotSource = { dataSource: 'platform_api', auditAction: 'record_platform_stats' };

/** The token columns of social_accounts: tokens never reach the database unencrypted. */
export function sealTokens(tokens: ProviderTokens) {
  return {
    accessTokenEncrypted: sealText(tokens.accessToken, 'access_token'),
    refreshTokenEncrypted: tokens.refreshToken ? sealText(tokens.refreshToken, 'refresh_token') : null,
    tokenExpiresAt: tokens.expiresAt ?? null,
    scopes: tokens.scopes,
  };
}

export function openTokens(account: SocialAccount, provider: SocialProvider): ProviderTokens {
  const accessToken = account.accessTokenEncrypted ? openText(account.accessTokenEncrypted, 'access_token') : null;
  if (!accessToken) throw new ConflictError(`Reconnect your ${provider.label} account: its sign-in is no longer valid.`);
  const refreshToken = account.refreshTokenEncrypted ? openText(account.refreshTokenEncrypted, 'refresh_token') : null;
  return {
    accessToken,
    refreshToken: refreshToken ?? undefined,
    expiresAt: account.tokenExpiresAt ?? undefined,
    scopes: account.scopes,
  };
}

export function snapshotInput(platform: SocialProvider['platform'], stats: ProviderStats): StatsSnapshotInput {
  return {
    platform,
    followers: stats.followers,
    following: stats.following,
    posts: stats.posts,
    engagementRate: stats.engagementRate,
    averageLikes: stats.averageLikes,
    averageComments: stats.averageComments,
    reach: stats.reach,
    impressions: stats.impressions,
  };
}
