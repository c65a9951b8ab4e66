'use server';

import { AuthError } from 'next-auth';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { publicAction, userAction } from '@/lib/actions';
import { signIn, signOut } from '@/lib/auth';
import { ValidationError } from '@/lib/errors';
import { acceptInvitation, signUpWithInvitation } from '@/lib/organizations/invitations';
import { acceptInvitationSchema, invitationSignUpSchema } from '@/lib/organizations/schemas';

export const acceptInvitationAction = userAction(acceptInvitationSchema, async (input, ctx) => {
  const { orgSlug } = await acceptInvitation(ctx, input.token);
  revalidatePath('/brand', 'layout');
  redirect(`/brand/${orgSlug}`);
});

export const signUpFromInvitationAction = publicAction(invitationSignUpSchema, async (input, ctx) => {
  const { email, orgSlug } = await signUpWithInvitation(ctx, input);
  try {
    await signIn('credentials', { email, password: input.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError)
      throw new ValidationError('Your account is ready, but signing you in failed. Sign in with your new password.');
    throw error;
  }
  redirect(`/brand/${orgSlug}`);
});

/** Signed in as someone else: sign out and come straight back to the invitation. */
export const signOutForInvitationAction = publicAction(acceptInvitationSchema, async (input) => {
  await signOut({ redirectTo: `/invitations/${encodeURIComponent(input.token)}` });
});
