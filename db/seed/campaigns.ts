import type {
  CampaignBrief,
  CampaignStatus,
  DeliverableGuidelines,
  DeliverableType,
  NewCampaign,
  NewDeliverable,
  Platform,
} from '@/db/schema';
import { campaignTimeline, type CampaignTimeline } from './campaign-timeline';
import { campaignCatalog, type CampaignSpec } from './catalog/campaigns';
import type { SeedContext } from './context';
import { formatHundredths, scaleMinor, sumMinor } from './decimal';
import { maxCommitted } from './offer-outcomes';
import type { OrganizationSeed } from './organizations';
import { addDays, addMinutes } from './time';

/** Typical price of one deliverable, in minor units of any of the seeded currencies. */
const typicalPriceMinor: Record<DeliverableType, number> = {
  static_post: 35_000,
  carousel: 45_000,
  story: 15_000,
  reel: 70_000,
  video_ad: 150_000,
  unboxing: 60_000,
  review: 90_000,
};

const instructions: Record<DeliverableType, string> = {
  static_post: 'One feed post with the product clearly visible in the first image.',
  carousel: 'A carousel of 5-8 slides; the first slide must work on its own.',
  story: 'A story sequence with a link sticker to the campaign landing page.',
  reel: 'A 9:16 vertical video of 15-60 seconds with the hook in the first two seconds.',
  video_ad: 'A 60-120 second video the brand may also run as a paid ad for 90 days.',
  unboxing: 'An unboxing filmed in one take, showing the packaging and first impressions.',
  review: 'An honest long-form review after at least two weeks of use.',
};

const sharedDos = ['Disclose the partnership with #ad at the start of the caption', 'Reply to comments in the first 24 hours'];
const sharedDonts = ["Don't buy engagement or use engagement pods", "Don't repost the content before approval"];

export interface DeliverableSeed {
  id: string;
  type: DeliverableType;
  count: number;
  suggestedMinor: number;
  instructions: string;
}

export interface CampaignSeed {
  id: string;
  key: string;
  spec: CampaignSpec;
  organization: OrganizationSeed;
  status: CampaignStatus;
  currency: string;
  timeline: CampaignTimeline;
  platforms: Platform[];
  budgetMaxMinor: number;
  deliverables: DeliverableSeed[];
  row: NewCampaign & { id: string };
}

export interface CampaignsSeed {
  campaigns: CampaignSeed[];
  deliverables: NewDeliverable[];
}

