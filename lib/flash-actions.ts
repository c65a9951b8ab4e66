'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { clearFlashIn } from './flash';

const flashIdSchema = z.uuid('A flash id is a UUID.');

/** Called by FlashMessage once it has shown the flash, so a reload or the next page does not show it again. */
export async function clearFlashAction(id: string): Promise<void> {
  const parsed = flashIdSchema.safeParse(id);
  if (!parsed.success) return;
  clearFlashIn(await cookies(), parsed.data);
}
