import type { createActionClients } from '@/lib/actions/clients';
import { addToShortlistSchema, createShortlistSchema, removeFromShortlistSchema, updateNoteSchema } from './schemas';
import { addToShortlist, createShortlist, removeFromShortlist, updateShortlistNote } from './shortlists';

type ActionClients = ReturnType<typeof createActionClients>;

const permission = 'shortlist.manage';

/** The shortlist server actions, defined once over the action clients so the app wires them to the real session. */
export function defineShortlistActions(clients: Pick<ActionClients, 'brandAction'>) {
  return {
    create: clients.brandAction(createShortlistSchema, permission, (input, ctx) => createShortlist(ctx, input.name)),
    add: clients.brandAction(addToShortlistSchema, permission, async (input, ctx) => {
      await addToShortlist(ctx, input);
      return { shortlistId: input.shortlistId };
    }),
    updateNote: clients.brandAction(updateNoteSchema, permission, async (input, ctx) => {
      await updateShortlistNote(ctx, input);
      return { shortlistId: input.shortlistId };
    }),
    remove: clients.brandAction(removeFromShortlistSchema, permission, async (input, ctx) => {
      await removeFromShortlist(ctx, input);
      return { shortlistId: input.shortlistId };
    }),
  };
}
