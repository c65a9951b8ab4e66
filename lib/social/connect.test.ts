import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLogs, influencerStatsHistory, socialAccounts } from '@/db/schema';
import { snapshotDataHash, snapshotHashFields } from '@/db/seed/snapshot-hash';
import { signInAs, testSession } from '@/tests/helpers/action-session';
import { createCreator, createOrganizationWithMember, testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { formOf, startHttpDouble, type HttpDouble } from '@/tests/doubles/http-double';
import { xClient, xMe, xTokenIssued, xTokenRefreshed } from '@/tests/doubles/social/x';
import { pkceChallenge } from './oauth-state';
import { callbackResponse, connectResponse, type SocialRouteEnv } from './routes';
import { syncSocialAccount } from './sync';
import { openText } from './token-crypto';
import { xProvider } from './x';

vi.mock('@/lib/actions', () => import('@/tests/helpers/action-session').then((m) => m.actionsWithTestSession()));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

process.env.AUTH_SECRET = 'integration-auth-secret-0123456789';
const { disconnectSocialAccountAction, syncSocialAccountAction } = await import('@/app/(creator)/creator/accounts/actions');

let database: TestDatabase;
let api: HttpDouble;
type TestUser = { id: string; role: 'influencer' | 'brand_admin' | 'brand_member' | 'admin' | 'support' };

beforeAll(async () => {
  database = await createTestDatabase();
  testSession.db = database.db;
  api = await startHttpDouble({
    'POST /2/oauth2/token': { status: 200, body: xTokenIssued },
    'GET /2/users/me': { status: 200, body: xMe },
  });
});
afterAll(async () => {
  await api.close();
  await database.close();
});
beforeEach(() => {
  api.requests.length = 0;
  signInAs(null);
});

const provider = () => xProvider(xClient, { authorize: `${api.url}/i/oauth2/authorize`, api: api.url });
const env = (user: TestUser | null): SocialRouteEnv => ({
  db: database.db,
  user,
  appUrl: 'http://pactly.test',
  providerFor: (platform) => (platform === 'twitter' ? provider() : null),
});

function startConnection(user: TestUser) {
  const response = connectResponse(env(user), 'twitter');
  const location = new URL(response.headers.get('location')!);
  return {
    response,
    location,
    state: location.searchParams.get('state')!,
    cookie: response.headers.get('set-cookie')!.split(';')[0]!,
  };
}

const callback = (user: TestUser | null, query: string, cookie?: string) =>
  callbackResponse(
    env(user),
    'twitter',
    new Request(`http://pactly.test/api/social/twitter/callback?${query}`, { headers: cookie ? { cookie } : {} }),
  );

// The double always answers with the same X account: free it from earlier tests.
const freeXAccount = () => database.db.delete(socialAccounts).where(eq(socialAccounts.platform, 'twitter'));
const accountsOf = (userId: string) => database.db.select().from(socialAccounts).where(eq(socialAccounts.userId, userId));
const snapshotsOf = (userId: string) =>
  database.db.select().from(influencerStatsHistory).where(eq(influencerStatsHistory.userId, userId));
const auditsOf = (userId: string, action: string) =>
  database.db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.actorId, userId), eq(auditLogs.action, action)));

