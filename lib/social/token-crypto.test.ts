import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engagementRatePercent } from './engagement';
import { newPendingConnection, openPendingConnection, pkceChallenge, sealPendingConnection } from './oauth-state';
import { openText, sealText } from './token-crypto';

const secret = 'test-auth-secret-0123456789abcdef';
let previous: string | undefined;

beforeEach(() => {
  previous = process.env.AUTH_SECRET;
  process.env.AUTH_SECRET = secret;
});
afterEach(() => {
  process.env.AUTH_SECRET = previous;
});

describe('token encryption (AES-256-GCM, key from AUTH_SECRET via HKDF-SHA256)', () => {
  it('round-trips a token, with a fresh nonce each time', () => {
    const sealed = sealText('IGAAlong-lived-token', 'access_token');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('IGAA');
    expect(sealText('IGAAlong-lived-token', 'access_token')).not.toBe(sealed);
    expect(openText(sealed, 'access_token')).toBe('IGAAlong-lived-token');
  });

  it('detects tampering, another purpose and another secret', () => {
    const sealed = sealText('secret-token', 'refresh_token');
    const [prefix, nonce, ciphertext, tag] = sealed.split('.');
    const flipped = Buffer.from(ciphertext!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(openText([prefix, nonce, flipped.toString('base64url'), tag].join('.'), 'refresh_token')).toBeNull();
    expect(openText([prefix, nonce, ciphertext, Buffer.alloc(16).toString('base64url')].join('.'), 'refresh_token')).toBeNull();
    expect(openText(sealed, 'access_token')).toBeNull();
    expect(openText(sealed, 'refresh_token', 'another-secret-0123456789abcdef')).toBeNull();
    expect(openText('not-a-sealed-value', 'refresh_token')).toBeNull();
  });

  it('refuses to seal without AUTH_SECRET', () => {
    delete process.env.AUTH_SECRET;
    expect(() => sealText('x', 'access_token')).toThrow('AUTH_SECRET is required');
  });
});

describe('OAuth state cookie and PKCE', () => {
  it('opens a sealed pending connection until it expires', () => {
    const pending = newPendingConnection('twitter', 'user-1', 1_000);
    const cookie = sealPendingConnection(pending);
    expect(openPendingConnection(cookie, 2_000)).toEqual(pending);
    expect(openPendingConnection(cookie, pending.expiresAt + 1)).toBeNull();
    expect(openPendingConnection(undefined)).toBeNull();
  });

  it('derives the RFC 7636 S256 challenge', () => {
    // RFC 7636 appendix B.
    expect(pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });
});

describe('engagement rate', () => {
  it('is exact to two decimals, rounded half up, from integers', () => {
    expect(engagementRatePercent(3821, 3, 48210)).toBe('2.64');
    expect(engagementRatePercent(1, 8, 1)).toBe('12.50');
    expect(engagementRatePercent(5, 1, 100_000)).toBe('0.01');
    expect(engagementRatePercent(4, 1, 100_000)).toBe('0.00');
    expect(engagementRatePercent(10, 0, 100)).toBeUndefined();
    expect(engagementRatePercent(1_000_000, 1, 10)).toBeUndefined();
  });
});
