import type { Platform } from '@/db/schema';

export interface AuthorizationRequest {
  state: string;
  codeChallenge: string;
  redirectUri: string;
}

export interface CodeExchange {
  code: string;
  codeVerifier: string;
  redirectUri: string;
}

export interface ProviderTokens {
  accessToken: string;
  refreshToken?: string;
  expiresAt?: Date;
  scopes: string[];
}

export interface ProviderAccount {
  externalId: string;
  handle: string;
}

/** Counts are whole numbers; the engagement rate is an exact decimal string with two places (3.25 = 3.25 %). */
export interface ProviderStats {
  followers: number;
  following?: number;
  posts?: number;
  engagementRate?: string;
  averageLikes?: number;
  averageComments?: number;
  reach?: number;
  impressions?: number;
}

export interface SocialProvider {
  platform: Platform;
  label: string;
  /** False where the platform's web flow has no PKCE (Instagram, TikTok web): state alone protects the callback. */
  usesPkce: boolean;
  authorizationUrl(request: AuthorizationRequest): string;
  exchangeCode(exchange: CodeExchange): Promise<ProviderTokens>;
  fetchAccount(tokens: ProviderTokens): Promise<ProviderAccount>;
  fetchStats(tokens: ProviderTokens, account: ProviderAccount): Promise<ProviderStats>;
  /**
   * New tokens before the current ones expire. Most platforms take the refresh token; Instagram refreshes its
   * long-lived access token itself, so the adapter receives both.
   */
  refresh?(tokens: Pick<ProviderTokens, 'accessToken' | 'refreshToken'>): Promise<ProviderTokens>;
}

export const expiresIn = (seconds: unknown, now = Date.now()): Date | undefined =>
  typeof seconds === 'number' && seconds > 0 ? new Date(now + seconds * 1000) : undefined;

export const scopeList = (value: unknown, separator: RegExp = /[\s,]+/): string[] =>
  typeof value === 'string' ? value.split(separator).filter(Boolean) : [];
