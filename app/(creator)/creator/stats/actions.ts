'use server';

import { revalidatePath } from 'next/cache';
import { creatorAction } from '@/lib/actions';
import { statsSnapshotSchema } from '@/lib/creators/schemas';
import { submitStatsSnapshot } from '@/lib/creators/stats';

export const submitStatsAction = creatorAction(statsSnapshotSchema, async (input, ctx) => {
  await submitStatsSnapshot(ctx, input);
  revalidatePath('/creator/stats');
  return 'Stats saved.';
});
