import type { AudienceDemographics, NewProfile, NewUser, Platform, ProfileHandles } from '@/db/schema';
import { apportion } from './apportion';
import type { SeedContext } from './context';
import type { CreatorPlan } from './creator-plans';
import { creatorLocales } from './names';
import type { Random } from './random';
import { addDays, addMinutes, atDay } from './time';
import { userRow } from './users';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export const ageGroups = ['13-17', '18-24', '25-34', '35-44', '45-54', '55+'] as const;

function audienceDemographics(random: Random, homeCountry: string): AudienceDemographics {
  const ageWeights = [
    random.int(1, 6),
    random.int(15, 40),
    random.int(20, 40),
    random.int(8, 20),
    random.int(3, 10),
    random.int(1, 6),
  ];
  const ages = apportion(ageWeights);
  const [female = 0, male = 0, other = 0] = apportion([random.int(25, 75), random.int(25, 75), random.int(1, 3)]);
  const abroad = random.sample(
    [...new Set(creatorLocales.map((locale) => locale.country))].filter((country) => country !== homeCountry),
    random.int(2, 4),
  );
  return {
    age_groups: Object.fromEntries(ageGroups.map((group, index) => [group, ages[index]!])),
    gender: { female, male, other },
    locations: [homeCountry, ...abroad],
  };
}

export interface CreatorRows {
  users: NewUser[];
  profiles: NewProfile[];
}

export function buildCreatorRows(
  ctx: SeedContext,
  plans: readonly CreatorPlan[],
  latestFollowers: Map<string, Map<Platform, number>>,
  staffAdminId: string,
): CreatorRows {
  const random = ctx.random('profiles');
  const rows: CreatorRows = { users: [], profiles: [] };
  for (const plan of plans) {
    rows.users.push(
      userRow(ctx, {
        key: plan.key,
        email: plan.email,
        name: plan.displayName,
        role: 'influencer',
        createdAt: plan.joinedAt,
        status: plan.suspended ? 'suspended' : 'active',
      }),
    );
    const followers = latestFollowers.get(plan.userId);
    const handles: ProfileHandles = Object.fromEntries(
      plan.platforms.map((platform) => {
        const count = followers?.get(platform.platform) ?? platform.startFollowers;
        return [
          platform.platform,
          {
            username: platform.username,
            followers: count,
            verified: count >= 250_000 || (plan.isDemo && platform.platform === 'instagram'),
          },
        ];
      }),
    );
    const verified = !plan.suspended && (plan.isDemo || random.chance(0.8));
    const profileId = ctx.id('profile', plan.key);
    const completedAt = addDays(plan.joinedAt, random.int(0, 3));
    rows.profiles.push({
      id: profileId,
      userId: plan.userId,
      displayName: plan.displayName,
      bio: plan.isDemo
        ? 'Lake District hiker and wild camper. Honest reviews of kit that survives British weather. Based in Cumbria.'
        : `${random.pick(plan.niche.bios)} ${plan.niche.label[0]!.toUpperCase()}${plan.niche.label.slice(1)} creator based in ${regionNames.of(plan.locale.country)}.`,
      avatarUrl: null,
      handles,
      country: plan.locale.country,
      timezone: plan.locale.timezone,
      audienceDemographics: audienceDemographics(random, plan.locale.country),
      verified,
      verificationMethod: verified ? random.pick(['kyc', 'kyc', 'email', 'sms'] as const) : null,
      verifiedAt: verified ? addDays(completedAt, random.int(1, 10)) : null,
      createdAt: plan.joinedAt,
      updatedAt: completedAt,
    });
    ctx.audit.record({
      actor: { userId: plan.userId, audience: 'creator' },
      action: 'sign_up_creator',
      resourceType: 'profile',
      resourceId: profileId,
      at: plan.joinedAt,
      metadata: { after: { displayName: plan.displayName, email: plan.email } },
    });
    if (plan.suspended) {
      ctx.audit.record({
        actor: { userId: staffAdminId, audience: 'staff' },
        action: 'suspend_user',
        resourceType: 'user',
        resourceId: plan.userId,
        at: addMinutes(atDay(-random.int(5, 25)), random.int(540, 1020)),
        metadata: {
          before: { status: 'active' },
          after: { status: 'suspended' },
          reason: 'Fake-follower risk above the high threshold on consecutive snapshots.',
        },
      });
    }
  }
  return rows;
}
