'use server';

import { revalidatePath } from 'next/cache';
import { creatorAction } from '@/lib/actions';
import { disconnectAccount, syncConfiguredAccount } from '@/lib/social/actions';
import { socialPlatformInput } from '@/lib/social/schemas';

export const syncSocialAccountAction = creatorAction(socialPlatformInput, async ({ platform }, ctx) => {
  const message = await syncConfiguredAccount(ctx, platform);
  revalidatePath('/creator/accounts');
  revalidatePath('/creator/stats');
  return message;
});

export const disconnectSocialAccountAction = creatorAction(socialPlatformInput, async ({ platform }, ctx) => {
  const message = await disconnectAccount(ctx, platform);
  revalidatePath('/creator/accounts');
  return message;
});
