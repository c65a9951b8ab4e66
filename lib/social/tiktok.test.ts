import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formOf, queryOf, startHttpDouble, type HttpDouble } from '@/tests/doubles/http-double';
import {
  tiktokClient,
  tiktokTokenIssued,
  tiktokTokenRefused,
  tiktokUserInfo,
  tiktokVideoList,
} from '@/tests/doubles/social/tiktok';
import { tiktokProvider } from './tiktok';

let api: HttpDouble;

beforeAll(async () => {
  api = await startHttpDouble({
    'POST /v2/oauth/token/': { status: 200, body: tiktokTokenIssued },
    'GET /v2/user/info/': { status: 200, body: tiktokUserInfo },
    'POST /v2/video/list/': { status: 200, body: tiktokVideoList },
  });
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

const provider = () => tiktokProvider(tiktokClient, { authorize: `${api.url}/v2/auth/authorize/`, api: api.url });
const tokens = { accessToken: tiktokTokenIssued.access_token, scopes: [] };

describe('TikTok adapter (Login Kit v2, Display API v2)', () => {
  it('sends the creator to the v2 authorize page with the client key, scopes and state', () => {
    const url = new URL(
      provider().authorizationUrl({ state: 'state-1', codeChallenge: 'ignored', redirectUri: 'https://pactly.test/cb' }),
    );
    expect(url.pathname).toBe('/v2/auth/authorize/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_key: tiktokClient.clientId,
      response_type: 'code',
      scope: 'user.info.basic,user.info.profile,user.info.stats,video.list',
      redirect_uri: 'https://pactly.test/cb',
      state: 'state-1',
    });
  });

  it('exchanges the code at /v2/oauth/token/ with a form body', async () => {
    const before = Date.now();
    const result = await provider().exchangeCode({
      code: 'code-1',
      codeVerifier: 'unused',
      redirectUri: 'https://pactly.test/cb',
    });
    const [request] = api.requests;
    expect(request).toMatchObject({ method: 'POST', pathname: '/v2/oauth/token/' });
    expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request!.headers['cache-control']).toBe('no-cache');
    expect(formOf(request)).toEqual({
      client_key: tiktokClient.clientId,
      client_secret: tiktokClient.clientSecret,
      code: 'code-1',
      grant_type: 'authorization_code',
      redirect_uri: 'https://pactly.test/cb',
    });
    expect(result).toMatchObject({
      accessToken: 'act.example-access-token',
      refreshToken: 'rft.example-refresh-token',
      scopes: ['user.info.basic', 'user.info.profile', 'user.info.stats', 'video.list'],
    });
    expect(result.expiresAt!.getTime()).toBeGreaterThanOrEqual(before + 86400 * 1000);
  });

  it('treats an OAuth error sent with HTTP 200 as a refusal', async () => {
    api.respond('POST /v2/oauth/token/', { status: 200, body: tiktokTokenRefused });
    await expect(
      provider().exchangeCode({ code: 'old', codeVerifier: 'x', redirectUri: 'https://pactly.test/cb' }),
    ).rejects.toThrow('TikTok did not accept the request');
    api.respond('POST /v2/oauth/token/', { status: 200, body: tiktokTokenIssued });
  });

  it('reads the user info fields and recent videos with a bearer token', async () => {
    expect(await provider().fetchAccount(tokens)).toEqual({ externalId: tiktokUserInfo.data.user.open_id, handle: 'mara.makes' });
    api.requests.length = 0;
    const stats = await provider().fetchStats(tokens, { externalId: 'x', handle: 'mara.makes' });
    const [info, videos] = api.requests;
    expect(info).toMatchObject({ method: 'GET', pathname: '/v2/user/info/' });
    expect(queryOf(info)).toEqual({ fields: 'open_id,username,follower_count,following_count,video_count,likes_count' });
    expect(videos).toMatchObject({ method: 'POST', pathname: '/v2/video/list/' });
    expect(queryOf(videos)).toEqual({ fields: 'id,like_count,comment_count,view_count' });
    expect(videos!.json).toEqual({ max_count: 20 });
    for (const request of [info!, videos!]) expect(request.headers.authorization).toBe('Bearer act.example-access-token');
    // (9120+6480 likes + 301+188 comments) / (2 videos × 130,402 followers) = 6.1690… %
    expect(stats).toEqual({
      followers: 130402,
      following: 87,
      posts: 233,
      engagementRate: '6.17',
      averageLikes: 7800,
      averageComments: 245,
    });
  });

  it('refreshes with the refresh token', async () => {
    await provider().refresh!({ accessToken: 'old', refreshToken: 'rft.example-refresh-token' });
    expect(formOf(api.requests[0])).toEqual({
      client_key: tiktokClient.clientId,
      client_secret: tiktokClient.clientSecret,
      grant_type: 'refresh_token',
      refresh_token: 'rft.example-refresh-token',
    });
  });
});
