import type { Executor } from '@/db/client';
import type { UserRole } from '@/db/schema';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  correlationId: string;
}

export interface Actor {
  userId: string;
  role: UserRole;
}

/** What every domain function receives first: where to read and write, who acts, and from which request. */
export interface Ctx {
  db: Executor;
  actor: Actor | null;
  request: RequestMeta;
}

export interface ActorCtx extends Ctx {
  actor: Actor;
}

export function withTransaction<C extends Ctx, T>(ctx: C, work: (txCtx: C) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => work({ ...ctx, db: tx }));
}

export function systemRequest(label: string): RequestMeta {
  return { ip: null, userAgent: label, correlationId: crypto.randomUUID() };
}
