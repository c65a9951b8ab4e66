import type { Executor } from '@/db/client';
import type { Platform, UserRole } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { isPlatform } from './config';
import { AccountLinkedElsewhereError, completeConnection } from './connect';
import { connectionNoticeParams, type ConnectionNotice } from './notices';
import {
  newPendingConnection,
  oauthCookieMaxAgeSeconds,
  oauthCookieName,
  openPendingConnection,
  pkceChallenge,
  sameState,
  sealPendingConnection,
} from './oauth-state';
import type { SocialProvider } from './provider';

/** What the connect and callback handlers need from the outside world; the route files build it. */
export interface SocialRouteEnv {
  db: Executor;
  user: { id: string; role: UserRole } | null;
  /** The public base URL, e.g. https://pactly.example; redirect URIs and the return page hang off it. */
  appUrl: string;
  providerFor(platform: Platform): SocialProvider | null;
}

export const accountsPath = '/creator/accounts';
export const callbackPath = (platform: Platform) => `/api/social/${platform}/callback`;

const text = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

function oauthCookie(value: string, maxAge: number, secure: boolean): string {
  return [
    `${oauthCookieName}=${value}`,
    'Path=/api/social',
    `Max-Age=${maxAge}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

const clearCookie = (env: SocialRouteEnv) => oauthCookie('', 0, env.appUrl.startsWith('https:'));

function readCookie(request: Request): string | undefined {
  for (const part of request.headers.get('cookie')?.split(';') ?? []) {
    const [name, ...value] = part.trim().split('=');
    if (name === oauthCookieName) return value.join('=');
  }
  return undefined;
}

/** The signed-in creator and the configured adapter, or the response that refuses the request. */
function admit(env: SocialRouteEnv, platformParam: string): { provider: SocialProvider } | { refused: Response } {
  if (!env.user) return { refused: text(401, 'Please sign in first.') };
  if (env.user.role !== 'influencer') return { refused: text(403, 'Only creators can connect social accounts.') };
  const provider = isPlatform(platformParam) ? env.providerFor(platformParam) : null;
  if (!provider) return { refused: text(404, 'This platform is not configured on this installation.') };
  return { provider };
}

function backToAccounts(env: SocialRouteEnv, notice: ConnectionNotice): Response {
  const url = new URL(accountsPath, env.appUrl);
  for (const [key, value] of Object.entries(connectionNoticeParams(notice))) url.searchParams.set(key, value);
  return new Response(null, { status: 303, headers: { location: url.toString(), 'set-cookie': clearCookie(env) } });
}

/** GET /api/social/[platform]/connect: a fresh state and PKCE verifier in a sealed cookie, then off to the platform. */
export function connectResponse(env: SocialRouteEnv, platformParam: string): Response {
  const admitted = admit(env, platformParam);
  if ('refused' in admitted) return admitted.refused;
  const { provider } = admitted;
  const pending = newPendingConnection(provider.platform, env.user!.id);
  const location = provider.authorizationUrl({
    state: pending.state,
    codeChallenge: pkceChallenge(pending.codeVerifier),
    redirectUri: new URL(callbackPath(provider.platform), env.appUrl).toString(),
  });
  const cookie = oauthCookie(sealPendingConnection(pending), oauthCookieMaxAgeSeconds, env.appUrl.startsWith('https:'));
  return new Response(null, { status: 302, headers: { location, 'set-cookie': cookie, 'cache-control': 'no-store' } });
}

/** GET /api/social/[platform]/callback: checks the state, then connects the account and records its first snapshot. */
export async function callbackResponse(env: SocialRouteEnv, platformParam: string, request: Request): Promise<Response> {
  const admitted = admit(env, platformParam);
  if ('refused' in admitted) return admitted.refused;
  const { provider } = admitted;
  const user = env.user!;
  const query = new URL(request.url).searchParams;
  const pending = openPendingConnection(readCookie(request));
  const verified =
    pending !== null &&
    pending.platform === provider.platform &&
    pending.userId === user.id &&
    sameState(pending.state, query.get('state') ?? undefined);
  if (!verified)
    return text(
      400,
      `This ${provider.label} connection could not be verified: it has expired, was started in another browser, or its state does not match. Nothing was saved. Go back to Connected accounts and select Connect ${provider.label} again.`,
      { 'set-cookie': clearCookie(env) },
    );
  const code = query.get('code');
  if (query.get('error') || !code) return backToAccounts(env, { platform: provider.platform, outcome: 'denied' });
  const ctx = { db: env.db, actor: { userId: user.id, role: user.role }, request: requestMetaFrom(request.headers) };
  try {
    await completeConnection(ctx, provider, {
      code,
      codeVerifier: pending.codeVerifier,
      redirectUri: new URL(callbackPath(provider.platform), env.appUrl).toString(),
    });
    return backToAccounts(env, { platform: provider.platform, outcome: 'connected' });
  } catch (error) {
    if (error instanceof AccountLinkedElsewhereError)
      return backToAccounts(env, { platform: provider.platform, outcome: 'linked_elsewhere' });
    if (!(error instanceof DomainError)) console.error(`${provider.label} connection failed`, error);
    return backToAccounts(env, { platform: provider.platform, outcome: 'failed' });
  }
}
