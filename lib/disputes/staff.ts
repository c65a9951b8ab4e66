import type { ActorCtx } from '@/lib/context';
import { ForbiddenError } from '@/lib/errors';

/** Pactly staff (admins and support) decide and hand on disputes; the check does not rely on the action layer. */
export function requireDisputeStaff(ctx: ActorCtx): void {
  if (ctx.actor.role !== 'admin' && ctx.actor.role !== 'support') throw new ForbiddenError('Only Pactly staff can do that.');
}
