import type { createActionClients } from '@/lib/actions/clients';
import { acceptOffer } from './accept';
import { applyToCampaign } from './apply';
import { counterOffer } from './counter';
import { inviteCreator } from './invite';
import { rejectOffer } from './reject';
import {
  applyOfferSchema,
  brandAcceptSchema,
  brandCounterSchema,
  brandRejectSchema,
  creatorAcceptSchema,
  creatorCounterSchema,
  creatorRejectSchema,
  inviteOfferSchema,
  termsOf,
} from './schemas';

type ActionClients = ReturnType<typeof createActionClients>;

/**
 * The offer server actions, defined once over the action clients so the app wires them to the real session and tests
 * to a fake one. Accepting asks for 'offer.negotiate' here; acceptOffer itself requires 'offer.accept' and says so.
 */
export function defineOfferActions(clients: Pick<ActionClients, 'brandAction' | 'creatorAction'>) {
  const { brandAction, creatorAction } = clients;
  return {
    invite: brandAction(inviteOfferSchema, 'offer.negotiate', (input, ctx) =>
      inviteCreator(ctx, { campaignId: input.campaignId, creatorId: input.creatorId, terms: termsOf(input) }),
    ),
    applyToCampaign: creatorAction(applyOfferSchema, (input, ctx) =>
      applyToCampaign(ctx, { campaignId: input.campaignId, terms: termsOf(input) }),
    ),
    brandCounter: brandAction(brandCounterSchema, 'offer.negotiate', (input, ctx) =>
      counterOffer(ctx, { offerId: input.offerId, version: input.version, terms: termsOf(input) }),
    ),
    creatorCounter: creatorAction(creatorCounterSchema, (input, ctx) =>
      counterOffer(ctx, { offerId: input.offerId, version: input.version, terms: termsOf(input) }),
    ),
    brandAccept: brandAction(brandAcceptSchema, 'offer.negotiate', (input, ctx) => acceptOffer(ctx, input)),
    creatorAccept: creatorAction(creatorAcceptSchema, (input, ctx) => acceptOffer(ctx, input)),
    brandReject: brandAction(brandRejectSchema, 'offer.negotiate', (input, ctx) => rejectOffer(ctx, input)),
    creatorReject: creatorAction(creatorRejectSchema, (input, ctx) => rejectOffer(ctx, input)),
  };
}
