'use server';

import { revalidatePath } from 'next/cache';
import { creatorAction } from '@/lib/actions';
import { updateCreatorProfile } from '@/lib/creators/profile';
import { creatorProfileSchema } from '@/lib/creators/schemas';

export const updateCreatorProfileAction = creatorAction(creatorProfileSchema, async (input, ctx) => {
  await updateCreatorProfile(ctx, input);
  revalidatePath('/creator', 'layout');
  return 'Profile saved.';
});
