import { describe, expect, it } from 'vitest';
import { creatorSearchHref, parseCreatorSearchParams, sortedBy } from './search-params';

describe('creator search URL state', () => {
  it('reads every filter and defaults to most followers first', () => {
    const params = parseCreatorSearchParams(
      new URLSearchParams(
        'q=+vegan+baker+&platform=tiktok&minFollowers=1000.7&maxFollowers=5000&minEngagement=2.5&maxEngagement=9' +
          '&country=gb&audienceLocation=fr&minFemaleShare=60&ageGroup=18-24&minAgeGroupShare=30&minAuthenticity=0.8&maxRiskScore=25',
      ),
    );
    expect(params).toEqual({
      q: 'vegan baker',
      platform: 'tiktok',
      minFollowers: 1000,
      maxFollowers: 5000,
      minEngagement: 2.5,
      maxEngagement: 9,
      country: 'GB',
      audienceLocation: 'FR',
      minFemaleShare: 60,
      ageGroup: '18-24',
      minAgeGroupShare: 30,
      minAuthenticity: 0.8,
      maxRiskScore: 25,
      sort: 'followers',
      dir: 'desc',
      page: 1,
    });
  });

  it('drops each bad value on its own and keeps the rest', () => {
    const params = parseCreatorSearchParams({
      platform: 'myspace',
      minFollowers: '-5',
      minAuthenticity: '7',
      country: 'Britain',
      ageGroup: '99+',
      minFemaleShare: '55',
      sort: 'random',
      dir: 'sideways',
      page: '0',
    });
    expect(params).toEqual({ minFemaleShare: 55, sort: 'followers', dir: 'desc', page: 1 });
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const params = parseCreatorSearchParams({ platform: 'youtube', minEngagement: '3', sort: 'name', page: '2' });
    const href = creatorSearchHref('/brand/acme/creators', params);
    expect(href).toBe('/brand/acme/creators?platform=youtube&minEngagement=3&sort=name&dir=asc&page=2');
    expect(parseCreatorSearchParams(new URLSearchParams(href.split('?')[1]))).toEqual(params);
    expect(creatorSearchHref('/x', parseCreatorSearchParams({}))).toBe('/x');
  });

  it('flips the direction of the current column and starts a new one at its first direction', () => {
    const params = parseCreatorSearchParams({ page: '4' });
    expect(sortedBy(params, 'followers')).toMatchObject({ sort: 'followers', dir: 'asc', page: 1 });
    expect(sortedBy(params, 'name')).toMatchObject({ sort: 'name', dir: 'asc', page: 1 });
    expect(sortedBy(params, 'authenticity')).toMatchObject({ sort: 'authenticity', dir: 'desc' });
  });
});
