import type { CampaignStatus, Platform } from '@/db/schema';
import type { CampaignSeed } from './campaigns';
import type { SeedContext } from './context';
import type { Random } from './random';
import { addDays, addMinutes, atDay, clickhouseDateTime } from './time';

export const metricTypes = ['impressions', 'reach', 'clicks', 'engagement', 'video_views'] as const;
export type MetricType = (typeof metricTypes)[number];

export const metricDays = 90;
export const campaignStatusesWithMetrics: readonly CampaignStatus[] = ['published', 'active', 'paused', 'completed', 'disputed'];

/** One row of ClickHouse metric_snapshots, as JSONEachRow. */
export interface MetricSnapshotRow {
  id: string;
  campaign_id: string;
  platform: Platform;
  metric_type: MetricType;
  metric_value: number;
  data: { post_id: string; deliverable_type: string };
  provenance: { source: 'seed'; pull_time: string };
  created_at: string;
}

const videoShare: Record<Platform, [number, number]> = {
  youtube: [55, 80],
  tiktok: [50, 75],
  instagram: [25, 45],
  twitter: [8, 18],
};

/** Share of a full day's reach, by day: ramps up after launch, dips when paused, tails off at the end. */
function activityPercent(campaign: CampaignSeed, day: Date, random: Random): number {
  const { startDate, endDate, haltedAt } = campaign.timeline;
  if (campaign.status === 'published' || day < startDate) return random.int(3, 9);
  if (campaign.status === 'paused' && haltedAt && day >= haltedAt) return random.int(2, 6);
  const sinceStart = Math.floor((day.getTime() - startDate.getTime()) / 86_400_000);
  const untilEnd = Math.floor((endDate.getTime() - day.getTime()) / 86_400_000);
  const ramp = Math.min(100, 25 + sinceStart * 8);
  const tail = untilEnd < 10 ? 40 + untilEnd * 6 : 100;
  const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6 ? 115 : 100;
  return Math.round((Math.min(ramp, tail) * weekend * random.int(85, 115)) / 10_000);
}

/** The last day a campaign's metrics cover: its end for finished campaigns, otherwise the day before the anchor. */
function lastMetricDay(campaign: CampaignSeed): Date {
  const finished = campaign.status === 'completed' || campaign.status === 'disputed';
  const end = finished ? campaign.timeline.endDate : atDay(-1);
  return atDay(Math.floor((end.getTime() - atDay(0).getTime()) / 86_400_000));
}

export function buildMetricRows(ctx: SeedContext, campaigns: readonly CampaignSeed[]): MetricSnapshotRow[] {
  const random = ctx.random('metrics');
  const rows: MetricSnapshotRow[] = [];
  for (const campaign of campaigns) {
    if (!campaignStatusesWithMetrics.includes(campaign.status)) continue;
    const lastDay = lastMetricDay(campaign);
    const engagementPermille = random.int(20, 60);
    const clickPermille = random.int(4, 15);
    for (const platform of campaign.platforms) {
      const dailyImpressions = Math.round((campaign.budgetMaxMinor / 100) * (random.int(20, 60) / 10));
      for (let offset = metricDays - 1; offset >= 0; offset -= 1) {
        const day = addDays(lastDay, -offset);
        const deliverable = campaign.deliverables[offset % campaign.deliverables.length]!;
        const impressions = Math.round((dailyImpressions * activityPercent(campaign, day, random)) / 100);
        const values: Record<MetricType, number> = {
          impressions,
          reach: Math.round((impressions * random.int(55, 75)) / 100),
          clicks: Math.round((impressions * clickPermille) / 1_000),
          engagement: Math.round((impressions * engagementPermille) / 1_000),
          video_views: Math.round((impressions * random.int(...videoShare[platform])) / 100),
        };
        const pulledAt = addMinutes(day, random.int(300, 420));
        const postId = `seed-${campaign.key}-${platform}-${Math.floor(offset / 7)}`;
        for (const metricType of metricTypes) {
          rows.push({
            id: ctx.id('metric', `${campaign.key}-${platform}-${offset}-${metricType}`),
            campaign_id: campaign.id,
            platform,
            metric_type: metricType,
            metric_value: values[metricType],
            data: { post_id: postId, deliverable_type: deliverable.type },
            provenance: { source: 'seed', pull_time: pulledAt.toISOString() },
            created_at: clickhouseDateTime(pulledAt),
          });
        }
      }
    }
  }
  return rows;
}
