import { z } from 'zod';
import { ConflictError } from '@/lib/errors';
import type { OAuthClientConfig } from './config';
import { averageOf, countOf, engagementRatePercent } from './engagement';
import { bearer, socialRequest, withQuery } from './http';
import { expiresIn, scopeList, type ProviderTokens, type SocialProvider } from './provider';

/** TikTok Login Kit for Web (OAuth v2) and the Display API v2. */
export const tiktokScopes = ['user.info.basic', 'user.info.profile', 'user.info.stats', 'video.list'];
export const tiktokUserFields = 'open_id,username,follower_count,following_count,video_count,likes_count';
export const tiktokVideoFields = 'id,like_count,comment_count,view_count';
export const tiktokVideoSample = 20;

export interface TiktokUrls {
  authorize: string;
  api: string;
}

export const tiktokDefaultUrls: TiktokUrls = {
  authorize: 'https://www.tiktok.com/v2/auth/authorize/',
  api: 'https://open.tiktokapis.com',
};

const tokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().optional(),
  open_id: z.string().optional(),
  refresh_token: z.string().optional(),
  refresh_expires_in: z.number().optional(),
  scope: z.string().optional(),
});
const apiError = z.object({ code: z.string(), message: z.string().optional() });
const userResponse = z.object({
  data: z.object({
    user: z.object({
      open_id: z.string().min(1),
      username: z.string().min(1),
      follower_count: z.unknown(),
      following_count: z.unknown(),
      video_count: z.unknown(),
    }),
  }),
  error: apiError,
});
const videoResponse = z.object({
  data: z.object({
    videos: z.array(z.object({ id: z.string(), like_count: z.unknown(), comment_count: z.unknown() })).default([]),
  }),
  error: apiError,
});

/** TikTok reports OAuth failures as HTTP 200 with an `error` field, and API failures with `error.code` other than ok. */
function checkTikTokBody(body: Record<string, unknown>): Record<string, unknown> {
  const error = body.error;
  const failed = typeof error === 'string' ? error : apiError.safeParse(error).data?.code;
  if (failed && failed !== 'ok') {
    console.error('TikTok refused', JSON.stringify(body).slice(0, 2000));
    throw new ConflictError('TikTok did not accept the request. Try again, or reconnect the account.');
  }
  return body;
}

export function tiktokProvider(client: OAuthClientConfig, overrides: Partial<TiktokUrls> = {}): SocialProvider {
  const urls = { ...tiktokDefaultUrls, ...overrides };
  const token = async (form: Record<string, string>): Promise<ProviderTokens> => {
    const body = checkTikTokBody(
      await socialRequest('TikTok', `${urls.api}/v2/oauth/token/`, {
        method: 'POST',
        headers: { 'cache-control': 'no-cache' },
        form: { client_key: client.clientId, client_secret: client.clientSecret, ...form },
      }),
    );
    const parsed = tokenResponse.parse(body);
    return {
      accessToken: parsed.access_token,
      refreshToken: parsed.refresh_token,
      expiresAt: expiresIn(parsed.expires_in),
      scopes: scopeList(parsed.scope),
    };
  };
  const user = async (tokens: ProviderTokens) =>
    userResponse.parse(
      checkTikTokBody(
        await socialRequest('TikTok', withQuery(`${urls.api}/v2/user/info/`, { fields: tiktokUserFields }), {
          method: 'GET',
          headers: bearer(tokens.accessToken),
        }),
      ),
    ).data.user;

  return {
    platform: 'tiktok',
    label: 'TikTok',
    usesPkce: false,

    authorizationUrl: ({ state, redirectUri }) =>
      withQuery(urls.authorize, {
        client_key: client.clientId,
        response_type: 'code',
        scope: tiktokScopes.join(','),
        redirect_uri: redirectUri,
        state,
      }),

    exchangeCode: ({ code, redirectUri }) => token({ code, grant_type: 'authorization_code', redirect_uri: redirectUri }),

    async fetchAccount(tokens) {
      const me = await user(tokens);
      return { externalId: me.open_id, handle: me.username };
    },

    async fetchStats(tokens) {
      const me = await user(tokens);
      const followers = countOf(me.follower_count);
      if (followers === undefined) throw new ConflictError('TikTok did not share the follower count of this account.');
      const videos = videoResponse.parse(
        checkTikTokBody(
          await socialRequest('TikTok', withQuery(`${urls.api}/v2/video/list/`, { fields: tiktokVideoFields }), {
            method: 'POST',
            headers: bearer(tokens.accessToken),
            json: { max_count: tiktokVideoSample },
          }),
        ),
      ).data.videos;
      const likes = videos.reduce((sum, video) => sum + (countOf(video.like_count) ?? 0), 0);
      const comments = videos.reduce((sum, video) => sum + (countOf(video.comment_count) ?? 0), 0);
      return {
        followers,
        following: countOf(me.following_count),
        posts: countOf(me.video_count),
        engagementRate: engagementRatePercent(likes + comments, videos.length, followers),
        averageLikes: averageOf(likes, videos.length),
        averageComments: averageOf(comments, videos.length),
      };
    },

    refresh: ({ refreshToken }) => {
      if (!refreshToken) throw new ConflictError('Reconnect your TikTok account: it has no refresh token.');
      return token({ grant_type: 'refresh_token', refresh_token: refreshToken });
    },
  };
}
