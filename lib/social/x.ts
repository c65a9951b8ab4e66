import { z } from 'zod';
import { ConflictError } from '@/lib/errors';
import type { OAuthClientConfig } from './config';
import { countOf } from './engagement';
import { bearer, socialRequest, withQuery } from './http';
import { expiresIn, scopeList, type ProviderTokens, type SocialProvider } from './provider';

/** X (Twitter) OAuth 2.0 Authorization Code with PKCE, confidential client, and the X API v2. */
export const xScopes = ['tweet.read', 'users.read', 'offline.access'];

export interface XUrls {
  authorize: string;
  api: string;
}

export const xDefaultUrls: XUrls = {
  authorize: 'https://twitter.com/i/oauth2/authorize',
  api: 'https://api.x.com',
};

const tokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().optional(),
  refresh_token: z.string().optional(),
  scope: z.string().optional(),
});
const meResponse = z.object({
  data: z.object({
    id: z.string().min(1),
    username: z.string().min(1),
    public_metrics: z.object({ followers_count: z.unknown(), following_count: z.unknown(), tweet_count: z.unknown() }).optional(),
  }),
});

export function xProvider(client: OAuthClientConfig, overrides: Partial<XUrls> = {}): SocialProvider {
  const urls = { ...xDefaultUrls, ...overrides };
  const basic = `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`;
  const token = async (form: Record<string, string>): Promise<ProviderTokens> => {
    const body = tokenResponse.parse(
      await socialRequest('X', `${urls.api}/2/oauth2/token`, { method: 'POST', headers: { authorization: basic }, form }),
    );
    return {
      accessToken: body.access_token,
      refreshToken: body.refresh_token,
      expiresAt: expiresIn(body.expires_in),
      scopes: scopeList(body.scope, / +/),
    };
  };
  const me = async (tokens: ProviderTokens) =>
    meResponse.parse(
      await socialRequest('X', withQuery(`${urls.api}/2/users/me`, { 'user.fields': 'public_metrics' }), {
        method: 'GET',
        headers: bearer(tokens.accessToken),
      }),
    ).data;

  return {
    platform: 'twitter',
    label: 'X',
    usesPkce: true,

    authorizationUrl: ({ state, codeChallenge, redirectUri }) =>
      withQuery(urls.authorize, {
        response_type: 'code',
        client_id: client.clientId,
        redirect_uri: redirectUri,
        scope: xScopes.join(' '),
        state,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
      }),

    exchangeCode: ({ code, codeVerifier, redirectUri }) =>
      token({ code, grant_type: 'authorization_code', redirect_uri: redirectUri, code_verifier: codeVerifier }),

    async fetchAccount(tokens) {
      const user = await me(tokens);
      return { externalId: user.id, handle: user.username };
    },

    async fetchStats(tokens) {
      const metrics = (await me(tokens)).public_metrics;
      const followers = countOf(metrics?.followers_count);
      if (followers === undefined) throw new ConflictError('X did not share the follower count of this account.');
      return { followers, following: countOf(metrics?.following_count), posts: countOf(metrics?.tweet_count) };
    },

    // X rotates refresh tokens: the answer carries the one to use next time.
    refresh: ({ refreshToken }) => {
      if (!refreshToken) throw new ConflictError('Reconnect your X account: it has no refresh token.');
      return token({ grant_type: 'refresh_token', refresh_token: refreshToken });
    },
  };
}
