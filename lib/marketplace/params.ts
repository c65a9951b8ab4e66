import { z } from 'zod';
import { deliverableTypes, platforms, type DeliverableType, type Platform } from '@/db/schema';
import { isCountryCode } from '@/lib/reference/countries';

export const marketplaceSorts = ['best_match', 'newest', 'budget', 'deadline'] as const;
export type MarketplaceSort = (typeof marketplaceSorts)[number];

export const marketplacePageSize = 20;
export const maxPage = 100_000;
export const maxQueryLength = 200;

export interface MarketplaceParams {
  q?: string;
  type?: DeliverableType;
  platform?: Platform;
  /** Decimal strings, compared exactly in SQL. */
  budgetMin?: string;
  budgetMax?: string;
  /** ISO 3166-1 alpha-2 code of the brand's country. */
  country?: string;
  /** YYYY-MM-DD: the submission deadline (or, without one, the end date) falls before this day (UTC). */
  deadlineBefore?: string;
  /** Absent: best match while searching, else newest. */
  sort?: MarketplaceSort;
  page: number;
}

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalText = (value: unknown) => {
  const text = single(value);
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
};

/** At most 17 integer digits and 2 decimals: what numeric(19,2) holds. */
const amount = z
  .string()
  .regex(/^\d{1,17}(\.\d{1,2})?$/)
  .optional();

// Every field falls back on its own, so one bad value never breaks the page (nor any other field).
const searchParamsSchema = z.object({
  q: z
    .preprocess(optionalText, z.string().optional())
    .transform((text) => text?.slice(0, maxQueryLength))
    .catch(undefined),
  type: z.preprocess(optionalText, z.enum(deliverableTypes).optional()).catch(undefined),
  platform: z.preprocess(optionalText, z.enum(platforms).optional()).catch(undefined),
  min: z.preprocess(optionalText, amount).catch(undefined),
  max: z.preprocess(optionalText, amount).catch(undefined),
  country: z
    .preprocess(optionalText, z.string().optional())
    .transform((code) => code?.toUpperCase())
    .refine((code) => code === undefined || isCountryCode(code))
    .catch(undefined),
  deadline: z.preprocess(optionalText, z.iso.date().optional()).catch(undefined),
  sort: z.preprocess(single, z.enum(marketplaceSorts).optional()).catch(undefined),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(maxPage)).catch(1),
});

function toRecord(input: SearchParamsInput): Record<string, string | string[] | undefined> {
  if (!(input instanceof URLSearchParams)) return input;
  const record: Record<string, string[]> = {};
  for (const key of new Set(input.keys())) record[key] = input.getAll(key);
  return record;
}

/** Reads the marketplace's URL state; anything invalid falls back to its default. */
export function parseMarketplaceParams(input: SearchParamsInput): MarketplaceParams {
  const { q, type, platform, min, max, country, deadline, sort, page } = searchParamsSchema.parse(toRecord(input));
  return { q, type, platform, budgetMin: min, budgetMax: max, country, deadlineBefore: deadline, sort, page };
}

/** The query string (without "?") that reproduces this view; defaults are left out. */
export function marketplaceQuery(params: MarketplaceParams): string {
  const search = new URLSearchParams();
  const entries: [string, string | undefined][] = [
    ['q', params.q],
    ['type', params.type],
    ['platform', params.platform],
    ['min', params.budgetMin],
    ['max', params.budgetMax],
    ['country', params.country],
    ['deadline', params.deadlineBefore],
    ['sort', params.sort],
  ];
  for (const [key, value] of entries) if (value) search.set(key, value);
  if (params.page > 1) search.set('page', String(params.page));
  return search.toString();
}

export function marketplaceHref(path: string, params: MarketplaceParams): string {
  const query = marketplaceQuery(params);
  return query ? `${path}?${query}` : path;
}

export function hasActiveFilters(params: MarketplaceParams): boolean {
  return Boolean(
    params.q || params.type || params.platform || params.budgetMin || params.budgetMax || params.country || params.deadlineBefore,
  );
}

export function withoutFilters(params: MarketplaceParams): MarketplaceParams {
  return { sort: params.sort, page: 1 };
}

/** The order actually applied: best match needs search words; without them it falls back to newest. */
export function effectiveSort(params: MarketplaceParams): MarketplaceSort {
  if (params.sort === 'best_match' || params.sort === undefined) return params.q ? 'best_match' : 'newest';
  return params.sort;
}