export function buildCampaigns(ctx: SeedContext, organizations: readonly OrganizationSeed[]): CampaignsSeed {
  const random = ctx.random('campaigns');
  const result: CampaignsSeed = { campaigns: [], deliverables: [] };
  for (const [index, spec] of campaignCatalog.entries()) {
    const organization = organizations.find((candidate) => candidate.spec.slug === spec.org);
    if (!organization) throw new Error(`campaign "${spec.title}" names an unknown organization ${spec.org}`);
    const key = `campaign-${index}`;
    const id = ctx.id('campaign', key);
    const timeline = campaignTimeline(spec.status, random);
    const author = random.pick(organization.memberIds);
    const mentions = [organization.spec.instagram];
    const hashtags = [spec.hashtag, organization.spec.hashtag, '#ad'];

    const deliverables: DeliverableSeed[] = spec.deliverables.map(([type, count], position) => ({
      id: ctx.id('deliverable', `${key}-${position}`),
      type,
      count,
      suggestedMinor: scaleMinor(typicalPriceMinor[type], random.int(80, 130), 1_000),
      instructions: instructions[type],
    }));
    for (const deliverable of deliverables) {
      const guidelines: DeliverableGuidelines = { hashtags, mentions, disclosure: '#ad in the first line of the caption' };
      result.deliverables.push({
        id: deliverable.id,
        campaignId: id,
        type: deliverable.type,
        count: deliverable.count,
        priceMin: formatHundredths(scaleMinor(deliverable.suggestedMinor, 70, 1_000)),
        priceSuggested: formatHundredths(deliverable.suggestedMinor),
        priceMax: formatHundredths(scaleMinor(deliverable.suggestedMinor, 140, 1_000)),
        instructions: deliverable.instructions,
        guidelines,
        createdAt: timeline.createdAt,
        updatedAt: timeline.createdAt,
      });
    }

    const packageMinor = sumMinor(deliverables.map((deliverable) => deliverable.suggestedMinor * deliverable.count));
    // Room for every contract the campaign may get, each up to ~25 % above the suggested package.
    const budgetMaxMinor = scaleMinor(packageMinor, 125 * Math.max(3, maxCommitted(spec.status) + 1), 10_000);
    const brief: CampaignBrief = {
      objectives: spec.objectives,
      tone: spec.tone,
      key_messages: spec.keyMessages,
      dos: [spec.do, ...sharedDos],
      donts: [spec.dont, ...sharedDonts],
      hashtags,
      mentions,
      platforms: spec.platforms,
    };
    const lastChange = timeline.completedAt ?? timeline.haltedAt ?? timeline.publishedAt ?? timeline.createdAt;
    const row: CampaignSeed['row'] = {
      id,
      organizationId: organization.id,
      title: spec.title,
      description: spec.description,
      brief,
      status: spec.status,
      budgetMin: formatHundredths(scaleMinor(budgetMaxMinor, 60, 10_000)),
      budgetMax: formatHundredths(budgetMaxMinor),
      budgetSpent: '0.00',
      currency: organization.spec.currency,
      startDate: timeline.startDate,
      endDate: timeline.endDate,
      deliverableDeadline: addDays(timeline.endDate, -7),
      submissionDeadline: addDays(timeline.endDate, -14),
      contentApprovalRequired: !random.chance(0.15),
      createdAt: timeline.createdAt,
      updatedAt: lastChange,
      publishedAt: timeline.publishedAt,
      completedAt: timeline.completedAt,
    };
    result.campaigns.push({
      id,
      key,
      spec,
      organization,
      status: spec.status,
      currency: organization.spec.currency,
      timeline,
      platforms: spec.platforms,
      budgetMaxMinor,
      deliverables,
      row,
    });
    recordCampaignHistory(ctx, row, timeline, author, organization.ownerId);
  }
  return result;
}

function recordCampaignHistory(
  ctx: SeedContext,
  row: CampaignSeed['row'],
  timeline: CampaignTimeline,
  authorId: string,
  ownerId: string,
) {
  const author = { userId: authorId, audience: 'brand' } as const;
  const owner = { userId: ownerId, audience: 'brand' } as const;
  const base = { resourceType: 'campaign', resourceId: row.id };
  const transition = (from: CampaignStatus, to: CampaignStatus) => ({ before: { status: from }, after: { status: to } });
  ctx.audit.record({
    ...base,
    actor: author,
    action: 'create_campaign',
    at: timeline.createdAt,
    metadata: { after: { title: row.title, status: 'draft', budget_max: row.budgetMax, currency: row.currency } },
  });
  if (!timeline.publishedAt) return;
  ctx.audit.record({
    ...base,
    actor: owner,
    action: 'publish_campaign',
    at: timeline.publishedAt,
    metadata: transition('draft', 'published'),
  });
  if (row.status === 'published') return;
  ctx.audit.record({
    ...base,
    actor: 'system',
    action: 'activate_campaign',
    at: addMinutes(timeline.startDate, 5),
    metadata: transition('published', 'active'),
  });
  if (row.status === 'cancelled') {
    ctx.audit.record({
      ...base,
      actor: owner,
      action: 'cancel_campaign',
      at: timeline.haltedAt!,
      metadata: { ...transition('active', 'cancelled'), reason: row.description },
    });
  }
  if (row.status === 'paused') {
    ctx.audit.record({
      ...base,
      actor: owner,
      action: 'pause_campaign',
      at: timeline.haltedAt!,
      metadata: transition('active', 'paused'),
    });
  }
  if (row.status === 'completed') {
    ctx.audit.record({
      ...base,
      actor: owner,
      action: 'complete_campaign',
      at: timeline.completedAt!,
      metadata: transition('active', 'completed'),
    });
  }
}
