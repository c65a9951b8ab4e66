'use server';

import { revalidatePath } from 'next/cache';
import { brandAction } from '@/lib/actions';
import type { Action } from '@/lib/actions/clients';
import { defineShortlistActions } from '@/lib/discovery/action-definitions';

const shortlists = defineShortlistActions({ brandAction });

// Every shortlist page of every organization: the slug is checked by the wrapper, not needed to revalidate.
const revalidating =
  <T>(action: Action<T>): Action<T> =>
  async (previous, input) => {
    const result = await action(previous, input);
    if (result.ok) revalidatePath('/brand/[orgSlug]/shortlists', 'layout');
    return result;
  };

export const createShortlistAction = revalidating(shortlists.create);
export const addToShortlistAction = revalidating(shortlists.add);
export const updateShortlistNoteAction = revalidating(shortlists.updateNote);
export const removeFromShortlistAction = revalidating(shortlists.remove);
