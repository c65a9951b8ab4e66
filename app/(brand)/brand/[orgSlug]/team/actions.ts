'use server';

import { revalidatePath } from 'next/cache';
import { brandAction } from '@/lib/actions';
import { deliverPendingEmails } from '@/lib/mail/outbox';
import { inviteMember, revokeInvitation } from '@/lib/organizations/invitations';
import {
  changeMemberRoleSchema,
  inviteMemberSchema,
  removeMemberSchema,
  revokeInvitationSchema,
} from '@/lib/organizations/schemas';
import { changeMemberRole, removeMember } from '@/lib/organizations/team';

const revalidateTeam = (orgSlug: string) => revalidatePath(`/brand/${orgSlug}/team`);

export const inviteMemberAction = brandAction(inviteMemberSchema, 'team.manage', async (input, ctx) => {
  await inviteMember(ctx, input);
  await deliverPendingEmails(ctx.db);
  revalidateTeam(ctx.organization.slug);
  return `Invitation sent to ${input.email}.`;
});

export const revokeInvitationAction = brandAction(revokeInvitationSchema, 'team.manage', async (input, ctx) => {
  await revokeInvitation(ctx, input);
  revalidateTeam(ctx.organization.slug);
  return 'Invitation revoked.';
});

export const changeMemberRoleAction = brandAction(changeMemberRoleSchema, 'team.manage', async (input, ctx) => {
  const changed = await changeMemberRole(ctx, input);
  revalidateTeam(ctx.organization.slug);
  return changed ? 'Role changed.' : 'They already have this role.';
});

export const removeMemberAction = brandAction(removeMemberSchema, 'team.manage', async (input, ctx) => {
  await removeMember(ctx, input);
  revalidateTeam(ctx.organization.slug);
  return 'Member removed.';
});
