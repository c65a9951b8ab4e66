import { z } from 'zod';
import { platforms, type AudienceDemographics, type Platform, type ProfileHandles } from '@/db/schema';
import { isCountryCode } from '@/lib/reference/countries';
import { isTimeZone } from '@/lib/reference/timezones';

export const maxAvatarBytes = 2 * 1024 * 1024;

export const platformLabels: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  twitter: 'X (Twitter)',
};

export const ageGroups = ['13-17', '18-24', '25-34', '35-44', '45-54', '55+'] as const;
export const genders = ['female', 'male', 'other'] as const;
export const maxTopLocations = 5;

/** Form field names: flat, so each control has its own field error. */
export const ageField = (group: string) => `age_${group.replace(/\W/g, '_')}`;
export const genderField = (gender: string) => `gender_${gender}`;
export const locationField = (index: number) => `location_${index}`;
export const handleField = (platform: Platform, part: 'username' | 'followers' | 'verified') => `${platform}_${part}`;

const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((value) => value || null);

const countField = z.preprocess(
  emptyToUndefined,
  z.coerce
    .number({ message: 'Enter a whole number.' })
    .int('Enter a whole number.')
    .min(0, 'Enter 0 or more.')
    .max(2_147_483_647, 'That number is too large.')
    .optional(),
);

const shareField = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d)?$/, 'Enter a percentage such as 25 or 12.5.')
    .refine((value) => Number(value) <= 100, 'Enter at most 100.')
    .optional(),
);

export const profileHandlesSchema: z.ZodType<ProfileHandles> = z.partialRecord(
  z.enum(platforms),
  z.object({
    username: z.string().min(1).max(100),
    followers: z.number().int().min(0).optional(),
    verified: z.boolean().optional(),
  }),
);

const usernameField = optionalText(100).refine(
  (value) => value === null || /^@?[A-Za-z0-9._-]+$/.test(value),
  'Use letters, digits, dots, hyphens and underscores.',
);

const shape: Record<string, z.ZodType> = {
  displayName: optionalText(255),
  bio: optionalText(2000),
  country: z.preprocess(emptyToUndefined, z.string().trim().toUpperCase().refine(isCountryCode, 'Choose a country.').optional()),
  timezone: z.preprocess(emptyToUndefined, z.string().trim().refine(isTimeZone, 'Choose a time zone.').optional()),
  // Checked by its content in the domain function; an empty file input means "keep the current avatar".
  avatar: z.unknown().optional(),
};
for (const platform of platforms) {
  shape[handleField(platform, 'username')] = usernameField;
  shape[handleField(platform, 'followers')] = countField;
  shape[handleField(platform, 'verified')] = z.preprocess((value) => value === 'on' || value === true, z.boolean());
}
for (const group of ageGroups) shape[ageField(group)] = shareField;
for (const gender of genders) shape[genderField(gender)] = shareField;
for (let index = 1; index <= maxTopLocations; index++) {
  shape[locationField(index)] = z.preprocess(
    emptyToUndefined,
    z.string().trim().toUpperCase().refine(isCountryCode, 'Choose a country.').optional(),
  );
}

type FlatProfileForm = Record<string, unknown>;

/** Shares are summed in tenths of a percent, so 33.3 + 33.3 + 33.4 is exactly 100. */
const tenths = (value: string) => Math.round(Number(value) * 10);

function shareGroup(
  form: FlatProfileForm,
  keys: readonly string[],
  field: (key: string) => string,
): Record<string, number> | undefined {
  const filled = keys.filter((key) => form[field(key)] !== undefined);
  if (filled.length === 0) return undefined;
  return Object.fromEntries(keys.map((key) => [key, tenths((form[field(key)] as string | undefined) ?? '0') / 10]));
}

function checkTotal(context: z.RefinementCtx, group: Record<string, number> | undefined, what: string, path: string) {
  if (!group) return;
  const total = Object.values(group).reduce((sum, share) => sum + Math.round(share * 10), 0);
  if (total !== 1000)
    context.addIssue({
      code: 'custom',
      path: [path],
      message: `${what} shares add up to ${total / 10}%; they must add up to 100%.`,
    });
}

export const creatorProfileSchema = z.object(shape).transform((form, context) => {
  const handles: ProfileHandles = {};
  for (const platform of platforms) {
    const username = form[handleField(platform, 'username')] as string | null;
    if (!username) continue;
    const followers = form[handleField(platform, 'followers')] as number | undefined;
    handles[platform] = {
      username: username.replace(/^@/, ''),
      ...(followers === undefined ? {} : { followers }),
      verified: form[handleField(platform, 'verified')] as boolean,
    };
  }
  const ageShares = shareGroup(form, ageGroups, ageField);
  const genderShares = shareGroup(form, genders, genderField);
  checkTotal(context, ageShares, 'Age', 'age_groups');
  checkTotal(context, genderShares, 'Gender', 'gender');
  const locations: string[] = [];
  for (let index = 1; index <= maxTopLocations; index++) {
    const code = form[locationField(index)] as string | undefined;
    if (code && !locations.includes(code)) locations.push(code);
  }
  const demographics: AudienceDemographics = {
    ...(ageShares ? { age_groups: ageShares } : {}),
    ...(genderShares ? { gender: genderShares } : {}),
    ...(locations.length > 0 ? { locations } : {}),
  };
  return {
    displayName: form.displayName as string | null,
    bio: form.bio as string | null,
    country: (form.country as string | undefined) ?? null,
    timezone: (form.timezone as string | undefined) ?? null,
    handles: Object.keys(handles).length > 0 ? handles : null,
    audienceDemographics: Object.keys(demographics).length > 0 ? demographics : null,
    avatar: form.avatar instanceof File && form.avatar.size > 0 ? form.avatar : null,
  };
});

export type CreatorProfileInput = z.infer<typeof creatorProfileSchema>;

const statCount = (max: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: 'Enter a whole number.' })
      .int('Enter a whole number.')
      .min(0, 'Enter 0 or more.')
      .max(max, 'That number is too large.')
      .optional(),
  );

export const statsSnapshotSchema = z.object({
  platform: z.enum(platforms, 'Choose a platform.'),
  followers: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: 'Enter your follower count.' })
      .int('Enter a whole number.')
      .min(0, 'Enter 0 or more.')
      .max(2_147_483_647, 'That number is too large.'),
  ),
  following: statCount(2_147_483_647),
  posts: statCount(2_147_483_647),
  engagementRate: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d{1,3}(\.\d{1,2})?$/, 'Enter a percentage such as 3.25.')
      .refine((value) => Number(value) <= 100, 'Enter at most 100.')
      // The database keeps two decimals; the hash must cover the same text it stores.
      .transform((value) => {
        const [whole, fraction = ''] = value.split('.');
        return `${Number(whole)}.${fraction.padEnd(2, '0')}`;
      })
      .optional(),
  ),
  averageLikes: statCount(2_147_483_647),
  averageComments: statCount(2_147_483_647),
  reach: statCount(Number.MAX_SAFE_INTEGER),
  impressions: statCount(Number.MAX_SAFE_INTEGER),
});

export type StatsSnapshotInput = z.infer<typeof statsSnapshotSchema>;
