import type { createActionClients } from '@/lib/actions/clients';
import type { ObjectStore } from '@/lib/storage';
import { openDispute, respondToDispute } from './open';
import { escalateDispute, resolveDispute } from './resolve';
import {
  escalateDisputeSchema,
  openBrandDisputeSchema,
  openDisputeSchema,
  resolveDisputeSchema,
  respondBrandDisputeSchema,
  respondDisputeSchema,
} from './schemas';

type ActionClients = ReturnType<typeof createActionClients>;

/** Defined once over the action clients: the app wires them to the real session, tests to a fake one. */
export function defineDisputeActions(
  clients: Pick<ActionClients, 'adminAction' | 'brandAction' | 'creatorAction'>,
  store: () => ObjectStore,
) {
  return {
    brandOpen: clients.brandAction(openBrandDisputeSchema, 'dispute.manage', (input, ctx) =>
      openDispute(ctx, { side: 'brand', organizationId: ctx.organization.id }, input, store()),
    ),
    creatorOpen: clients.creatorAction(openDisputeSchema, (input, ctx) =>
      openDispute(ctx, { side: 'influencer', userId: ctx.actor.userId }, input, store()),
    ),
    brandRespond: clients.brandAction(respondBrandDisputeSchema, 'dispute.manage', (input, ctx) =>
      respondToDispute(ctx, { side: 'brand', organizationId: ctx.organization.id }, input, store()),
    ),
    creatorRespond: clients.creatorAction(respondDisputeSchema, (input, ctx) =>
      respondToDispute(ctx, { side: 'influencer', userId: ctx.actor.userId }, input, store()),
    ),
    resolve: clients.adminAction(resolveDisputeSchema, (input, ctx) => resolveDispute(ctx, input), { allowSupport: true }),
    escalate: clients.adminAction(escalateDisputeSchema, (input, ctx) => escalateDispute(ctx, input), { allowSupport: true }),
  };
}
