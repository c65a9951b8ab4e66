import type { CampaignStatus, DeliverableType, Platform } from '@/db/schema';
import type { OfferOutcome } from '../offer-outcomes';

export interface CampaignSpec {
  org: string;
  title: string;
  status: CampaignStatus;
  description: string;
  objectives: string[];
  tone: string;
  keyMessages: string[];
  do: string;
  dont: string;
  hashtag: string;
  platforms: Platform[];
  deliverables: [DeliverableType, number][];
  /** What the demo creator's offer on this campaign came to, so that account has something in every state. */
  demoCreator?: OfferOutcome;
}

export const awareness = 'Build awareness with a new audience';
export const sales = 'Drive tracked sales with a creator discount code';
export const content = 'Collect authentic content the brand can reuse on paid social';
