import { z } from 'zod';

const orgSlug = z.string().min(1).max(255);
const shortlistId = z.uuid('Choose a shortlist.');
const creatorId = z.uuid('Choose a creator.');

export const shortlistNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the shortlist a name.')
  .max(120, 'Keep the name under 120 characters.');

export const noteSchema = z.string().trim().max(2000, 'Keep the note under 2,000 characters.');

export const createShortlistSchema = z.object({ orgSlug, name: shortlistNameSchema });
export const addToShortlistSchema = z.object({ orgSlug, shortlistId, creatorId });
export const updateNoteSchema = z.object({ orgSlug, shortlistId, creatorId, note: noteSchema });
export const removeFromShortlistSchema = z.object({ orgSlug, shortlistId, creatorId });

export type CreateShortlistInput = z.infer<typeof createShortlistSchema>;
export type AddToShortlistInput = z.infer<typeof addToShortlistSchema>;
export type UpdateNoteInput = z.infer<typeof updateNoteSchema>;
export type RemoveFromShortlistInput = z.infer<typeof removeFromShortlistSchema>;
