import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { platforms, type Platform } from '@/db/schema';
import { openText, sealText } from './token-crypto';

export const oauthCookieName = 'pactly_social_oauth';
/** Long enough to sign in at the platform and approve; short enough that a stolen cookie is soon useless. */
export const oauthCookieMaxAgeSeconds = 600;

export interface PendingConnection {
  platform: Platform;
  userId: string;
  state: string;
  codeVerifier: string;
  expiresAt: number;
}

const pendingSchema = z.object({
  platform: z.enum(platforms),
  userId: z.string(),
  state: z.string().min(32),
  codeVerifier: z.string().min(43).max(128),
  expiresAt: z.number(),
});

/** RFC 7636: a 43-character base64url verifier and its S256 challenge. */
export function pkceChallenge(codeVerifier: string): string {
  return createHash('sha256').update(codeVerifier).digest('base64url');
}

export function newPendingConnection(platform: Platform, userId: string, now = Date.now()): PendingConnection {
  return {
    platform,
    userId,
    state: randomBytes(32).toString('base64url'),
    codeVerifier: randomBytes(32).toString('base64url'),
    expiresAt: now + oauthCookieMaxAgeSeconds * 1000,
  };
}

export const sealPendingConnection = (pending: PendingConnection) => sealText(JSON.stringify(pending), 'oauth_state');

/** The pending connection, or null when the cookie is missing, altered or expired. */
export function openPendingConnection(cookie: string | undefined, now = Date.now()): PendingConnection | null {
  const text = cookie ? openText(cookie, 'oauth_state') : null;
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = pendingSchema.safeParse(json);
  return parsed.success && parsed.data.expiresAt > now ? parsed.data : null;
}

export function sameState(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
