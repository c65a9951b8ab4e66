import type { NewOffer, NewOfferRevision, OfferTerms } from '@/db/schema';
import type { CampaignSeed } from './campaigns';
import type { SeedContext } from './context';
import type { CreatorPlan } from './creator-plans';
import { formatHundredths, scaleMinor, sumMinor } from './decimal';
import { isProposal, negotiate, type NegotiationStep } from './negotiation';
import { isCommitted, outcomeMix, type OfferOutcome } from './offer-outcomes';
import type { Random } from './random';
import { addDays, addMinutes, atDay, earliest, momentBetween } from './time';

export interface OfferSeed {
  id: string;
  key: string;
  campaign: CampaignSeed;
  creator: CreatorPlan;
  outcome: OfferOutcome;
  priceMinor: number;
  terms: OfferTerms;
  /** The brand member who handled the offer (and signs its contract). */
  brandUserId: string;
  acceptedAt: Date | null;
  acceptedBy: 'brand' | 'creator' | null;
  /** The offer version that was accepted, which its contract snapshots. */
  acceptedVersion: number | null;
  acceptCorrelationId: string | null;
  completedAt: Date | null;
}

export interface OffersSeed {
  offers: NewOffer[];
  revisions: NewOfferRevision[];
  seeds: OfferSeed[];
}

function outcomesFor(campaign: CampaignSeed, random: Random): OfferOutcome[] {
  const mix = outcomeMix[campaign.status];
  const outcomes = random.shuffle([...mix.fixed, ...random.sample(mix.extras, random.int(0, 2))]);
  const demo = campaign.spec.demoCreator;
  if (!demo) return outcomes;
  const index = outcomes.indexOf(demo);
  if (index >= 0) outcomes.splice(index, 1);
  return [demo, ...outcomes];
}

/** When the brand first sent the offer: open offers are recent, the rest happened while recruiting. */
function openingMoment(campaign: CampaignSeed, outcome: OfferOutcome, rounds: number, random: Random): Date {
  const { publishedAt, startDate, haltedAt } = campaign.timeline;
  const from = addDays(publishedAt!, 1);
  if (outcome === 'pending' || outcome === 'counter') {
    return momentBetween(random, new Date(Math.max(from.getTime(), atDay(-14).getTime())), atDay(-2 - rounds * 3));
  }
  const deadline = earliest(startDate, haltedAt ?? startDate, atDay(0));
  return momentBetween(random, from, addDays(deadline, -(10 + rounds * 3)));
}

function completionMoment(campaign: CampaignSeed, random: Random): Date {
  const { completedAt, endDate } = campaign.timeline;
  return completedAt ? addDays(completedAt, -random.int(0, 2)) : addDays(endDate, random.int(1, 3));
}

/** The brand turns an offer down instead of committing more than the campaign's maximum budget. */
function rejectedForBudget(steps: NegotiationStep[]): NegotiationStep[] {
  const proposals = steps.filter(isProposal);
  const last = proposals.at(-1)!;
  const note = 'Out of budget for this campaign.';
  return [...proposals, { ...last, status: 'rejected', by: 'brand', action: 'reject_offer', note }];
}

export function buildOffers(ctx: SeedContext, campaigns: readonly CampaignSeed[], creators: readonly CreatorPlan[]): OffersSeed {
  const random = ctx.random('offers');
  const result: OffersSeed = { offers: [], revisions: [], seeds: [] };
  const demoCreator = creators.find((creator) => creator.isDemo)!;
  const pool = creators.filter((creator) => !creator.isDemo && !creator.suspended);

  for (const campaign of campaigns) {
    if (campaign.status === 'draft') continue;
    const outcomes = outcomesFor(campaign, random);
    const withDemo = campaign.spec.demoCreator ? [demoCreator] : [];
    const invited = [...withDemo, ...random.sample(pool, outcomes.length - withDemo.length)];
    const packageMinor = sumMinor(campaign.deliverables.map((deliverable) => deliverable.suggestedMinor * deliverable.count));
    let committedMinor = 0;

    for (const [index, creator] of invited.entries()) {
      let outcome = outcomes[index]!;
      let steps = negotiate(outcome, scaleMinor(packageMinor, random.int(85, 105), 500), random);
      const priceMinor = steps.at(-1)!.priceMinor;
      if (isCommitted(outcome) && committedMinor + priceMinor > campaign.budgetMaxMinor) {
        [outcome, steps] = ['rejected', rejectedForBudget(steps)];
      }
      if (isCommitted(outcome)) committedMinor += priceMinor;
      const brandUserId = random.pick(campaign.organization.memberIds);
      const key = `${campaign.key}-offer-${index}`;
      result.seeds.push(buildOfferHistory(ctx, result, { key, campaign, creator, outcome, steps, brandUserId, random }));
    }
  }
  return result;
}

interface OfferHistoryInput {
  key: string;
  campaign: CampaignSeed;
  creator: CreatorPlan;
  outcome: OfferOutcome;
  steps: NegotiationStep[];
  brandUserId: string;
  random: Random;
}

