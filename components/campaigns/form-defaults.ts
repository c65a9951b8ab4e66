import type { CampaignRow, DeliverableRow } from '@/lib/campaigns/queries';
import { dateInputValue } from './format';

/** A stored list as the textarea shows it: one entry per line. */
export const asLines = (value: unknown) =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').join('\n') : '';

export interface CampaignFormDefaults {
  title: string;
  description: string;
  objectives: string;
  tone: string;
  keyMessages: string;
  dos: string;
  donts: string;
  hashtags: string;
  mentions: string;
  budgetMin: string;
  budgetMax: string;
  currency: string;
  startDate: string;
  endDate: string;
  deliverableDeadline: string;
  submissionDeadline: string;
  contentApprovalRequired: boolean;
}

export const newCampaignDefaults = (currency: string): CampaignFormDefaults => ({
  title: '',
  description: '',
  objectives: '',
  tone: '',
  keyMessages: '',
  dos: '',
  donts: '',
  hashtags: '',
  mentions: '',
  budgetMin: '',
  budgetMax: '',
  currency,
  startDate: '',
  endDate: '',
  deliverableDeadline: '',
  submissionDeadline: '',
  contentApprovalRequired: true,
});

export function campaignDefaults(campaign: CampaignRow): CampaignFormDefaults {
  const brief = campaign.brief ?? {};
  return {
    title: campaign.title,
    description: campaign.description ?? '',
    objectives: asLines(brief.objectives),
    tone: typeof brief.tone === 'string' ? brief.tone : '',
    keyMessages: asLines(brief.key_messages),
    dos: asLines(brief.dos),
    donts: asLines(brief.donts),
    hashtags: asLines(brief.hashtags),
    mentions: asLines(brief.mentions),
    budgetMin: campaign.budgetMin ?? '',
    budgetMax: campaign.budgetMax ?? '',
    currency: campaign.currency,
    startDate: dateInputValue(campaign.startDate),
    endDate: dateInputValue(campaign.endDate),
    deliverableDeadline: dateInputValue(campaign.deliverableDeadline),
    submissionDeadline: dateInputValue(campaign.submissionDeadline),
    contentApprovalRequired: campaign.contentApprovalRequired,
  };
}

export interface DeliverableFormDefaults {
  type: string;
  count: string;
  priceMin: string;
  priceSuggested: string;
  priceMax: string;
  instructions: string;
  guidelineHashtags: string;
  guidelineMentions: string;
  guidelineLinks: string;
}

export const newDeliverableDefaults: DeliverableFormDefaults = {
  type: '',
  count: '1',
  priceMin: '',
  priceSuggested: '',
  priceMax: '',
  instructions: '',
  guidelineHashtags: '',
  guidelineMentions: '',
  guidelineLinks: '',
};

export function deliverableDefaults(deliverable: DeliverableRow): DeliverableFormDefaults {
  const guidelines = deliverable.guidelines ?? {};
  return {
    type: deliverable.type,
    count: String(deliverable.count),
    priceMin: deliverable.priceMin ?? '',
    priceSuggested: deliverable.priceSuggested ?? '',
    priceMax: deliverable.priceMax ?? '',
    instructions: deliverable.instructions ?? '',
    guidelineHashtags: asLines(guidelines.hashtags),
    guidelineMentions: asLines(guidelines.mentions),
    guidelineLinks: asLines(guidelines.links),
  };
}
