import { platforms, type Platform } from '@/db/schema';
import type { SeedContext } from './context';
import { demoAccounts } from './demo-accounts';
import { asciiSlug, creatorLocales, firstNames, lastNames, niches, type Locale, type Niche } from './names';
import type { Random } from './random';
import { atDay } from './time';

export interface PlatformPlan {
  platform: Platform;
  username: string;
  /** Followers at the first snapshot, ~180 days before the anchor. */
  startFollowers: number;
  /** Mean follower growth per month, in basis points (150 = 1.5 %). */
  monthlyGrowthBp: number;
}

export interface CreatorPlan {
  key: string;
  userId: string;
  email: string;
  displayName: string;
  niche: Niche;
  locale: Locale;
  suspended: boolean;
  isDemo: boolean;
  joinedAt: Date;
  /** Fake-follower risk, in hundredths of a point on the 0-100 scale. */
  riskScoreHundredths: number;
  platforms: PlatformPlan[];
}

export const demoCreatorCount = 120;
const suspendedCreators = 3;
const mediumRiskCreators = 8;

/** Log-uniform audience sizes between ~2k and ~1.5M, which is how creator audiences are spread. */
function audienceSize(random: Random): number {
  return Math.round(2_000 * Math.exp(random.next() * Math.log(750)));
}

export function planCreators(ctx: SeedContext, count = demoCreatorCount): CreatorPlan[] {
  const random = ctx.random('creators');
  const demoName = 'Ava Thornton';
  const otherNames = random.shuffle(
    firstNames.flatMap((first) => lastNames.map((last) => `${first} ${last}`)).filter((name) => name !== demoName),
  );
  const allNames = [demoName, ...otherNames.slice(0, count - 1)];
  const usedHandles = new Set<string>();
  const usedEmails = new Set<string>();
  const plans: CreatorPlan[] = [];

  for (const [index, displayName] of allNames.entries()) {
    const isDemo = index === 0;
    const niche = isDemo ? niches[0]! : random.pick(niches);
    const [first = '', ...rest] = displayName.split(' ');
    const last = rest.join(' ');
    let handle = isDemo
      ? 'ava.outdoors'
      : random.chance(0.5)
        ? `${asciiSlug(first)}.${random.pick(niche.handleWords)}`
        : `${asciiSlug(first)}${asciiSlug(last)}`;
    while (usedHandles.has(handle)) handle = `${handle}${random.int(1, 9)}`;
    usedHandles.add(handle);

    let email = isDemo ? demoAccounts.influencer.email : `${asciiSlug(first)}.${asciiSlug(last)}@creators.test`;
    while (usedEmails.has(email)) email = email.replace('@', `${random.int(1, 9)}@`);
    usedEmails.add(email);

    const suspended = !isDemo && index > count - 1 - suspendedCreators;
    const mediumRisk = !isDemo && !suspended && index % Math.floor(count / mediumRiskCreators) === 7;
    const riskScoreHundredths = suspended
      ? random.int(6_200, 9_400)
      : mediumRisk
        ? random.int(3_000, 5_900)
        : random.int(150, 2_600);

    const platformCount = isDemo ? 3 : random.pick([1, 2, 2, 2, 3, 3]);
    const chosen: Platform[] = isDemo ? ['instagram', 'tiktok', 'youtube'] : random.sample(platforms, platformCount);
    const base = isDemo ? 84_000 : audienceSize(random);
    plans.push({
      key: `creator-${index}`,
      userId: ctx.id('user', `creator-${index}`),
      email,
      displayName,
      niche,
      locale: isDemo ? creatorLocales[0]! : random.pick(creatorLocales),
      suspended,
      isDemo,
      joinedAt: atDay(-random.int(200, 700), random.int(0, 1439)),
      riskScoreHundredths,
      platforms: chosen.map((platform) => ({
        platform,
        username:
          platform === 'youtube'
            ? `${asciiSlug(first)}${asciiSlug(last)}`
            : platform === 'tiktok'
              ? handle.replace('.', '_')
              : handle,
        startFollowers: Math.max(1_000, Math.round(base * (0.3 + random.next() * 1.1))),
        monthlyGrowthBp: suspended ? random.int(900, 2_200) : random.int(-150, 650),
      })),
    });
  }
  return plans;
}
