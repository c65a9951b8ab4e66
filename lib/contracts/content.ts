import type { Campaign, CampaignBrief, Deliverable, DeliverableType, Offer, OfferTerms } from '@/db/schema';

export const contractSchemaVersion = 1;

/** The rows a contract is built from, loaded by the caller. */
export interface ContractSources {
  offer: Pick<Offer, 'id' | 'version' | 'price' | 'currency' | 'terms'>;
  campaign: Pick<
    Campaign,
    | 'id'
    | 'title'
    | 'description'
    | 'brief'
    | 'startDate'
    | 'endDate'
    | 'deliverableDeadline'
    | 'submissionDeadline'
    | 'contentApprovalRequired'
  >;
  deliverables: Pick<Deliverable, 'id' | 'type' | 'count' | 'instructions' | 'guidelines'>[];
  organization: { id: string; name: string; country: string };
  billing: {
    legalName: string | null;
    addressLine1: string | null;
    addressLine2: string | null;
    city: string | null;
    postalCode: string | null;
    country: string | null;
  } | null;
  creator: { userId: string; displayName: string | null; country: string | null };
  createdAt: Date;
}

export interface ContractDeliverable {
  id: string;
  type: DeliverableType;
  platform: string | null;
  title: string;
  description: string | null;
  count: number;
}

export interface ContractMilestone {
  name: string;
  amount: string;
  due_at: string | null;
}

export interface ContractContent {
  schema_version: number;
  offer: { id: string; version: number; price: string; currency: string; terms: OfferTerms };
  campaign: {
    id: string;
    title: string;
    description: string | null;
    brief: CampaignBrief | null;
    dates: { start: string | null; end: string | null; deliverable_deadline: string | null; submission_deadline: string | null };
    content_approval_required: boolean;
  };
  deliverables: ContractDeliverable[];
  brand: { organization_id: string; name: string; legal_name: string | null; address: string | null; country: string };
  creator: { user_id: string; display_name: string; country: string | null };
  clauses: {
    usage_rights: { channels: string[]; duration_days: number | null; paid_ads_whitelisting: boolean; text: string };
    disclosure: { text: string };
    revisions: { count: number; text: string };
    payment: { currency: string; total: string; milestones: ContractMilestone[]; text: string };
    cancellation: { text: string };
  };
  created_at: string;
}

const typeTitles: Record<DeliverableType, string> = {
  static_post: 'Static post',
  carousel: 'Carousel',
  reel: 'Reel',
  story: 'Story',
  video_ad: 'Video ad',
  unboxing: 'Unboxing',
  review: 'Review',
};

const iso = (value: Date | null) => (value ? value.toISOString() : null);

function addressOf(billing: ContractSources['billing']): string | null {
  if (!billing) return null;
  const cityLine = [billing.postalCode, billing.city].filter(Boolean).join(' ');
  const parts = [billing.addressLine1, billing.addressLine2, cityLine, billing.country].filter((part) => part && part.trim());
  return parts.length > 0 ? parts.join(', ') : null;
}

function deliverablesOf(sources: ContractSources): ContractDeliverable[] {
  const agreed = sources.offer.terms?.deliverables;
  const counts = new Map((agreed ?? []).map((item) => [item.deliverable_id, item.count]));
  // Without per-deliverable terms the offer covers every deliverable of the campaign at its planned count.
  const included = agreed ? sources.deliverables.filter((item) => counts.has(item.id)) : sources.deliverables;
  return included.map((item) => {
    const platform = item.guidelines?.platform;
    return {
      id: item.id,
      type: item.type,
      platform: typeof platform === 'string' ? platform : null,
      title: typeTitles[item.type],
      description: item.instructions,
      count: counts.get(item.id) ?? item.count,
    };
  });
}

function usageRightsOf(terms: OfferTerms) {
  const rights = terms.usage_rights;
  const channels = rights?.channels ?? [];
  const durationDays = rights?.duration_days ?? null;
  const whitelisting = rights?.paid_ads_whitelisting ?? false;
  const where = channels.length > 0 ? `on ${channels.join(', ')}` : 'on the channels where it is published';
  const howLong = durationDays ? `for ${durationDays} days from publication` : 'for the duration of the campaign';
  const ads = whitelisting
    ? 'The brand may run the content as paid ads from the creator’s account (whitelisting).'
    : 'The brand may not run the content as paid ads without a new agreement.';
  return {
    channels,
    duration_days: durationDays,
    paid_ads_whitelisting: whitelisting,
    text: `The creator grants the brand a non-exclusive licence to use the delivered content ${where} ${howLong}. ${ads}`,
  };
}

/** The frozen contract document: a snapshot of the accepted offer version, the campaign, both parties and the clauses. */
export function buildContractContent(sources: ContractSources): ContractContent {
  const { offer, campaign, organization, creator } = sources;
  const terms = offer.terms ?? {};
  const revisions = terms.revisions ?? 0;
  const milestones = (terms.milestones ?? []).map((milestone) => ({
    name: milestone.name,
    amount: milestone.amount,
    due_at: milestone.due_at ?? null,
  }));
  return {
    schema_version: contractSchemaVersion,
    offer: { id: offer.id, version: offer.version, price: offer.price, currency: offer.currency, terms },
    campaign: {
      id: campaign.id,
      title: campaign.title,
      description: campaign.description,
      brief: campaign.brief ?? null,
      dates: {
        start: iso(campaign.startDate),
        end: iso(campaign.endDate),
        deliverable_deadline: iso(campaign.deliverableDeadline),
        submission_deadline: iso(campaign.submissionDeadline),
      },
      content_approval_required: campaign.contentApprovalRequired,
    },
    deliverables: deliverablesOf(sources),
    brand: {
      organization_id: organization.id,
      name: organization.name,
      legal_name: sources.billing?.legalName ?? null,
      address: addressOf(sources.billing),
      country: organization.country,
    },
    creator: { user_id: creator.userId, display_name: creator.displayName ?? 'Creator', country: creator.country },
    clauses: {
      usage_rights: usageRightsOf(terms),
      disclosure: {
        text: 'Every post made under this contract must be clearly marked as advertising: #ad in the caption and the platform’s paid-partnership label where the platform offers one.',
      },
      revisions: {
        count: revisions,
        text:
          revisions === 1
            ? 'The brand may request changes to each deliverable once.'
            : `The brand may request changes to each deliverable up to ${revisions} times.`,
      },
      payment: {
        currency: offer.currency,
        total: offer.price,
        milestones,
        text: `The brand pays ${offer.price} ${offer.currency} in total. The escrow is funded when both parties have signed and each milestone is released to the creator when the brand approves the work it covers.`,
      },
      cancellation: {
        text: 'This contract can be cancelled by mutual agreement of both parties or by Pactly staff. Money still held in escrow when it is cancelled is refunded to the brand; payments already released stay with the creator.',
      },
    },
    created_at: sources.createdAt.toISOString(),
  };
}
