import { db } from '@/db/client';
import type { PageUser } from '@/lib/auth/guards';
import type { ActorCtx } from '@/lib/context';
import { requestMeta } from '@/lib/http/request-meta';

/** The ctx a creator page reads with, for the user its guard returned. */
export async function creatorPageCtx(user: PageUser): Promise<ActorCtx> {
  return { db: db(), actor: { userId: user.id, role: user.role }, request: await requestMeta() };
}