/** When each version was written: proposals a few hours apart, expiry a week after the last one. */
function stepMoments({ campaign, outcome, steps, random }: OfferHistoryInput): Date[] {
  const proposals = steps.filter(isProposal).length;
  const moments = [openingMoment(campaign, outcome, proposals, random)];
  for (const step of steps.slice(1)) {
    const previous = moments.at(-1)!;
    if (step.action === 'complete_offer') moments.push(completionMoment(campaign, random));
    else if (step.action === 'expire_offer') moments.push(addDays(previous, 7));
    else moments.push(addMinutes(previous, random.int(600, 3_600)));
  }
  return moments;
}

function offerTerms(campaign: CampaignSeed, priceMinor: number): OfferTerms {
  return {
    deliverables: campaign.deliverables.map((deliverable) => ({ deliverable_id: deliverable.id, count: deliverable.count })),
    milestones: [
      {
        name: 'Full payment on content approval',
        amount: formatHundredths(priceMinor),
        due_at: campaign.row.deliverableDeadline!.toISOString(),
      },
    ],
    payment_terms: 'Escrow funded when both parties sign; released to the creator when the brand approves the content.',
    usage_rights: { channels: ['instagram', 'tiktok', 'brand_website'], duration_days: 90, paid_ads_whitelisting: true },
    revisions: 2,
    deadlines: { publish_due: campaign.row.deliverableDeadline!.toISOString() },
  };
}

/** Writes the offer, one revision per version and one audit event per change; the offer row mirrors its latest version. */
function buildOfferHistory(ctx: SeedContext, result: OffersSeed, input: OfferHistoryInput): OfferSeed {
  const { key, campaign, creator, steps, brandUserId, random } = input;
  const id = ctx.id('offer', key);
  const moments = stepMoments(input);
  const actorOf = (step: NegotiationStep) => (step.by === 'brand' ? brandUserId : step.by === 'creator' ? creator.userId : null);
  const correlationIds = steps.map((step, index) => {
    const changedBy = actorOf(step);
    const snapshot = (version: NegotiationStep) => ({ status: version.status, price: formatHundredths(version.priceMinor) });
    result.revisions.push({
      id: ctx.id('offer-revision', `${key}-v${index + 1}`),
      offerId: id,
      version: index + 1,
      price: formatHundredths(step.priceMinor),
      currency: campaign.currency,
      terms: offerTerms(campaign, step.priceMinor),
      status: step.status,
      counterBy: step.counterBy,
      changedBy,
      note: step.note,
      createdAt: moments[index]!,
    });
    return ctx.audit.record({
      actor: changedBy ? { userId: changedBy, audience: step.by === 'creator' ? 'creator' : 'brand' } : 'system',
      action: step.action,
      resourceType: 'offer',
      resourceId: id,
      at: moments[index]!,
      metadata: {
        campaign_id: campaign.id,
        version: index + 1,
        before: index > 0 ? snapshot(steps[index - 1]!) : undefined,
        after: snapshot(step),
      },
    });
  });

  const indexOf = (status: NegotiationStep['status']) => steps.findIndex((step) => step.status === status);
  const momentOf = (status: NegotiationStep['status']) => (indexOf(status) >= 0 ? moments[indexOf(status)]! : null);
  const lastProposal = steps.findLastIndex(isProposal);
  const last = steps.at(-1)!;
  const open = isProposal(last);
  const terms = offerTerms(campaign, last.priceMinor);
  const accepted = indexOf('accepted');
  result.offers.push({
    id,
    campaignId: campaign.id,
    influencerId: creator.userId,
    organizationId: campaign.organization.id,
    price: formatHundredths(last.priceMinor),
    currency: campaign.currency,
    terms,
    status: last.status,
    version: steps.length,
    counterBy: last.counterBy,
    initiatedBy: 'brand',
    createdBy: brandUserId,
    rejectionReason: last.status === 'rejected' ? last.note : null,
    // Open offers stay answerable well past the anchor day; every proposal was valid for a week.
    expiresAt: open ? atDay(random.int(30, 60)) : addDays(moments[lastProposal]!, 7),
    createdAt: moments[0]!,
    updatedAt: moments.at(-1)!,
    acceptedAt: momentOf('accepted'),
    rejectedAt: momentOf('rejected'),
  });
  return {
    id,
    key,
    campaign,
    creator,
    outcome: input.outcome,
    priceMinor: last.priceMinor,
    terms,
    brandUserId,
    acceptedAt: momentOf('accepted'),
    acceptedBy: accepted >= 0 ? (steps[accepted]!.by === 'creator' ? 'creator' : 'brand') : null,
    acceptedVersion: accepted >= 0 ? accepted + 1 : null,
    acceptCorrelationId: accepted >= 0 ? correlationIds[accepted]! : null,
    completedAt: momentOf('completed'),
  };
}
