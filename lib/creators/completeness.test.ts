import { describe, expect, it } from 'vitest';
import { profileCompleteness, type CompletenessProfile } from './completeness';

const empty: CompletenessProfile = {
  displayName: null,
  bio: null,
  avatarUrl: null,
  country: null,
  timezone: null,
  handles: null,
  audienceDemographics: null,
};

const complete: CompletenessProfile = {
  displayName: 'Maya Cooks',
  bio: 'Weeknight recipes for busy families, filmed in my own kitchen.',
  avatarUrl: '/api/files/avatars/x.png',
  country: 'GB',
  timezone: 'Europe/London',
  handles: { instagram: { username: 'maya' }, tiktok: { username: 'mayacooks' } },
  audienceDemographics: {
    age_groups: { '18-24': 60, '25-34': 40 },
    gender: { female: 70, male: 30, other: 0 },
    locations: ['GB'],
  },
};

describe('profileCompleteness', () => {
  it('is 0% with every item missing for an empty profile or none', () => {
    expect(profileCompleteness(empty)).toEqual({ percentage: 0, missing: expect.any(Array) });
    expect(profileCompleteness(empty).missing).toHaveLength(7);
    expect(profileCompleteness(null).percentage).toBe(0);
  });

  it('weighs the items done and lists the rest', () => {
    const result = profileCompleteness({
      ...empty,
      displayName: 'Maya',
      bio: 'Too short.',
      country: 'GB',
      handles: { instagram: { username: 'maya' } },
    });
    expect(result.percentage).toBe(25);
    expect(result.missing).toEqual([
      'Write a bio of at least 40 characters',
      'Upload an avatar',
      'Choose your time zone',
      'Add at least two platform handles',
      'Complete your audience demographics (age groups, gender and top locations)',
    ]);
  });

  it('needs every demographic group, not just some', () => {
    const result = profileCompleteness({ ...complete, audienceDemographics: { age_groups: { '18-24': 100 } } });
    expect(result.percentage).toBe(85);
  });

  it('is 100% with nothing missing for a complete profile', () => {
    expect(profileCompleteness(complete)).toEqual({ percentage: 100, missing: [] });
  });
});
