import { and, eq, isNull } from 'drizzle-orm';
import { invitations, organizationMembers, organizations, users, type Invitation, type MemberRole } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { appUrl } from '@/lib/config/env';
import { withTransaction, type ActorCtx, type Ctx } from '@/lib/context';
import { ConflictError, ForbiddenError, isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';
import { queueEmail } from '@/lib/mail/outbox';
import { invitationStatus } from './queries';
import type { InvitationSignUpInput, InviteMemberInput } from './schemas';

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

const roleNames: Record<MemberRole, string> = { brand_admin: 'an admin', brand_member: 'a member' };

/**
 * Invites an address to the organization. An older open invitation to the same address is revoked in the
 * same transaction, so only the newest link works.
 */
export async function inviteMember(ctx: BrandCtx, input: InviteMemberInput): Promise<{ invitationId: string }> {
  return withTransaction(ctx, async (tx) => {
    const [member] = await tx.db
      .select({ id: organizationMembers.id })
      .from(organizationMembers)
      .innerJoin(users, eq(users.id, organizationMembers.userId))
      .where(and(eq(organizationMembers.organizationId, ctx.organization.id), eq(users.email, input.email)));
    if (member)
      throw new ConflictError(`${input.email} is already a member of ${ctx.organization.name}.`, {
        email: ['Already a member of this organization.'],
      });
    const replaced = await tx.db
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.organizationId, ctx.organization.id),
          eq(invitations.email, input.email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id });
    const { token, tokenHash } = newToken();
    let invitationId: string;
    try {
      const [created] = await tx.db
        .insert(invitations)
        .values({
          organizationId: ctx.organization.id,
          email: input.email,
          role: input.role,
          tokenHash,
          invitedBy: ctx.actor.userId,
          expiresAt: new Date(Date.now() + invitationLifetimeMs),
        })
        .returning({ id: invitations.id });
      invitationId = created!.id;
    } catch (error) {
      if (isUniqueViolation(error, 'idx_invitations_open_per_email'))
        throw new ConflictError('An invitation to this address was sent a moment ago.', { email: ['Already invited.'] });
      throw error;
    }
    for (const { id } of replaced)
      await recordAudit(tx, {
        action: 'revoke_invitation',
        resourceType: 'invitation',
        resourceId: id,
        metadata: { reason: 'reinvited', replacedBy: invitationId },
      });
    await recordAudit(tx, {
      action: 'invite_member',
      resourceType: 'invitation',
      resourceId: invitationId,
      metadata: { after: { email: input.email, role: input.role }, replaced: replaced.map((row) => row.id) },
    });
    const [inviter] = await tx.db
      .select({ name: users.name, email: users.email })
      .from(users)
      .where(eq(users.id, ctx.actor.userId));
    await queueEmail(tx.db, {
      to: input.email,
      template: 'invitation',
      subject: `Join ${ctx.organization.name} on Pactly`,
      text:
        `${inviter?.name ?? inviter?.email ?? 'A colleague'} invited you to join ${ctx.organization.name} on Pactly as ` +
        `${roleNames[input.role]}.\n\nOpen this link within 7 days to accept:\n\n${appUrl()}/invitations/${token}\n\n` +
        `If you did not expect this invitation, ignore this message.`,
    });
    return { invitationId };
  });
}

export async function revokeInvitation(ctx: BrandCtx, input: { invitationId: string }): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const [revoked] = await tx.db
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.id, input.invitationId),
          eq(invitations.organizationId, ctx.organization.id),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id, email: invitations.email, role: invitations.role });
    if (!revoked) throw new NotFoundError('This invitation is no longer open.');
    await recordAudit(tx, {
      action: 'revoke_invitation',
      resourceType: 'invitation',
      resourceId: revoked.id,
      metadata: { before: { email: revoked.email, role: revoked.role } },
    });
  });
}

export const invalidInvitationMessage = 'This invitation link is not valid. Ask for a new invitation.';

