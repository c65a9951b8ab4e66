import { z } from 'zod';
import { ConflictError } from '@/lib/errors';
import type { OAuthClientConfig } from './config';
import { averageOf, countOf, engagementRatePercent } from './engagement';
import { socialRequest, withQuery } from './http';
import { expiresIn, scopeList, type ProviderTokens, type SocialProvider } from './provider';

/** Instagram API with Instagram Login (Business Login for Instagram), Graph API version below. */
export const instagramGraphVersion = 'v23.0';
export const instagramScopes = ['instagram_business_basic', 'instagram_business_manage_insights'];
export const instagramMediaSample = 25;

export interface InstagramUrls {
  authorize: string;
  oauthApi: string;
  graph: string;
}

export const instagramDefaultUrls: InstagramUrls = {
  authorize: 'https://www.instagram.com/oauth/authorize',
  oauthApi: 'https://api.instagram.com',
  graph: 'https://graph.instagram.com',
};

const shortLivedToken = z.object({
  access_token: z.string().min(1),
  user_id: z.union([z.string(), z.number()]).optional(),
  permissions: z.union([z.string(), z.array(z.string())]).optional(),
});
// Business Login answers `{ data: [token] }`; the older shape is the token object itself.
const codeResponse = z.union([z.object({ data: z.array(shortLivedToken).min(1) }), shortLivedToken]);
const longLivedToken = z.object({ access_token: z.string().min(1), expires_in: z.number().optional() });

const profileResponse = z.object({
  user_id: z.union([z.string(), z.number()]).transform(String),
  username: z.string().min(1),
  followers_count: z.unknown(),
  follows_count: z.unknown(),
  media_count: z.unknown(),
});
const mediaResponse = z.object({
  data: z.array(z.object({ id: z.string(), like_count: z.unknown(), comments_count: z.unknown() })),
});
const insightsResponse = z.object({
  data: z.array(z.object({ name: z.string(), total_value: z.object({ value: z.unknown() }).optional() })),
});

export const instagramProfileFields = 'user_id,username,followers_count,follows_count,media_count';

export function instagramProvider(client: OAuthClientConfig, overrides: Partial<InstagramUrls> = {}): SocialProvider {
  const urls = { ...instagramDefaultUrls, ...overrides };
  const graph = (path: string, params: Record<string, string>, token: string) =>
    socialRequest('Instagram', withQuery(`${urls.graph}/${instagramGraphVersion}/${path}`, { ...params, access_token: token }), {
      method: 'GET',
    });
  const profile = async (tokens: ProviderTokens) =>
    profileResponse.parse(await graph('me', { fields: instagramProfileFields }, tokens.accessToken));

  return {
    platform: 'instagram',
    label: 'Instagram',
    usesPkce: false,

    authorizationUrl: ({ state, redirectUri }) =>
      withQuery(urls.authorize, {
        client_id: client.clientId,
        redirect_uri: redirectUri,
        response_type: 'code',
        scope: instagramScopes.join(','),
        state,
      }),

    async exchangeCode({ code, redirectUri }) {
      const body = await socialRequest('Instagram', `${urls.oauthApi}/oauth/access_token`, {
        method: 'POST',
        form: {
          client_id: client.clientId,
          client_secret: client.clientSecret,
          grant_type: 'authorization_code',
          redirect_uri: redirectUri,
          // Instagram appends `#_` to the redirect; it is not part of the code.
          code: code.replace(/#_$/, ''),
        },
      });
      const parsed = codeResponse.parse(body);
      const short = 'data' in parsed ? parsed.data[0]! : parsed;
      // The code yields a one-hour token; the long-lived one (60 days) is what we keep.
      const long = longLivedToken.parse(
        await socialRequest(
          'Instagram',
          withQuery(`${urls.graph}/access_token`, {
            grant_type: 'ig_exchange_token',
            client_secret: client.clientSecret,
            access_token: short.access_token,
          }),
          { method: 'GET' },
        ),
      );
      const permissions = Array.isArray(short.permissions) ? short.permissions : scopeList(short.permissions);
      return { accessToken: long.access_token, expiresAt: expiresIn(long.expires_in), scopes: permissions };
    },

    async fetchAccount(tokens) {
      const me = await profile(tokens);
      return { externalId: me.user_id, handle: me.username };
    },

    async fetchStats(tokens) {
      const me = await profile(tokens);
      const followers = countOf(me.followers_count);
      if (followers === undefined) throw new ConflictError('Instagram did not share the follower count of this account.');
      const media = mediaResponse.parse(
        await graph(
          'me/media',
          { fields: 'id,like_count,comments_count', limit: String(instagramMediaSample) },
          tokens.accessToken,
        ),
      ).data;
      const likes = media.reduce((sum, item) => sum + (countOf(item.like_count) ?? 0), 0);
      const comments = media.reduce((sum, item) => sum + (countOf(item.comments_count) ?? 0), 0);
      const insights = await graph(
        'me/insights',
        { metric: 'reach,views', period: 'day', metric_type: 'total_value' },
        tokens.accessToken,
      ).then(
        (body) => insightsResponse.parse(body).data,
        // Insights need 100+ followers; the counts above are still worth a snapshot.
        () => [],
      );
      const insight = (name: string) => countOf(insights.find((metric) => metric.name === name)?.total_value?.value);
      return {
        followers,
        following: countOf(me.follows_count),
        posts: countOf(me.media_count),
        engagementRate: engagementRatePercent(likes + comments, media.length, followers),
        averageLikes: averageOf(likes, media.length),
        averageComments: averageOf(comments, media.length),
        reach: insight('reach'),
        impressions: insight('views'),
      };
    },

    async refresh({ accessToken }) {
      const body = longLivedToken.parse(
        await socialRequest(
          'Instagram',
          withQuery(`${urls.graph}/refresh_access_token`, { grant_type: 'ig_refresh_token', access_token: accessToken }),
          { method: 'GET' },
        ),
      );
      return { accessToken: body.access_token, expiresAt: expiresIn(body.expires_in), scopes: [] };
    },
  };
}
