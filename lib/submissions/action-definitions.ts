import type { createActionClients } from '@/lib/actions/clients';
import type { ObjectStore } from '@/lib/storage';
import { reviewSubmission } from './review';
import { reviewSubmissionSchema, submitDeliverableSchema } from './schemas';
import { submitDeliverable } from './submit';

type ActionClients = ReturnType<typeof createActionClients>;

/** Defined once over the action clients: the app wires them to the real session, tests to a fake one. */
export function defineSubmissionActions(clients: Pick<ActionClients, 'brandAction' | 'creatorAction'>, store: () => ObjectStore) {
  return {
    submit: clients.creatorAction(submitDeliverableSchema, (input, ctx) => submitDeliverable(ctx, input, store())),
    review: clients.brandAction(reviewSubmissionSchema, 'content.review', async (input, ctx) => ({
      ...(await reviewSubmission(ctx, input)),
      orgSlug: ctx.organization.slug,
    })),
  };
}
