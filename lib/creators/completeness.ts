import type { AudienceDemographics, ProfileHandles } from '@/db/schema';

export interface CompletenessProfile {
  displayName: string | null;
  bio: string | null;
  avatarUrl: string | null;
  country: string | null;
  timezone: string | null;
  handles: ProfileHandles | null;
  audienceDemographics: AudienceDemographics | null;
}

export const minBioLength = 40;

const checklist: { label: string; weight: number; done: (profile: CompletenessProfile) => boolean }[] = [
  { label: 'Add your display name', weight: 15, done: (p) => Boolean(p.displayName?.trim()) },
  {
    label: `Write a bio of at least ${minBioLength} characters`,
    weight: 15,
    done: (p) => (p.bio?.trim().length ?? 0) >= minBioLength,
  },
  { label: 'Upload an avatar', weight: 15, done: (p) => Boolean(p.avatarUrl) },
  { label: 'Choose your country', weight: 10, done: (p) => Boolean(p.country) },
  { label: 'Choose your time zone', weight: 10, done: (p) => Boolean(p.timezone) },
  {
    label: 'Add at least two platform handles',
    weight: 20,
    done: (p) => Object.values(p.handles ?? {}).filter((handle) => handle?.username).length >= 2,
  },
  {
    label: 'Complete your audience demographics (age groups, gender and top locations)',
    weight: 15,
    done: (p) =>
      Boolean(p.audienceDemographics?.age_groups) &&
      Boolean(p.audienceDemographics?.gender) &&
      (p.audienceDemographics?.locations?.length ?? 0) > 0,
  },
];

export interface Completeness {
  percentage: number;
  missing: string[];
}

/** A weighted checklist: brands only find creators whose profiles say enough to choose them. */
export function profileCompleteness(profile: CompletenessProfile | null): Completeness {
  const missing: string[] = [];
  let earned = 0;
  for (const item of checklist) {
    if (profile && item.done(profile)) earned += item.weight;
    else missing.push(item.label);
  }
  return { percentage: earned, missing };
}