describe('connecting an account (OAuth callback)', () => {
  it('redirects to the platform with state and PKCE kept in a short-lived, httpOnly, Lax cookie', async () => {
    const creator = await createCreator(database.db);
    const { response, location } = startConnection(creator);
    expect(response.status).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe(`${api.url}/i/oauth2/authorize`);
    expect(location.searchParams.get('redirect_uri')).toBe('http://pactly.test/api/social/twitter/callback');
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^pactly_social_oauth=v1\./);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/api/social');
    expect(cookie).toContain('Max-Age=600');
    expect(cookie).not.toContain(location.searchParams.get('state')!);
  });

  it('stores encrypted tokens, a platform_api snapshot and the audit rows, then returns to Connected accounts', async () => {
    const creator = await createCreator(database.db);
    const { state, cookie, location } = startConnection(creator);
    const response = await callback(creator, `code=code-1&state=${state}`, cookie);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('http://pactly.test/creator/accounts?platform=twitter&outcome=connected');
    expect(response.headers.get('set-cookie')).toContain('Max-Age=0');

    const tokenRequest = api.requests.find((request) => request.pathname === '/2/oauth2/token');
    expect(pkceChallenge(formOf(tokenRequest).code_verifier!)).toBe(location.searchParams.get('code_challenge'));

    const [account] = await accountsOf(creator.id);
    expect(account).toMatchObject({
      platform: 'twitter',
      handle: 'maramakes',
      externalId: '1460327712512135168',
      status: 'connected',
    });
    expect(account!.scopes).toEqual(['tweet.read', 'users.read', 'offline.access']);
    expect(account!.accessTokenEncrypted).not.toContain(xTokenIssued.access_token);
    expect(openText(account!.accessTokenEncrypted!, 'access_token')).toBe(xTokenIssued.access_token);
    expect(openText(account!.refreshTokenEncrypted!, 'refresh_token')).toBe(xTokenIssued.refresh_token);
    expect(account!.tokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 7000 * 1000);
    expect(account!.lastSyncedAt).not.toBeNull();

    const [snapshot] = await snapshotsOf(creator.id);
    expect(snapshot).toMatchObject({
      platform: 'twitter',
      followers: 15230,
      following: 402,
      posts: 3811,
      dataSource: 'platform_api',
    });
    expect(snapshot!.dataHash).toBe(snapshotDataHash(snapshotHashFields(snapshot!)));

    const [connected] = await auditsOf(creator.id, 'connect_social_account');
    expect(connected).toMatchObject({ resourceType: 'social_account', resourceId: account!.id });
    expect(connected!.metadata).toMatchObject({ platform: 'twitter', handle: 'maramakes', snapshotId: snapshot!.id });
    expect(JSON.stringify(connected!.metadata)).not.toContain(xTokenIssued.access_token);
    const [recorded] = await auditsOf(creator.id, 'record_platform_stats');
    expect(recorded!.metadata).toEqual({ platform: 'twitter', dataHash: snapshot!.dataHash, dataSource: 'platform_api' });
  });

  it('refuses a state that does not match the cookie, and stores nothing', async () => {
    const creator = await createCreator(database.db);
    const { cookie } = startConnection(creator);
    const response = await callback(creator, 'code=code-1&state=forged-state', cookie);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('could not be verified');
    const missingCookie = await callback(creator, `code=code-1&state=${startConnection(creator).state}`);
    expect(missingCookie.status).toBe(400);
    const otherUsersCookie = startConnection(await createCreator(database.db));
    expect((await callback(creator, `code=code-1&state=${otherUsersCookie.state}`, otherUsersCookie.cookie)).status).toBe(400);
    expect(api.requests).toEqual([]);
    expect(await accountsOf(creator.id)).toEqual([]);
    expect(await snapshotsOf(creator.id)).toEqual([]);
  });

  it('returns with a notice and stores nothing when the creator declines at the platform', async () => {
    const creator = await createCreator(database.db);
    const { state, cookie } = startConnection(creator);
    const response = await callback(creator, `error=access_denied&state=${state}`, cookie);
    expect(response.headers.get('location')).toBe('http://pactly.test/creator/accounts?platform=twitter&outcome=denied');
    expect(await accountsOf(creator.id)).toEqual([]);
  });

  it('refuses an external account already linked to another user', async () => {
    await freeXAccount();
    const first = await createCreator(database.db);
    const second = await createCreator(database.db);
    const firstStart = startConnection(first);
    await callback(first, `code=code-1&state=${firstStart.state}`, firstStart.cookie);
    const secondStart = startConnection(second);
    const response = await callback(second, `code=code-2&state=${secondStart.state}`, secondStart.cookie);
    expect(response.headers.get('location')).toBe(
      'http://pactly.test/creator/accounts?platform=twitter&outcome=linked_elsewhere',
    );
    expect(await accountsOf(second.id)).toEqual([]);
    expect(await snapshotsOf(second.id)).toEqual([]);
    expect((await accountsOf(first.id))[0]!.userId).toBe(first.id);
  });

  it('refuses anyone but a signed-in creator, and unconfigured platforms', async () => {
    const { user: brandUser } = await createOrganizationWithMember(database.db, 'brand_admin');
    expect(connectResponse(env(null), 'twitter').status).toBe(401);
    expect(connectResponse(env(brandUser), 'twitter').status).toBe(403);
    expect((await callback(brandUser, 'code=code-1&state=x')).status).toBe(403);
    const creator = await createCreator(database.db);
    expect(connectResponse(env(creator), 'instagram').status).toBe(404);
    expect(connectResponse(env(creator), 'myspace').status).toBe(404);
    expect(await accountsOf(brandUser.id)).toEqual([]);
  });
});

async function connectedCreator() {
  await freeXAccount();
  const creator = await createCreator(database.db);
  const { state, cookie } = startConnection(creator);
  await callback(creator, `code=code-1&state=${state}`, cookie);
  return creator;
}

