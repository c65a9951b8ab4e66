import { z } from 'zod';
import { ConflictError } from '@/lib/errors';
import type { OAuthClientConfig } from './config';
import { countOf } from './engagement';
import { bearer, socialRequest, withQuery } from './http';
import { expiresIn, scopeList, type ProviderTokens, type SocialProvider } from './provider';

/** Google OAuth 2.0 for web server apps (with PKCE) and the YouTube Data API v3. */
export const youtubeScopes = ['https://www.googleapis.com/auth/youtube.readonly'];

export interface YoutubeUrls {
  authorize: string;
  token: string;
  api: string;
}

export const youtubeDefaultUrls: YoutubeUrls = {
  authorize: 'https://accounts.google.com/o/oauth2/v2/auth',
  token: 'https://oauth2.googleapis.com/token',
  api: 'https://www.googleapis.com',
};

const tokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().optional(),
  refresh_token: z.string().optional(),
  scope: z.string().optional(),
});
const channelsResponse = z.object({
  items: z
    .array(
      z.object({
        id: z.string().min(1),
        snippet: z.object({ title: z.string(), customUrl: z.string().optional() }),
        statistics: z.object({
          subscriberCount: z.unknown(),
          hiddenSubscriberCount: z.boolean().optional(),
          videoCount: z.unknown(),
          viewCount: z.unknown(),
        }),
      }),
    )
    .default([]),
});

export function youtubeProvider(client: OAuthClientConfig, overrides: Partial<YoutubeUrls> = {}): SocialProvider {
  const urls = { ...youtubeDefaultUrls, ...overrides };
  const token = async (form: Record<string, string>): Promise<ProviderTokens> => {
    const body = tokenResponse.parse(
      await socialRequest('YouTube', urls.token, {
        method: 'POST',
        form: { client_id: client.clientId, client_secret: client.clientSecret, ...form },
      }),
    );
    return {
      accessToken: body.access_token,
      refreshToken: body.refresh_token,
      expiresAt: expiresIn(body.expires_in),
      scopes: scopeList(body.scope, / +/),
    };
  };
  const channel = async (tokens: ProviderTokens) => {
    const body = await socialRequest(
      'YouTube',
      withQuery(`${urls.api}/youtube/v3/channels`, { part: 'snippet,statistics', mine: 'true' }),
      { method: 'GET', headers: bearer(tokens.accessToken) },
    );
    const [first] = channelsResponse.parse(body).items;
    if (!first) throw new ConflictError('This Google account has no YouTube channel. Create one, then connect again.');
    return first;
  };

  return {
    platform: 'youtube',
    label: 'YouTube',
    usesPkce: true,

    authorizationUrl: ({ state, codeChallenge, redirectUri }) =>
      withQuery(urls.authorize, {
        client_id: client.clientId,
        redirect_uri: redirectUri,
        response_type: 'code',
        scope: youtubeScopes.join(' '),
        // A refresh token is only issued with offline access, and again only when consent is shown.
        access_type: 'offline',
        prompt: 'consent',
        include_granted_scopes: 'true',
        state,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
      }),

    exchangeCode: ({ code, codeVerifier, redirectUri }) =>
      token({ code, code_verifier: codeVerifier, grant_type: 'authorization_code', redirect_uri: redirectUri }),

    async fetchAccount(tokens) {
      const found = await channel(tokens);
      return { externalId: found.id, handle: found.snippet.customUrl?.replace(/^@/, '') || found.snippet.title };
    },

    async fetchStats(tokens) {
      const { statistics } = await channel(tokens);
      const followers = statistics.hiddenSubscriberCount ? undefined : countOf(statistics.subscriberCount);
      if (followers === undefined)
        throw new ConflictError(
          'This channel hides its subscriber count. Show it in YouTube Studio, or enter your stats by hand.',
        );
      return { followers, posts: countOf(statistics.videoCount) };
    },

    async refresh({ refreshToken }) {
      if (!refreshToken) throw new ConflictError('Reconnect your YouTube account: it has no refresh token.');
      const fresh = await token({ grant_type: 'refresh_token', refresh_token: refreshToken });
      // Google keeps the refresh token unchanged and does not send it again.
      return { ...fresh, refreshToken: fresh.refreshToken ?? refreshToken };
    },
  };
}
