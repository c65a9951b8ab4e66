'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { requestPasswordReset, resetPassword } from '@/lib/accounts/password-reset';
import { resendVerification, verifyEmail } from '@/lib/accounts/email-verification';
import {
  brandSignUpSchema,
  creatorSignUpSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  signInSchema,
  tokenSchema,
} from '@/lib/accounts/schemas';
import { signUpBrand, signUpCreator } from '@/lib/accounts/sign-up';
import { z } from 'zod';
import { db } from '@/db/client';
import { homePathFor } from '@/lib/accounts/home-path';
import { publicAction, userAction } from '@/lib/actions';
import { signIn, signOut } from '@/lib/auth';
import { ValidationError } from '@/lib/errors';
import { deliverPendingEmails } from '@/lib/mail/outbox';

/** Only same-site paths may be a post-sign-in destination. */
function safeCallback(callbackUrl: string | undefined): string | undefined {
  return callbackUrl && callbackUrl.startsWith('/') && !callbackUrl.startsWith('//') && !callbackUrl.startsWith('/\\')
    ? callbackUrl
    : undefined;
}

async function signInWith(email: string, password: string, redirectTo?: string) {
  try {
    await signIn('credentials', { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const disabled = (error as { code?: string }).code === 'account_disabled';
      throw new ValidationError(disabled ? 'This account is suspended or closed. Contact support.' : 'Wrong email or password.');
    }
    throw error;
  }
  redirect(redirectTo ?? (await homePathFor(db(), email)));
}

export const signInAction = publicAction(signInSchema, async (input) => {
  await signInWith(input.email, input.password, safeCallback(input.callbackUrl));
});

export const signUpBrandAction = publicAction(brandSignUpSchema, async (input, ctx) => {
  const { orgSlug } = await signUpBrand(ctx, input);
  await deliverPendingEmails(ctx.db);
  await signInWith(input.email, input.password, `/brand/${orgSlug}`);
});

export const signUpCreatorAction = publicAction(creatorSignUpSchema, async (input, ctx) => {
  await signUpCreator(ctx, input);
  await deliverPendingEmails(ctx.db);
  await signInWith(input.email, input.password, '/creator');
});

export const verifyEmailAction = publicAction(tokenSchema, async (input, ctx) => {
  await verifyEmail(ctx, input.token);
  redirect('/verify-email?status=confirmed');
});

export const requestPasswordResetAction = publicAction(passwordResetRequestSchema, async (input, ctx) => {
  await requestPasswordReset(ctx, input.email);
  await deliverPendingEmails(ctx.db);
  return 'If an account uses that address, a reset link is on its way.';
});

export const resetPasswordAction = publicAction(passwordResetSchema, async (input, ctx) => {
  await resetPassword(ctx, input.token, input.password);
  redirect('/sign-in?reset=1');
});

export const signOutAction = publicAction(z.object({}), async () => {
  await signOut({ redirectTo: '/' });
});

export const resendVerificationAction = userAction(z.object({}), async (_input, ctx) => {
  await resendVerification(ctx);
  await deliverPendingEmails(ctx.db);
  return 'A new confirmation link is on its way.';
});
