import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { socialConfig } from './config';

const version = 'v1';
const hkdfInfo = 'pactly/social-account-tokens/v1';

/** What a ciphertext is for: a value sealed for one purpose does not open for another. */
export type SealPurpose = 'access_token' | 'refresh_token' | 'oauth_state';

function keyFrom(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'pactly-social', hkdfInfo, 32));
}

function currentSecret(): string {
  const secret = socialConfig().authSecret;
  if (!secret) throw new Error('AUTH_SECRET is required to encrypt social account tokens');
  return secret;
}

/** AES-256-GCM with a random 96-bit nonce: `v1.<nonce>.<ciphertext>.<tag>`, base64url parts. */
export function sealText(plaintext: string, purpose: SealPurpose, secret = currentSecret()): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(secret), nonce);
  cipher.setAAD(Buffer.from(purpose));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [version, nonce, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** The plaintext, or null when the value was altered, sealed for another purpose or with another secret. */
export function openText(sealed: string, purpose: SealPurpose, secret = currentSecret()): string | null {
  const [prefix, nonce, ciphertext, tag, ...rest] = sealed.split('.');
  if (prefix !== version || !nonce || ciphertext === undefined || !tag || rest.length > 0) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(secret), Buffer.from(nonce, 'base64url'));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
