import { z } from 'zod';
import { campaignStatuses, type CampaignStatus } from '@/db/schema/campaigns';

export const campaignSortKeys = [
  'title',
  'status',
  'start_date',
  'end_date',
  'budget_max',
  'created_at',
  'offers',
  'spend',
] as const;
export type CampaignSortKey = (typeof campaignSortKeys)[number];
export type SortDirection = 'asc' | 'desc';

export const campaignPageSizes = [10, 25, 50, 100] as const;
export type CampaignPageSize = (typeof campaignPageSizes)[number];
export const defaultPageSize: CampaignPageSize = 25;
export const maxPage = 100_000;
export const maxQueryLength = 200;

/** The direction a column sorts in when first chosen: words A→Z, dates, money and counts highest first. */
export const firstDirection: Record<CampaignSortKey, SortDirection> = {
  title: 'asc',
  status: 'asc',
  start_date: 'desc',
  end_date: 'desc',
  budget_max: 'desc',
  created_at: 'desc',
  offers: 'desc',
  spend: 'desc',
};

export interface CampaignListParams {
  statuses: CampaignStatus[];
  /** Inclusive start-date bounds as YYYY-MM-DD days in the organization's time zone. */
  from?: string;
  to?: string;
  q?: string;
  /** Absent: newest first, or best match first while searching. */
  sort?: CampaignSortKey;
  dir: SortDirection;
  page: number;
  size: CampaignPageSize;
}

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const optionalText = (value: unknown) => {
  const text = single(value);
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
};

// Every field falls back on its own, so one bad value never breaks the page (nor any other field).
const searchParamsSchema = z.object({
  status: z
    .preprocess(list, z.array(z.string()))
    .transform((values) => campaignStatuses.filter((status) => values.includes(status)))
    .catch([]),
  from: z.preprocess(optionalText, z.iso.date().optional()).catch(undefined),
  to: z.preprocess(optionalText, z.iso.date().optional()).catch(undefined),
  q: z
    .preprocess(optionalText, z.string().optional())
    .transform((text) => text?.slice(0, maxQueryLength))
    .catch(undefined),
  sort: z.preprocess(single, z.enum(campaignSortKeys).optional()).catch(undefined),
  dir: z.preprocess(single, z.enum(['asc', 'desc']).optional()).catch(undefined),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(maxPage)).catch(1),
  size: z
    .preprocess(single, z.coerce.number())
    .pipe(z.union(campaignPageSizes.map((size) => z.literal(size))))
    .catch(defaultPageSize),
});

function toRecord(input: SearchParamsInput): Record<string, string | string[] | undefined> {
  if (!(input instanceof URLSearchParams)) return input;
  const record: Record<string, string[]> = {};
  for (const key of new Set(input.keys())) record[key] = input.getAll(key);
  return record;
}

/** Reads the list's URL state; anything invalid falls back to its default. */
export function parseCampaignListParams(input: SearchParamsInput): CampaignListParams {
  const { status, from, to, q, sort, dir, page, size } = searchParamsSchema.parse(toRecord(input));
  return {
    statuses: status,
    from,
    to,
    q,
    sort,
    dir: dir ?? (sort ? firstDirection[sort] : 'desc'),
    page,
    size: size as CampaignPageSize,
  };
}

/** The query string (without "?") that reproduces this view; defaults are left out. */
export function campaignListQuery(params: CampaignListParams): string {
  const search = new URLSearchParams();
  for (const status of params.statuses) search.append('status', status);
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  if (params.q) search.set('q', params.q);
  if (params.sort) {
    search.set('sort', params.sort);
    search.set('dir', params.dir);
  }
  if (params.page > 1) search.set('page', String(params.page));
  if (params.size !== defaultPageSize) search.set('size', String(params.size));
  return search.toString();
}

export function campaignListHref(path: string, params: CampaignListParams): string {
  const query = campaignListQuery(params);
  return query ? `${path}?${query}` : path;
}

export function hasActiveFilters(params: CampaignListParams): boolean {
  return params.statuses.length > 0 || Boolean(params.from || params.to || params.q);
}

/** The sort actually applied: an explicit column, else best match while searching, else newest first. */
export function effectiveSort(params: CampaignListParams): { key: CampaignSortKey | 'rank'; dir: SortDirection } {
  if (params.sort) return { key: params.sort, dir: params.dir };
  return params.q ? { key: 'rank', dir: 'desc' } : { key: 'created_at', dir: 'desc' };
}

/** Params after choosing a column header: the same column flips direction, another starts at its first direction. */
export function sortedBy(params: CampaignListParams, key: CampaignSortKey): CampaignListParams {
  const current = effectiveSort(params);
  const dir = current.key === key ? (current.dir === 'asc' ? 'desc' : 'asc') : firstDirection[key];
  return { ...params, sort: key, dir, page: 1 };
}

export function withoutFilters(params: CampaignListParams): CampaignListParams {
  return { ...params, statuses: [], from: undefined, to: undefined, q: undefined, page: 1 };
}