export const closedInvitationMessages = {
  accepted: 'This invitation has already been used.',
  revoked: 'This invitation was withdrawn. Ask an admin of the organization for a new one.',
  expired: 'This invitation has expired. Ask an admin of the organization to invite you again.',
} as const;

/** The invitation behind a raw token, locked until the transaction ends so that it is used once; closed ones are refused. */
async function lockOpenInvitation(tx: Ctx, token: string) {
  const [row] = await tx.db
    .select({ invitation: invitations, slug: organizations.slug })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.tokenHash, hashToken(token)))
    .for('update', { of: invitations });
  if (!row) throw new NotFoundError(invalidInvitationMessage);
  const status = invitationStatus(row.invitation);
  if (status !== 'open') throw new ValidationError(closedInvitationMessages[status]);
  return row;
}

async function joinOrganization(tx: Ctx, invitation: Invitation, userId: string): Promise<void> {
  const [membership] = await tx.db
    .insert(organizationMembers)
    .values({ organizationId: invitation.organizationId, userId, role: invitation.role, invitedBy: invitation.invitedBy })
    .onConflictDoNothing({ target: [organizationMembers.organizationId, organizationMembers.userId] })
    .returning({ id: organizationMembers.id });
  await tx.db.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitation.id));
  await recordAudit(tx, {
    action: 'accept_invitation',
    resourceType: 'invitation',
    resourceId: invitation.id,
    actorId: userId,
    metadata: {
      organizationId: invitation.organizationId,
      after: { role: invitation.role },
      // Already a member (joined some other way): the invitation is used up and the existing role stays.
      alreadyMember: !membership,
    },
  });
}

/** A signed-in user accepts an invitation sent to their own address. */
export async function acceptInvitation(ctx: ActorCtx, token: string): Promise<{ orgSlug: string }> {
  return withTransaction(ctx, async (tx) => {
    const { invitation, slug } = await lockOpenInvitation(tx, token);
    const [user] = await tx.db.select({ email: users.email, role: users.role }).from(users).where(eq(users.id, ctx.actor.userId));
    if (!user || user.email !== invitation.email)
      throw new ForbiddenError(`This invitation is for ${invitation.email}. Sign out, then open the link again.`);
    if (user.role !== 'brand_admin' && user.role !== 'brand_member')
      throw new ForbiddenError(
        'Creator and staff accounts cannot join a brand organization. Ask for an invitation to another address.',
      );
    await joinOrganization(tx, invitation, ctx.actor.userId);
    return { orgSlug: slug };
  });
}

/** A new user signs up from an invitation: the user (email confirmed, since they hold the emailed link), the membership and the acceptance, together. */
export async function signUpWithInvitation(ctx: Ctx, input: InvitationSignUpInput): Promise<{ email: string; orgSlug: string }> {
  const passwordHash = await hashPassword(input.password);
  return withTransaction(ctx, async (tx) => {
    const { invitation, slug } = await lockOpenInvitation(tx, input.token);
    const accountExists = () =>
      new ConflictError(`An account for ${invitation.email} already exists. Sign in to accept the invitation.`);
    const [existing] = await tx.db.select({ id: users.id }).from(users).where(eq(users.email, invitation.email));
    if (existing) throw accountExists();
    let userId: string;
    try {
      const [user] = await tx.db
        .insert(users)
        .values({
          email: invitation.email,
          name: input.name,
          passwordHash,
          role: invitation.role,
          emailVerified: true,
          emailVerifiedAt: new Date(),
        })
        .returning({ id: users.id });
      userId = user!.id;
    } catch (error) {
      if (isUniqueViolation(error, 'idx_users_email')) throw accountExists();
      throw error;
    }
    await recordAudit(tx, {
      action: 'sign_up_invited',
      resourceType: 'user',
      resourceId: userId,
      actorId: userId,
      metadata: { after: { email: invitation.email, name: input.name, role: invitation.role }, invitationId: invitation.id },
    });
    await joinOrganization(tx, invitation, userId);
    return { email: invitation.email, orgSlug: slug };
  });
}