describe('Sync now and Disconnect', () => {
  it('refreshes an expired token first, then adds a platform_api snapshot with its audit row', async () => {
    const creator = await connectedCreator();
    await database.db
      .update(socialAccounts)
      .set({ tokenExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(socialAccounts.userId, creator.id));
    api.respond('POST /2/oauth2/token', { status: 200, body: xTokenRefreshed });
    api.respond('GET /2/users/me', {
      status: 200,
      body: { data: { ...xMe.data, public_metrics: { ...xMe.data.public_metrics, followers_count: 15400 } } },
    });
    api.requests.length = 0;
    const ctx = { ...testCtx(database.db), actor: { userId: creator.id, role: creator.role } };
    await syncSocialAccount(ctx, provider());
    api.respond('POST /2/oauth2/token', { status: 200, body: xTokenIssued });
    api.respond('GET /2/users/me', { status: 200, body: xMe });

    expect(formOf(api.requests[0])).toEqual({ grant_type: 'refresh_token', refresh_token: xTokenIssued.refresh_token });
    expect(api.requests[1]!.headers.authorization).toBe('Bearer x-refreshed-access-token');
    const [account] = await accountsOf(creator.id);
    expect(openText(account!.accessTokenEncrypted!, 'access_token')).toBe('x-refreshed-access-token');
    expect(openText(account!.refreshTokenEncrypted!, 'refresh_token')).toBe('x-rotated-refresh-token');
    const snapshots = await snapshotsOf(creator.id);
    expect(snapshots.map((row) => [row.followers, row.dataSource]).sort()).toEqual([
      [15230, 'platform_api'],
      [15400, 'platform_api'],
    ]);
    const [synced] = await auditsOf(creator.id, 'sync_social_account');
    expect(synced!.metadata).toMatchObject({ platform: 'twitter', tokenRefreshed: true });
  });

  it('marks the account expired when the platform refuses the refresh', async () => {
    const creator = await connectedCreator();
    await database.db
      .update(socialAccounts)
      .set({ tokenExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(socialAccounts.userId, creator.id));
    api.respond('POST /2/oauth2/token', { status: 400, body: { error: 'invalid_request' } });
    const ctx = { ...testCtx(database.db), actor: { userId: creator.id, role: creator.role } };
    await expect(syncSocialAccount(ctx, provider())).rejects.toThrow('Connect the account again');
    api.respond('POST /2/oauth2/token', { status: 200, body: xTokenIssued });
    expect((await accountsOf(creator.id))[0]!.status).toBe('expired');
    expect(await snapshotsOf(creator.id)).toHaveLength(1);
  });

  it('disconnects: the row and its tokens go, the snapshots stay, an audit row is written', async () => {
    const creator = await connectedCreator();
    signInAs(creator);
    expect(await disconnectSocialAccountAction(null, { platform: 'twitter' })).toEqual({
      ok: true,
      data: '@maramakes on X (Twitter) was disconnected. Your saved stats stay in your history.',
    });
    expect(await accountsOf(creator.id)).toEqual([]);
    expect(await snapshotsOf(creator.id)).toHaveLength(1);
    const [audit] = await auditsOf(creator.id, 'disconnect_social_account');
    expect(audit!.metadata).toEqual({ platform: 'twitter', handle: 'maramakes', externalId: '1460327712512135168' });
    expect(await disconnectSocialAccountAction(null, { platform: 'twitter' })).toEqual({
      ok: false,
      error: 'That account is not connected.',
    });
  });

  it('refuses Sync now and Disconnect to non-creators and changes nothing', async () => {
    const creator = await connectedCreator();
    const { user: brandUser } = await createOrganizationWithMember(database.db, 'brand_admin');
    signInAs(brandUser);
    expect(await syncSocialAccountAction(null, { platform: 'twitter' })).toEqual({
      ok: false,
      error: 'Only creators can do that.',
    });
    expect(await disconnectSocialAccountAction(null, { platform: 'twitter' })).toEqual({
      ok: false,
      error: 'Only creators can do that.',
    });
    signInAs(null);
    expect(await syncSocialAccountAction(null, { platform: 'twitter' })).toEqual({ ok: false, error: 'Please sign in first.' });
    // Another creator only ever reaches their own (missing) account.
    signInAs(await createCreator(database.db));
    expect(await disconnectSocialAccountAction(null, { platform: 'twitter' })).toEqual({
      ok: false,
      error: 'That account is not connected.',
    });
    expect(await accountsOf(creator.id)).toHaveLength(1);
    expect(await snapshotsOf(creator.id)).toHaveLength(1);
  });
});
