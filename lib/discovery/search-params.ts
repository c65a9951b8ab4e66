import { z } from 'zod';
import { platforms, type Platform } from '@/db/schema/profiles';

export const creatorSortKeys = ['followers', 'engagement', 'authenticity', 'name'] as const;
export type CreatorSortKey = (typeof creatorSortKeys)[number];
export type SortDirection = 'asc' | 'desc';

export const ageGroups = ['13-17', '18-24', '25-34', '35-44', '45-54', '55+'] as const;
export type AgeGroup = (typeof ageGroups)[number];

export const creatorPageSize = 25;
export const maxPage = 100_000;
export const maxQueryLength = 200;

/** Numbers first sort highest first; names A→Z. */
export const firstDirection: Record<CreatorSortKey, SortDirection> = {
  followers: 'desc',
  engagement: 'desc',
  authenticity: 'desc',
  name: 'asc',
};

export interface CreatorSearchParams {
  q?: string;
  platform?: Platform;
  minFollowers?: number;
  maxFollowers?: number;
  /** Percentages, e.g. 3.25 means 3.25 %. */
  minEngagement?: number;
  maxEngagement?: number;
  country?: string;
  audienceLocation?: string;
  /** Whole percentages of the audience, 0-100. */
  minFemaleShare?: number;
  ageGroup?: AgeGroup;
  minAgeGroupShare?: number;
  /** 0-1, as stored. */
  minAuthenticity?: number;
  /** Fake-follower risk score, 0-100. */
  maxRiskScore?: number;
  sort: CreatorSortKey;
  dir: SortDirection;
  page: number;
}

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalText = (value: unknown) => {
  const text = single(value);
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
};
const number = (min: number, max: number) =>
  z.preprocess(optionalText, z.coerce.number().min(min).max(max).optional()).catch(undefined);
const countryCode = z
  .preprocess(
    optionalText,
    z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .optional(),
  )
  .transform((code) => code?.toUpperCase())
  .catch(undefined);

// Every field falls back on its own, so one bad value never breaks the page (nor any other field).
const searchParamsSchema = z.object({
  q: z
    .preprocess(optionalText, z.string().optional())
    .transform((text) => text?.slice(0, maxQueryLength))
    .catch(undefined),
  platform: z.preprocess(optionalText, z.enum(platforms).optional()).catch(undefined),
  minFollowers: number(0, 2_147_483_647).transform((n) => (n === undefined ? n : Math.floor(n))),
  maxFollowers: number(0, 2_147_483_647).transform((n) => (n === undefined ? n : Math.floor(n))),
  minEngagement: number(0, 999),
  maxEngagement: number(0, 999),
  country: countryCode,
  audienceLocation: countryCode,
  minFemaleShare: number(0, 100),
  ageGroup: z.preprocess(optionalText, z.enum(ageGroups).optional()).catch(undefined),
  minAgeGroupShare: number(0, 100),
  minAuthenticity: number(0, 1),
  maxRiskScore: number(0, 100),
  sort: z.preprocess(single, z.enum(creatorSortKeys).optional()).catch(undefined),
  dir: z.preprocess(single, z.enum(['asc', 'desc']).optional()).catch(undefined),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(maxPage)).catch(1),
});

function toRecord(input: SearchParamsInput): Record<string, string | string[] | undefined> {
  if (!(input instanceof URLSearchParams)) return input;
  const record: Record<string, string[]> = {};
  for (const key of new Set(input.keys())) record[key] = input.getAll(key);
  return record;
}

/** Reads the search's URL state; anything invalid falls back to "no filter" (or the default) on its own. */
export function parseCreatorSearchParams(input: SearchParamsInput): CreatorSearchParams {
  const { sort, dir, ...rest } = searchParamsSchema.parse(toRecord(input));
  const key = sort ?? 'followers';
  return { ...rest, sort: key, dir: dir ?? firstDirection[key] };
}

const filterKeys = [
  'q',
  'platform',
  'minFollowers',
  'maxFollowers',
  'minEngagement',
  'maxEngagement',
  'country',
  'audienceLocation',
  'minFemaleShare',
  'ageGroup',
  'minAgeGroupShare',
  'minAuthenticity',
  'maxRiskScore',
] as const satisfies readonly (keyof CreatorSearchParams)[];

/** The query string (without "?") that reproduces this view; defaults are left out. */
export function creatorSearchQuery(params: CreatorSearchParams): string {
  const search = new URLSearchParams();
  for (const key of filterKeys) {
    const value = params[key];
    if (value !== undefined) search.set(key, String(value));
  }
  if (params.sort !== 'followers' || params.dir !== 'desc') {
    search.set('sort', params.sort);
    search.set('dir', params.dir);
  }
  if (params.page > 1) search.set('page', String(params.page));
  return search.toString();
}

export function creatorSearchHref(path: string, params: CreatorSearchParams): string {
  const query = creatorSearchQuery(params);
  return query ? `${path}?${query}` : path;
}

/** Params after choosing a column header: the same column flips direction, another starts at its first direction. */
export function sortedBy(params: CreatorSearchParams, key: CreatorSortKey): CreatorSearchParams {
  const dir = params.sort === key ? (params.dir === 'asc' ? 'desc' : 'asc') : firstDirection[key];
  return { ...params, sort: key, dir, page: 1 };
}
