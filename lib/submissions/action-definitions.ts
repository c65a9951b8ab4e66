import type { createActionClients } from '@/lib/actions/clients';
import { settleAfterCommit } from '@/lib/payments/settle';
import type { ObjectStore } from '@/lib/storage';
import { reviewSubmission } from './review';
import { reviewSubmissionSchema, submitDeliverableSchema } from './schemas';
import { submitDeliverable } from './submit';

type ActionClients = ReturnType<typeof createActionClients>;

/** Defined once over the action clients: the app wires them to the real session, tests to a fake one. */
export function defineSubmissionActions(clients: Pick<ActionClients, 'brandAction' | 'creatorAction'>, store: () => ObjectStore) {
  return {
    submit: clients.creatorAction(submitDeliverableSchema, async (input, ctx) => {
      const result = await submitDeliverable(ctx, input, store());
      // A completed contract's held money is released now rather than by the next payments-settle run.
      if (result.completed) await settleAfterCommit(ctx, result.contractId);
      return result;
    }),
    review: clients.brandAction(reviewSubmissionSchema, 'content.review', async (input, ctx) => {
      const result = await reviewSubmission(ctx, input);
      if (result.completed) await settleAfterCommit(ctx, result.contractId);
      return { ...result, orgSlug: ctx.organization.slug };
    }),
  };
}
