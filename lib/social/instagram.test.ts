import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formOf, queryOf, startHttpDouble, type HttpDouble } from '@/tests/doubles/http-double';
import {
  instagramClient,
  instagramCodeExchanged,
  instagramInsights,
  instagramLongLivedToken,
  instagramMedia,
  instagramProfile,
  instagramRefreshedToken,
} from '@/tests/doubles/social/instagram';
import { instagramGraphVersion, instagramProvider } from './instagram';

let api: HttpDouble;
const v = `/${instagramGraphVersion}`;

beforeAll(async () => {
  api = await startHttpDouble({
    'POST /oauth/access_token': { status: 200, body: instagramCodeExchanged },
    'GET /access_token': { status: 200, body: instagramLongLivedToken },
    'GET /refresh_access_token': { status: 200, body: instagramRefreshedToken },
    [`GET ${v}/me`]: { status: 200, body: instagramProfile },
    [`GET ${v}/me/media`]: { status: 200, body: instagramMedia },
    [`GET ${v}/me/insights`]: { status: 200, body: instagramInsights },
  });
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

const provider = () =>
  instagramProvider(instagramClient, { authorize: `${api.url}/oauth/authorize`, oauthApi: api.url, graph: api.url });
const tokens = { accessToken: instagramLongLivedToken.access_token, scopes: [] };

describe('Instagram adapter (Instagram API with Instagram Login)', () => {
  it('sends the creator to the authorization window with the business scopes and the state', () => {
    const url = new URL(
      provider().authorizationUrl({ state: 's'.repeat(43), codeChallenge: 'ignored', redirectUri: 'https://pactly.test/cb' }),
    );
    expect(url.pathname).toBe('/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: instagramClient.clientId,
      redirect_uri: 'https://pactly.test/cb',
      response_type: 'code',
      scope: 'instagram_business_basic,instagram_business_manage_insights',
      state: 's'.repeat(43),
    });
    expect(provider().usesPkce).toBe(false);
  });

  it('exchanges the code for a short-lived token, then that for a long-lived one', async () => {
    const before = Date.now();
    const result = await provider().exchangeCode({
      code: 'AQBx-code#_',
      codeVerifier: 'unused',
      redirectUri: 'https://pactly.test/cb',
    });
    const [exchange, longLived] = api.requests;
    expect(exchange).toMatchObject({ method: 'POST', pathname: '/oauth/access_token' });
    expect(exchange!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(formOf(exchange)).toEqual({
      client_id: instagramClient.clientId,
      client_secret: instagramClient.clientSecret,
      grant_type: 'authorization_code',
      redirect_uri: 'https://pactly.test/cb',
      code: 'AQBx-code',
    });
    expect(longLived).toMatchObject({ method: 'GET', pathname: '/access_token' });
    expect(queryOf(longLived)).toEqual({
      grant_type: 'ig_exchange_token',
      client_secret: instagramClient.clientSecret,
      access_token: 'IGAAshort-lived-token',
    });
    expect(result).toMatchObject({
      accessToken: 'IGAAlong-lived-token',
      scopes: ['instagram_business_basic', 'instagram_business_manage_insights'],
    });
    expect(result.expiresAt!.getTime()).toBeGreaterThanOrEqual(before + 5183944 * 1000);
  });

  it('reads the account and its stats: profile counts, engagement of recent media, reach and views', async () => {
    expect(await provider().fetchAccount(tokens)).toEqual({ externalId: '17841405822304914', handle: 'mara.makes' });
    api.requests.length = 0;
    const stats = await provider().fetchStats(tokens, { externalId: '17841405822304914', handle: 'mara.makes' });
    expect(api.requests.map((request) => `${request.method} ${request.pathname}`)).toEqual([
      `GET ${v}/me`,
      `GET ${v}/me/media`,
      `GET ${v}/me/insights`,
    ]);
    const [profile, media, insights] = api.requests.map(queryOf);
    expect(profile).toEqual({
      fields: 'user_id,username,followers_count,follows_count,media_count',
      access_token: 'IGAAlong-lived-token',
    });
    expect(media).toEqual({ fields: 'id,like_count,comments_count', limit: '25', access_token: 'IGAAlong-lived-token' });
    expect(insights).toEqual({
      metric: 'reach,views',
      period: 'day',
      metric_type: 'total_value',
      access_token: 'IGAAlong-lived-token',
    });
    // (1530+1204+987 likes + 41+37+22 comments) / (3 posts × 48,210 followers) = 2.6419… %
    expect(stats).toEqual({
      followers: 48210,
      following: 312,
      posts: 418,
      engagementRate: '2.64',
      averageLikes: 1240,
      averageComments: 33,
      reach: 20931,
      impressions: 61277,
    });
  });

  it('still records the counts when insights are refused (under 100 followers)', async () => {
    api.respond(`GET ${v}/me/insights`, { status: 400, body: { error: { message: 'Not enough followers', code: 10 } } });
    const stats = await provider().fetchStats(tokens, { externalId: '1', handle: 'mara.makes' });
    expect(stats).toMatchObject({ followers: 48210, reach: undefined, impressions: undefined });
    api.respond(`GET ${v}/me/insights`, { status: 200, body: instagramInsights });
  });

  it('refreshes the long-lived token with itself', async () => {
    const refreshed = await provider().refresh!({ accessToken: 'IGAAlong-lived-token' });
    expect(api.requests[0]).toMatchObject({ method: 'GET', pathname: '/refresh_access_token' });
    expect(queryOf(api.requests[0])).toEqual({ grant_type: 'ig_refresh_token', access_token: 'IGAAlong-lived-token' });
    expect(refreshed.accessToken).toBe('IGAArefreshed-token');
  });
});
