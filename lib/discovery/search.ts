import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import type { Platform } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { creatorPageSize, type CreatorSearchParams } from './search-params';

export interface CreatorSearchRow {
  id: string;
  displayName: string | null;
  country: string | null;
  platform: Platform | null;
  handle: string | null;
  followers: number | null;
  /** Decimal strings as stored: engagement in %, authenticity 0-1, risk score 0-100. */
  engagementRate: string | null;
  authenticityScore: string | null;
  fakeFollowerRiskScore: string | null;
}

export interface CreatorSearchResult {
  rows: CreatorSearchRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

const and = (conditions: (SQL | undefined)[]): SQL => {
  const present = conditions.filter((condition): condition is SQL => condition !== undefined);
  return present.length === 0 ? sql`true` : sql.join(present, sql` and `);
};

/** Conditions on one current-stats row `s`; all must hold on the same platform. */
function statsConditions(params: CreatorSearchParams): SQL[] {
  const conditions: (SQL | undefined)[] = [
    params.minFollowers !== undefined ? sql`s.followers >= ${params.minFollowers}` : undefined,
    params.maxFollowers !== undefined ? sql`s.followers <= ${params.maxFollowers}` : undefined,
    params.minEngagement !== undefined ? sql`s.engagement_rate >= ${params.minEngagement}` : undefined,
    params.maxEngagement !== undefined ? sql`s.engagement_rate <= ${params.maxEngagement}` : undefined,
    params.minAuthenticity !== undefined ? sql`s.authenticity_score >= ${params.minAuthenticity}` : undefined,
    params.maxRiskScore !== undefined ? sql`s.fake_follower_risk_score <= ${params.maxRiskScore}` : undefined,
  ];
  return conditions.filter((condition): condition is SQL => condition !== undefined);
}

/** Only active creators: suspended and deleted accounts never appear in discovery. */
function profileConditions(params: CreatorSearchParams): SQL {
  const demographics = sql`p.audience_demographics`;
  return and([
    sql`u.role = 'influencer'`,
    sql`u.status = 'active'`,
    params.q ? sql`p.search_vector @@ websearch_to_tsquery('simple', ${params.q})` : undefined,
    params.country ? sql`p.country = ${params.country}` : undefined,
    params.audienceLocation ? sql`(${demographics} -> 'locations') ? ${params.audienceLocation}` : undefined,
    params.minFemaleShare !== undefined
      ? sql`(${demographics} -> 'gender' ->> 'female')::numeric >= ${params.minFemaleShare}`
      : undefined,
    params.ageGroup && params.minAgeGroupShare !== undefined
      ? sql`(${demographics} -> 'age_groups' ->> ${params.ageGroup})::numeric >= ${params.minAgeGroupShare}`
      : undefined,
  ]);
}

/**
 * The creators and their stats row `s`: the chosen platform's current stats, or without a platform the
 * creator's largest platform among those matching every stats filter (none matching: no row, when filtered).
 */
function source(params: CreatorSearchParams): SQL {
  const stats = statsConditions(params);
  if (params.platform) {
    return sql`users u
      join profiles p on p.user_id = u.id
      join creator_current_stats s on s.user_id = u.id and s.platform = ${params.platform} and ${and(stats)}`;
  }
  const join = stats.length > 0 ? sql`join lateral` : sql`left join lateral`;
  return sql`users u
    join profiles p on p.user_id = u.id
    ${join} (
      select * from creator_current_stats s
      where s.user_id = u.id and ${and(stats)}
      order by s.followers desc nulls last, s.platform
      limit 1
    ) s on true`;
}

function ordering(params: CreatorSearchParams): SQL {
  const key = {
    followers: sql`s.followers`,
    engagement: sql`s.engagement_rate`,
    authenticity: sql`s.authenticity_score`,
    name: sql`lower(p.display_name)`,
  }[params.sort];
  const dir = params.dir === 'asc' ? sql`asc` : sql`desc`;
  return sql`${key} ${dir} nulls last, u.id ${dir}`;
}

/** One page of matching creators in one statement (exported for the benchmark's EXPLAIN). */
export function creatorPageQuery(params: CreatorSearchParams, limit: number, offset: number): SQL {
  return sql`select u.id, p.display_name as "displayName", p.country, s.platform,
      p.handles -> s.platform ->> 'username' as handle,
      s.followers, s.engagement_rate::text as "engagementRate", s.authenticity_score::text as "authenticityScore",
      s.fake_follower_risk_score::text as "fakeFollowerRiskScore"
    from ${source(params)}
    where ${profileConditions(params)}
    order by ${ordering(params)}
    limit ${limit} offset ${offset}`;
}

export function creatorCountQuery(params: CreatorSearchParams): SQL {
  const stats = statsConditions(params);
  // Without a platform, counting needs only whether some platform matches, not which one is largest.
  const from =
    params.platform || stats.length === 0
      ? sql`users u join profiles p on p.user_id = u.id${
          params.platform
            ? sql` join creator_current_stats s on s.user_id = u.id and s.platform = ${params.platform} and ${and(stats)}`
            : sql``
        }`
      : sql`users u join profiles p on p.user_id = u.id
          and exists (select from creator_current_stats s where s.user_id = u.id and ${and(stats)})`;
  return sql`select count(*)::int as total from ${from} where ${profileConditions(params)}`;
}

async function page(db: Executor, params: CreatorSearchParams, pageNumber: number): Promise<CreatorSearchRow[]> {
  const rows = await db.execute<Record<string, unknown>>(
    creatorPageQuery(params, creatorPageSize, (pageNumber - 1) * creatorPageSize),
  );
  return rows.map((row) => row as unknown as CreatorSearchRow);
}

export async function searchCreators(ctx: Ctx, params: CreatorSearchParams): Promise<CreatorSearchResult> {
  const [[count], firstTry] = await Promise.all([
    ctx.db.execute<{ total: number }>(creatorCountQuery(params)),
    page(ctx.db, params, params.page),
  ]);
  const total = count?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / creatorPageSize));
  // A page past the end (an old link) shows the last page instead of nothing.
  const pageNumber = Math.min(params.page, pageCount);
  const rows = pageNumber === params.page ? firstTry : await page(ctx.db, params, pageNumber);
  return { rows, total, page: pageNumber, pageSize: creatorPageSize, pageCount };
}
