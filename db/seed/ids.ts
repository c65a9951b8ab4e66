import { createHash } from 'node:crypto';

/** A stable UUID (version 4 layout) named by seed, kind and key: reseeding yields the same ids. */
export function seededUuid(seed: number, kind: string, key: string | number): string {
  const bytes = createHash('sha256').update(`pactly-seed:${seed}:${kind}:${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A deterministic token for fake external references such as Stripe ids. */
export function seededToken(seed: number, kind: string, key: string | number, length = 24): string {
  return createHash('sha256').update(`pactly-token:${seed}:${kind}:${key}`).digest('hex').slice(0, length);
}
