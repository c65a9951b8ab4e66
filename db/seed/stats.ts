import type { FakeFollowerRisk, NewInfluencerStatsSnapshot, Platform } from '@/db/schema';
import type { SeedContext } from './context';
import type { CreatorPlan } from './creator-plans';
import { formatHundredths } from './decimal';
import { snapshotDataHash, snapshotHashFields } from './snapshot-hash';
import { atDay } from './time';

/** Risk bands on the 0-100 fake-follower score, in hundredths: below 30 is low, below 60 medium. */
export const riskBands = { mediumFrom: 3_000, highFrom: 6_000 } as const;

export function fakeFollowerRisk(scoreHundredths: number): FakeFollowerRisk {
  if (scoreHundredths >= riskBands.highFrom) return 'high';
  return scoreHundredths >= riskBands.mediumFrom ? 'medium' : 'low';
}

/** One snapshot a month for six months, the last one the day before the anchor. */
export const snapshotDays = [-180, -150, -120, -90, -60, -30, -1] as const;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Typical engagement falls as an audience grows: ~8 % at 2k followers, ~1.5 % at 1M (in hundredths of a percent). */
function typicalEngagementHundredths(followers: number): number {
  return Math.round(900 - 105 * Math.log(followers / 1_000));
}

export interface StatsHistory {
  rows: NewInfluencerStatsSnapshot[];
  latestFollowers: Map<string, Map<Platform, number>>;
}

export function buildStatsHistory(ctx: SeedContext, plans: readonly CreatorPlan[]): StatsHistory {
  const random = ctx.random('stats');
  const rows: NewInfluencerStatsSnapshot[] = [];
  const latestFollowers = new Map<string, Map<Platform, number>>();

  for (const plan of plans) {
    const perPlatform = new Map<Platform, number>();
    const syncMinute = random.int(60, 360);
    const risky = plan.riskScoreHundredths >= riskBands.mediumFrom;
    for (const platformPlan of plan.platforms) {
      let followers = platformPlan.startFollowers;
      let previous: number | undefined;
      let posts = random.int(40, 900);
      const following = random.int(80, 1_800);
      const userSubmitted = random.chance(0.12);
      for (const day of snapshotDays) {
        if (previous !== undefined) {
          const growthBp = platformPlan.monthlyGrowthBp + random.int(-120, 120);
          followers = Math.max(500, Math.round((followers * (10_000 + growthBp)) / 10_000));
          posts += random.int(4, 18);
        }
        // Bought followers do not engage: a risky account's rate is well below what its size predicts.
        const engagementHundredths = clamp(
          Math.round((typicalEngagementHundredths(followers) * (risky ? 40 : 100)) / 100) + random.int(-35, 35),
          20,
          2_500,
        );
        const engagementCount = Math.round((followers * engagementHundredths) / 10_000);
        const averageComments = Math.round(engagementCount * (0.04 + random.next() * 0.06));
        const reach = Math.round(followers * (0.22 + random.next() * 0.38));
        const riskScore = clamp(plan.riskScoreHundredths + random.int(-250, 250), 0, 10_000);
        const authenticity = clamp(100 - Math.round(riskScore / 100) + random.int(-3, 3), 0, 100);
        const snapshotAt = atDay(day, syncMinute);
        const row = {
          id: ctx.id('stats', `${plan.key}-${platformPlan.platform}-${day}`),
          userId: plan.userId,
          platform: platformPlan.platform,
          followers,
          following,
          posts,
          engagementRate: formatHundredths(engagementHundredths),
          engagementCount,
          averageLikes: engagementCount - averageComments,
          averageComments,
          reach,
          impressions: Math.round(reach * (1.3 + random.next() * 0.9)),
          audienceGrowth:
            previous === undefined
              ? null
              : formatHundredths(clamp(Math.round(((followers - previous) * 10_000) / previous), -99_999, 99_999)),
          authenticityScore: formatHundredths(authenticity),
          fakeFollowerRisk: fakeFollowerRisk(riskScore),
          fakeFollowerRiskScore: formatHundredths(riskScore),
          lastSync: userSubmitted ? null : snapshotAt,
          snapshotAt,
          dataSource: userSubmitted ? ('user_submitted' as const) : ('platform_api' as const),
        };
        rows.push({ ...row, dataHash: snapshotDataHash(snapshotHashFields(row)) });
        previous = followers;
      }
      perPlatform.set(platformPlan.platform, followers);
    }
    latestFollowers.set(plan.userId, perPlatform);
  }
  return { rows, latestFollowers };
}
