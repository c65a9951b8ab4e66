import { AuditTrail } from './audit-trail';
import { seededUuid } from './ids';
import { createRandom, type Random } from './random';

/** What every demo generator receives: the seed, id and randomness factories, and the audit trail it appends to. */
export interface SeedContext {
  seed: number;
  passwordHash: string;
  id(kind: string, key: string | number): string;
  random(stream: string): Random;
  audit: AuditTrail;
}

export function createSeedContext(seed: number, passwordHash: string): SeedContext {
  const id = (kind: string, key: string | number) => seededUuid(seed, kind, key);
  return {
    seed,
    passwordHash,
    id,
    random: (stream) => createRandom(seed, stream),
    audit: new AuditTrail(id, createRandom(seed, 'audit')),
  };
}
