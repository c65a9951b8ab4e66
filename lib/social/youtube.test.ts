import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formOf, queryOf, startHttpDouble, type HttpDouble } from '@/tests/doubles/http-double';
import {
  youtubeChannels,
  youtubeClient,
  youtubeNoChannel,
  youtubeTokenIssued,
  youtubeTokenRefreshed,
} from '@/tests/doubles/social/youtube';
import { youtubeProvider } from './youtube';

let api: HttpDouble;

beforeAll(async () => {
  api = await startHttpDouble({
    'POST /token': { status: 200, body: youtubeTokenIssued },
    'GET /youtube/v3/channels': { status: 200, body: youtubeChannels },
  });
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

const provider = () =>
  youtubeProvider(youtubeClient, { authorize: `${api.url}/o/oauth2/v2/auth`, token: `${api.url}/token`, api: api.url });
const tokens = { accessToken: youtubeTokenIssued.access_token, scopes: [] };

describe('YouTube adapter (Google OAuth 2.0 with PKCE, Data API v3)', () => {
  it('asks for read-only YouTube access, offline, with an S256 code challenge', () => {
    const url = new URL(
      provider().authorizationUrl({ state: 'state-1', codeChallenge: 'challenge-1', redirectUri: 'https://pactly.test/cb' }),
    );
    expect(url.pathname).toBe('/o/oauth2/v2/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: youtubeClient.clientId,
      redirect_uri: 'https://pactly.test/cb',
      response_type: 'code',
      scope: 'https://www.googleapis.com/auth/youtube.readonly',
      access_type: 'offline',
      prompt: 'consent',
      include_granted_scopes: 'true',
      state: 'state-1',
      code_challenge: 'challenge-1',
      code_challenge_method: 'S256',
    });
  });

  it('exchanges the code with the code verifier', async () => {
    const result = await provider().exchangeCode({
      code: '4/0Aexample',
      codeVerifier: 'verifier-1',
      redirectUri: 'https://pactly.test/cb',
    });
    expect(api.requests[0]).toMatchObject({ method: 'POST', pathname: '/token' });
    expect(formOf(api.requests[0])).toEqual({
      client_id: youtubeClient.clientId,
      client_secret: youtubeClient.clientSecret,
      code: '4/0Aexample',
      code_verifier: 'verifier-1',
      grant_type: 'authorization_code',
      redirect_uri: 'https://pactly.test/cb',
    });
    expect(result).toMatchObject({
      accessToken: youtubeTokenIssued.access_token,
      refreshToken: youtubeTokenIssued.refresh_token,
      scopes: ['https://www.googleapis.com/auth/youtube.readonly'],
    });
  });

  it('reads the own channel: handle from customUrl, subscribers and videos from string counts', async () => {
    expect(await provider().fetchAccount(tokens)).toEqual({ externalId: 'UC_x5XG1OV2P6uZZ5FSM9Ttw', handle: 'maramakes' });
    const stats = await provider().fetchStats(tokens, { externalId: 'UC_x5XG1OV2P6uZZ5FSM9Ttw', handle: 'maramakes' });
    for (const request of api.requests) {
      expect(request).toMatchObject({ method: 'GET', pathname: '/youtube/v3/channels' });
      expect(queryOf(request)).toEqual({ part: 'snippet,statistics', mine: 'true' });
      expect(request.headers.authorization).toBe(`Bearer ${youtubeTokenIssued.access_token}`);
    }
    expect(stats).toEqual({ followers: 86400, posts: 142 });
  });

  it('explains a Google account without a channel', async () => {
    api.respond('GET /youtube/v3/channels', { status: 200, body: youtubeNoChannel });
    await expect(provider().fetchAccount(tokens)).rejects.toThrow('has no YouTube channel');
    api.respond('GET /youtube/v3/channels', { status: 200, body: youtubeChannels });
  });

  it('refreshes and keeps the refresh token Google does not resend', async () => {
    api.respond('POST /token', { status: 200, body: youtubeTokenRefreshed });
    const refreshed = await provider().refresh!({ accessToken: 'old', refreshToken: '1//0gexample-refresh-token' });
    expect(formOf(api.requests[0])).toEqual({
      client_id: youtubeClient.clientId,
      client_secret: youtubeClient.clientSecret,
      grant_type: 'refresh_token',
      refresh_token: '1//0gexample-refresh-token',
    });
    expect(refreshed).toMatchObject({ accessToken: 'ya29.a0refreshed-access-token', refreshToken: '1//0gexample-refresh-token' });
    api.respond('POST /token', { status: 200, body: youtubeTokenIssued });
  });
});
