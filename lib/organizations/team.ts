import { and, eq } from 'drizzle-orm';
import { organizationMembers, users, type MemberRole } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction } from '@/lib/context';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';

const lastAdmin = () => new ConflictError('An organization always needs at least one admin. Make someone else an admin first.');

/**
 * Locks the organization's admin memberships and the target membership for the rest of the transaction.
 * Concurrent demotions and removals therefore run one after the other, and each sees the admins the
 * previous one left: two of them can never both leave the organization without an admin.
 */
async function lockForTeamChange(tx: BrandCtx, memberId: string) {
  const admins = await tx.db
    .select({ id: organizationMembers.id, userId: organizationMembers.userId })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, tx.organization.id), eq(organizationMembers.role, 'brand_admin')))
    .orderBy(organizationMembers.id)
    .for('update');
  const [target] = await tx.db
    .select({
      id: organizationMembers.id,
      userId: organizationMembers.userId,
      role: organizationMembers.role,
      email: users.email,
    })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(and(eq(organizationMembers.id, memberId), eq(organizationMembers.organizationId, tx.organization.id)))
    .for('update', { of: organizationMembers });
  if (!target) throw new NotFoundError('Member not found.');
  return { admins, target };
}

/** The caller's role was checked before the lock; a concurrent change may have demoted or removed them since. */
function assertStillAdmin(ctx: BrandCtx, admins: { userId: string }[]) {
  if (!admins.some((admin) => admin.userId === ctx.actor.userId))
    throw new ForbiddenError('Your role in this organization does not allow that.');
}

/** Returns whether the role changed (choosing the role someone already has changes nothing). */
export async function changeMemberRole(ctx: BrandCtx, input: { memberId: string; role: MemberRole }): Promise<boolean> {
  return withTransaction(ctx, async (tx) => {
    const { admins, target } = await lockForTeamChange(tx, input.memberId);
    if (target.userId === ctx.actor.userId) throw new ForbiddenError('You cannot change your own role. Ask another admin.');
    if (target.role === input.role) return false;
    if (target.role === 'brand_admin' && admins.length <= 1) throw lastAdmin();
    assertStillAdmin(ctx, admins);
    await tx.db.update(organizationMembers).set({ role: input.role }).where(eq(organizationMembers.id, target.id));
    await recordAudit(tx, {
      action: 'change_member_role',
      resourceType: 'organization_member',
      resourceId: target.id,
      metadata: { ...diffFields({ role: target.role }, { role: input.role }), userId: target.userId, email: target.email },
    });
    return true;
  });
}

export async function removeMember(ctx: BrandCtx, input: { memberId: string }): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const { admins, target } = await lockForTeamChange(tx, input.memberId);
    if (target.userId === ctx.actor.userId) throw new ForbiddenError('You cannot remove yourself. Ask another admin.');
    if (target.role === 'brand_admin' && admins.length <= 1) throw lastAdmin();
    assertStillAdmin(ctx, admins);
    await tx.db.delete(organizationMembers).where(eq(organizationMembers.id, target.id));
    await recordAudit(tx, {
      action: 'remove_member',
      resourceType: 'organization_member',
      resourceId: target.id,
      metadata: { before: { userId: target.userId, email: target.email, role: target.role }, after: {} },
    });
  });
}
