import { describe, expect, it } from 'vitest';
import {
  campaignListHref,
  campaignListQuery,
  effectiveSort,
  hasActiveFilters,
  parseCampaignListParams,
  sortedBy,
  withoutFilters,
} from './list-params';

const defaults = { statuses: [], from: undefined, to: undefined, q: undefined, sort: undefined, dir: 'desc', page: 1, size: 25 };

describe('campaign list URL state', () => {
  it('reads every parameter of a shared link and writes the same link back', () => {
    const query = 'status=active&status=paused&from=2026-01-01&to=2026-12-31&q=summer&sort=start_date&dir=desc&page=2&size=10';
    const params = parseCampaignListParams(new URLSearchParams(query));

    expect(params).toEqual({
      statuses: ['active', 'paused'],
      from: '2026-01-01',
      to: '2026-12-31',
      q: 'summer',
      sort: 'start_date',
      dir: 'desc',
      page: 2,
      size: 10,
    });
    expect(campaignListQuery(params)).toBe(query);
    expect(parseCampaignListParams({ status: ['active', 'paused'], q: 'summer', sort: 'start_date', page: '2' })).toMatchObject({
      statuses: ['active', 'paused'],
      page: 2,
    });
  });

  it('falls back to the default of each invalid parameter and keeps the valid ones', () => {
    const params = parseCampaignListParams({
      status: ['bogus', 'active', 'active'],
      from: '2026-02-30',
      to: 'yesterday',
      q: '   ',
      sort: 'password',
      dir: 'sideways',
      page: '-3',
      size: '7',
    });

    expect(params).toEqual({ ...defaults, statuses: ['active'] });
    expect(parseCampaignListParams({ page: '2.5', size: '1e3' })).toEqual(defaults);
    expect(parseCampaignListParams({ page: '999999999' }).page).toBe(1);
    expect(parseCampaignListParams({ q: 'x'.repeat(500) }).q).toHaveLength(200);
    expect(parseCampaignListParams({})).toEqual(defaults);
  });

  it('gives a chosen column its natural first direction', () => {
    expect(parseCampaignListParams({ sort: 'title' }).dir).toBe('asc');
    expect(parseCampaignListParams({ sort: 'spend' }).dir).toBe('desc');
    expect(parseCampaignListParams({ sort: 'spend', dir: 'asc' }).dir).toBe('asc');
  });

  it('leaves defaults out of links', () => {
    expect(campaignListHref('/brand/acme/campaigns', parseCampaignListParams({ page: '1', size: '25' }))).toBe(
      '/brand/acme/campaigns',
    );
  });

  it('sorts newest first, or by best match while searching, until a column is chosen', () => {
    expect(effectiveSort(parseCampaignListParams({}))).toEqual({ key: 'created_at', dir: 'desc' });
    expect(effectiveSort(parseCampaignListParams({ q: 'summer' }))).toEqual({ key: 'rank', dir: 'desc' });
    expect(effectiveSort(parseCampaignListParams({ q: 'summer', sort: 'title' }))).toEqual({ key: 'title', dir: 'asc' });
  });

  it('flips the sorted column and starts another column at its first direction, back on page 1', () => {
    const onPage3 = parseCampaignListParams({ page: '3' });

    expect(sortedBy(onPage3, 'created_at')).toMatchObject({ sort: 'created_at', dir: 'asc', page: 1 });
    expect(sortedBy(onPage3, 'title')).toMatchObject({ sort: 'title', dir: 'asc', page: 1 });
    expect(sortedBy(sortedBy(onPage3, 'title'), 'title')).toMatchObject({ sort: 'title', dir: 'desc' });
  });

  it('clears filters but keeps the order and page size', () => {
    const params = parseCampaignListParams({
      status: 'active',
      q: 'x',
      from: '2026-01-01',
      sort: 'spend',
      size: '50',
      page: '4',
    });

    expect(hasActiveFilters(params)).toBe(true);
    expect(withoutFilters(params)).toEqual({ ...defaults, sort: 'spend', dir: 'desc', size: 50 });
    expect(hasActiveFilters(withoutFilters(params))).toBe(false);
  });
});
