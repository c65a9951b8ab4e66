import { and, eq } from 'drizzle-orm';
import { organizationMembers } from '@/db/schema';
import type { ActorCtx } from '@/lib/context';
import { ForbiddenError } from '@/lib/errors';
import { roleAllows } from '@/lib/organizations/permissions';
import type { ContractParty } from '@/lib/submissions/contract-access';

/**
 * The party a dispute is opened or answered for must be the caller: the creator themself, or a member of the brand
 * whose role manages disputes (read from the membership, not from the caller's word). The contract lock then
 * checks that the party is the contract's.
 */
export async function requireCallerIsParty(ctx: ActorCtx, party: ContractParty): Promise<void> {
  if (party.side === 'influencer') {
    if (party.userId !== ctx.actor.userId) throw new ForbiddenError('Only the creator of this contract can do that.');
    return;
  }
  const [membership] = await ctx.db
    .select({ role: organizationMembers.role })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, party.organizationId), eq(organizationMembers.userId, ctx.actor.userId)));
  if (!membership || !roleAllows(membership.role, 'dispute.manage'))
    throw new ForbiddenError('Only an admin of the brand on this contract can do that.');
}
