import { describe, expect, it } from 'vitest';
import {
  effectiveSort,
  hasActiveFilters,
  marketplaceHref,
  parseMarketplaceParams,
  withoutFilters,
  type MarketplaceParams,
} from './params';

describe('parseMarketplaceParams', () => {
  it('reads every field from the URL', () => {
    const params = parseMarketplaceParams(
      new URLSearchParams(
        'q=+running+shoes+&type=reel&platform=tiktok&min=100.5&max=2000&country=fr&deadline=2026-07-01&sort=budget&page=2',
      ),
    );
    expect(params).toEqual({
      q: 'running shoes',
      type: 'reel',
      platform: 'tiktok',
      budgetMin: '100.5',
      budgetMax: '2000',
      country: 'FR',
      deadlineBefore: '2026-07-01',
      sort: 'budget',
      page: 2,
    });
  });

  it('drops each invalid value on its own', () => {
    const params = parseMarketplaceParams({
      q: '   ',
      type: 'podcast',
      platform: 'myspace',
      min: '1.234',
      max: '12abc',
      country: 'ZZ',
      deadline: '2026-02-30',
      sort: 'random',
      page: '0',
    });
    expect(params).toEqual({ page: 1 });
  });

  it('caps the search text', () => {
    expect(parseMarketplaceParams({ q: 'a'.repeat(500) }).q).toHaveLength(200);
  });
});

describe('marketplace URL state', () => {
  const full: MarketplaceParams = {
    q: 'shoes',
    type: 'story',
    platform: 'instagram',
    budgetMin: '10',
    budgetMax: '20.50',
    country: 'GB',
    deadlineBefore: '2026-08-01',
    sort: 'deadline',
    page: 3,
  };

  it('round-trips through the URL and leaves defaults out', () => {
    const href = marketplaceHref('/creator/campaigns', full);
    expect(parseMarketplaceParams(new URLSearchParams(href.split('?')[1]))).toEqual(full);
    expect(marketplaceHref('/creator/campaigns', { page: 1 })).toBe('/creator/campaigns');
  });

  it('clears filters but keeps the order', () => {
    expect(hasActiveFilters(full)).toBe(true);
    expect(withoutFilters(full)).toEqual({ sort: 'deadline', page: 1 });
    expect(hasActiveFilters(withoutFilters(full))).toBe(false);
  });

  it('sorts by best match only while searching', () => {
    expect(effectiveSort({ page: 1 })).toBe('newest');
    expect(effectiveSort({ q: 'shoes', page: 1 })).toBe('best_match');
    expect(effectiveSort({ sort: 'best_match', page: 1 })).toBe('newest');
    expect(effectiveSort({ q: 'shoes', sort: 'budget', page: 1 })).toBe('budget');
  });
});
