import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formOf, queryOf, startHttpDouble, type HttpDouble } from '@/tests/doubles/http-double';
import { xClient, xMe, xTokenIssued, xTokenRefreshed } from '@/tests/doubles/social/x';
import { xProvider } from './x';

let api: HttpDouble;
const basic = `Basic ${Buffer.from(`${xClient.clientId}:${xClient.clientSecret}`).toString('base64')}`;

beforeAll(async () => {
  api = await startHttpDouble({
    'POST /2/oauth2/token': { status: 200, body: xTokenIssued },
    'GET /2/users/me': { status: 200, body: xMe },
  });
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

const provider = () => xProvider(xClient, { authorize: `${api.url}/i/oauth2/authorize`, api: api.url });

describe('X adapter (OAuth 2.0 with PKCE, API v2)', () => {
  it('asks for read access and offline access with an S256 code challenge', () => {
    const url = new URL(
      provider().authorizationUrl({ state: 'state-1', codeChallenge: 'challenge-1', redirectUri: 'https://pactly.test/cb' }),
    );
    expect(url.pathname).toBe('/i/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: xClient.clientId,
      redirect_uri: 'https://pactly.test/cb',
      scope: 'tweet.read users.read offline.access',
      state: 'state-1',
      code_challenge: 'challenge-1',
      code_challenge_method: 'S256',
    });
  });

  it('exchanges the code as a confidential client: Basic auth and the code verifier', async () => {
    const result = await provider().exchangeCode({
      code: 'code-1',
      codeVerifier: 'verifier-1',
      redirectUri: 'https://pactly.test/cb',
    });
    const [request] = api.requests;
    expect(request).toMatchObject({ method: 'POST', pathname: '/2/oauth2/token' });
    expect(request!.headers.authorization).toBe(basic);
    expect(formOf(request)).toEqual({
      code: 'code-1',
      grant_type: 'authorization_code',
      redirect_uri: 'https://pactly.test/cb',
      code_verifier: 'verifier-1',
    });
    expect(result).toMatchObject({
      accessToken: xTokenIssued.access_token,
      refreshToken: xTokenIssued.refresh_token,
      scopes: ['tweet.read', 'users.read', 'offline.access'],
    });
  });

  it('reads the own user with public metrics', async () => {
    const tokens = { accessToken: xTokenIssued.access_token, scopes: [] };
    expect(await provider().fetchAccount(tokens)).toEqual({ externalId: '1460327712512135168', handle: 'maramakes' });
    const stats = await provider().fetchStats(tokens, { externalId: '1460327712512135168', handle: 'maramakes' });
    for (const request of api.requests) {
      expect(request).toMatchObject({ method: 'GET', pathname: '/2/users/me' });
      expect(queryOf(request)).toEqual({ 'user.fields': 'public_metrics' });
      expect(request.headers.authorization).toBe(`Bearer ${xTokenIssued.access_token}`);
    }
    expect(stats).toEqual({ followers: 15230, following: 402, posts: 3811 });
  });

  it('refreshes and takes the rotated refresh token', async () => {
    api.respond('POST /2/oauth2/token', { status: 200, body: xTokenRefreshed });
    const refreshed = await provider().refresh!({ accessToken: 'old', refreshToken: xTokenIssued.refresh_token });
    expect(api.requests[0]!.headers.authorization).toBe(basic);
    expect(formOf(api.requests[0])).toEqual({ grant_type: 'refresh_token', refresh_token: xTokenIssued.refresh_token });
    expect(refreshed).toMatchObject({ accessToken: 'x-refreshed-access-token', refreshToken: 'x-rotated-refresh-token' });
    api.respond('POST /2/oauth2/token', { status: 200, body: xTokenIssued });
  });

  it('turns a refused token request into a message', async () => {
    api.respond('POST /2/oauth2/token', {
      status: 400,
      body: { error: 'invalid_request', error_description: 'Value passed for the authorization code was invalid.' },
    });
    await expect(
      provider().exchangeCode({ code: 'bad', codeVerifier: 'v', redirectUri: 'https://pactly.test/cb' }),
    ).rejects.toThrow('X did not accept the request (HTTP 400)');
    api.respond('POST /2/oauth2/token', { status: 200, body: xTokenIssued });
  });
});
