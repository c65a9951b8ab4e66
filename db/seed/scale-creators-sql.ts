import { platforms } from '@/db/schema';
import { creatorLocales, firstNames, lastNames, niches } from './names';
import { anchorSql, days, pick, rnd, scaleProfileId, scaleUserId, textArray } from './scale-sql';
import { snapshotHashKeys, type SnapshotHashFields } from './snapshot-hash';
import { riskBands } from './stats';

// Scale creators for indexes $1..$2. Each has two platforms ("slots") whose snapshots alternate: with $3 snapshots
// per creator, slot 0 gets ceil($3 / 2) and slot 1 floor($3 / 2), spread evenly (in whole minutes, which a JS Date
// holds exactly) over the 180 days before the anchor.

const countries = textArray(creatorLocales.map((locale) => locale.country));
const timezones = textArray(creatorLocales.map((locale) => locale.timezone));
const bios = niches.flatMap((niche) => niche.bios);
const perSlot = (slot0: string, slot1: string, slot = 't.slot') => `case when ${slot} = 0 then ${slot0} else ${slot1} end`;

/** One row per creator with everything that depends on the creator alone. */
const creatorBasis = `(
  select g.i, ${scaleUserId('g.i')} as user_id, ${pick(firstNames, `'fn' || g.i`)} || ' ' || ${pick(lastNames, `'ln' || g.i`)} as display_name,
    (${textArray(platforms)})[1 + g.i % 4] as platform0, (${textArray(platforms)})[1 + (g.i + 1 + (g.i / 4) % 3) % 4] as platform1,
    round(1000 * exp(${rnd(`'f0' || g.i`, 7600)} / 1000::float8)) as base0, round(1000 * exp(${rnd(`'f1' || g.i`, 7600)} / 1000::float8)) as base1,
    ${rnd(`'g0' || g.i`, 700)} - 150 as growth0, ${rnd(`'g1' || g.i`, 700)} - 150 as growth1,
    case when r.band < 90 then 150 + r.offset_ % 2450 when r.band < 98 then 3000 + r.offset_ % 2900 else 6200 + r.offset_ % 3200 end as risk,
    80 + ${rnd(`'fo0' || g.i`, 1721)} as following0, 80 + ${rnd(`'fo1' || g.i`, 1721)} as following1,
    40 + ${rnd(`'po0' || g.i`, 861)} as posts0, 40 + ${rnd(`'po1' || g.i`, 861)} as posts1,
    ${rnd(`'ds0' || g.i`, 100)} < 12 as submitted0, ${rnd(`'ds1' || g.i`, 100)} < 12 as submitted1,
    ${rnd(`'min' || g.i`, 300)} as sync_minute, 1 + ${rnd(`'loc' || g.i`, creatorLocales.length)} as locale,
    ${rnd(`'sus' || g.i`, 200)} = 0 as suspended, ${anchorSql} - ${days(`200 + ${rnd(`'joined' || g.i`, 700)}`)} as joined_at
  from generate_series($1::int, $2::int) as g(i)
  cross join lateral (select ${rnd(`'rb' || g.i`, 100)} as band, ${rnd(`'rs' || g.i`, 10000)} as offset_ offset 0) r
  offset 0
) c`;

export const insertScaleUsers = `
insert into users (id, email, name, role, status, created_at, updated_at, email_verified, email_verified_at)
select c.user_id, 'scale-creator-' || c.i || '@scale.pactly.test', c.display_name, 'influencer',
  case when c.suspended then 'suspended' else 'active' end, c.joined_at, c.joined_at, true, c.joined_at + interval '12 minutes'
from ${creatorBasis}`;

const latestFollowers = (slot: 0 | 1) =>
  `round(c.base${slot} * power(1 + c.growth${slot} / 10000::float8, greatest(($3::int + ${1 - slot}) / 2 - 1, 0)))::int`;
const handle = (slot: 0 | 1) =>
  `jsonb_build_object('username', lower(regexp_replace(c.display_name, '[^A-Za-z]', '', 'g')) || c.i, 'followers', ${latestFollowers(slot)},
    'verified', ${latestFollowers(slot)} >= 250000)`;

export const insertScaleProfiles = `
insert into profiles (id, user_id, display_name, bio, handles, country, timezone, audience_demographics, verified, verification_method,
  verified_at, created_at, updated_at)
select ${scaleProfileId('c.i')}, c.user_id, c.display_name, ${pick(bios, `'bio' || c.i`)},
  case when $3::int >= 2 then jsonb_build_object(c.platform0, ${handle(0)}, c.platform1, ${handle(1)}) else jsonb_build_object(c.platform0, ${handle(0)}) end,
  l.country, (${timezones})[c.locale],
  jsonb_build_object(
    'age_groups', jsonb_build_object('13-17', a.a1, '18-24', a.a2, '25-34', a.a3, '35-44', a.a4, '45-54', a.a5, '55+', 100 - a.a1 - a.a2 - a.a3 - a.a4 - a.a5),
    'gender', jsonb_build_object('female', a.female, 'male', 98 - a.female, 'other', 2),
    'locations', jsonb_build_array(l.country, case when l.country = 'US' then 'GB' else 'US' end, case when l.country = 'DE' then 'FR' else 'DE' end)),
  a.verified, case when a.verified then 'kyc' end, case when a.verified then c.joined_at + interval '3 days' end, c.joined_at, c.joined_at
from ${creatorBasis}
cross join lateral (select (${countries})[c.locale] as country offset 0) l
cross join lateral (select 2 + ${rnd(`'a1' || c.i`, 6)} as a1, 18 + ${rnd(`'a2' || c.i`, 18)} as a2, 22 + ${rnd(`'a3' || c.i`, 16)} as a3,
  8 + ${rnd(`'a4' || c.i`, 8)} as a4, 2 + ${rnd(`'a5' || c.i`, 5)} as a5, 30 + ${rnd(`'sex' || c.i`, 46)} as female,
  not c.suspended and ${rnd(`'ver' || c.i`, 10)} < 8 as verified offset 0) a`;

const hashKinds: Record<keyof SnapshotHashFields, 'text' | 'number'> = {
  user_id: 'text',
  platform: 'text',
  followers: 'number',
  following: 'number',
  posts: 'number',
  engagement_rate: 'text',
  engagement_count: 'number',
  average_likes: 'number',
  average_comments: 'number',
  reach: 'number',
  impressions: 'number',
  audience_growth: 'text',
  authenticity_score: 'text',
  fake_follower_risk: 'text',
  fake_follower_risk_score: 'text',
  snapshot_at: 'text',
  data_source: 'text',
};

/** canonicalSnapshotJson() of snapshot-hash.ts, written in SQL over the columns of `s`. */
const nullableColumns: readonly (keyof SnapshotHashFields)[] = ['audience_growth'];
const hashColumn = (key: keyof SnapshotHashFields) =>
  key === 'snapshot_at' ? `to_char(s.snapshot_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : `s.${key}`;

/** canonicalSnapshotJson() of snapshot-hash.ts as one format() call over the columns of `s` (only audience_growth can be NULL). */
const canonicalSnapshotSql = `format('{${snapshotHashKeys
  .map((key) => {
    const quoted = hashKinds[key] === 'text' && !nullableColumns.includes(key);
    return `"${key}":${quoted ? '"%s"' : '%s'}`;
  })
  .join(',')}}', ${snapshotHashKeys
  .map((key) => (nullableColumns.includes(key) ? `coalesce('"' || ${hashColumn(key)} || '"', 'null')` : hashColumn(key)))
  .join(', ')})`;

// Time-ordered ids (uuidv7) append to the primary key index instead of touching random pages of it.
// Per snapshot, two hashes are split into independent small random numbers (mixed radix) instead of hashing once per value.
export const insertScaleStats = `
insert into influencer_stats_history (id, user_id, platform, followers, following, posts, engagement_rate, engagement_count, average_likes,
  average_comments, reach, impressions, audience_growth, authenticity_score, fake_follower_risk, fake_follower_risk_score, last_sync, snapshot_at,
  data_source, data_hash)
select uuidv7(), s.user_id, s.platform, s.followers, s.following, s.posts, s.engagement_rate, s.engagement_count, s.average_likes, s.average_comments,
  s.reach, s.impressions, s.audience_growth, s.authenticity_score, s.fake_follower_risk, s.fake_follower_risk_score, s.last_sync, s.snapshot_at,
  s.data_source, encode(sha256(convert_to(${canonicalSnapshotSql}, 'UTF8')), 'hex')
from (
  select c.user_id, ${perSlot('c.platform0', 'c.platform1')} as platform, f.followers, ${perSlot('c.following0', 'c.following1')} as following,
    ${perSlot('c.posts0', 'c.posts1')} + t.k * 11 as posts,
    (e.rate::numeric / 100)::numeric(5, 2) as engagement_rate, e.engagement as engagement_count, e.engagement - e.comments as average_likes,
    e.comments as average_comments, e.reach, (e.reach * (130 + (t.h1 / 2769) % 91) + 50) / 100 as impressions,
    case when t.k = 0 then null
      else (greatest(-99999, least(99999, round((f.followers - f.previous) * 10000::float8 / f.previous)))::numeric / 100)::numeric(5, 2) end as audience_growth,
    (greatest(0, least(100, 100 - (e.score + 50) / 100 + (t.h1 / 251979) % 7 - 3))::numeric / 100)::numeric(3, 2) as authenticity_score,
    case when e.score >= ${riskBands.highFrom} then 'high' when e.score >= ${riskBands.mediumFrom} then 'medium' else 'low' end as fake_follower_risk,
    (e.score::numeric / 100)::numeric(5, 2) as fake_follower_risk_score,
    case when not t.submitted then f.at end as last_sync, f.at as snapshot_at,
    case when t.submitted then 'user_submitted' else 'platform_api' end as data_source
  from ${creatorBasis}
  cross join generate_series(0, $3::int - 1) as j(j)
  cross join lateral (select j.j % 2 as slot, j.j / 2 as k, ${perSlot('c.submitted0', 'c.submitted1', 'j.j % 2')} as submitted,
    hashtext(c.i || ':' || j.j)::bigint & 2147483647 as h1, hashtext(j.j || ':' || c.i)::bigint & 2147483647 as h2 offset 0) t
  cross join lateral (select ${perSlot('c.base0', 'c.base1')} as base, ${perSlot('c.growth0', 'c.growth1')} as growth,
    ($3::int + 1 - t.slot) / 2 as snapshots offset 0) p
  cross join lateral (select round(p.base * power(1 + p.growth / 10000::float8, t.k))::int as followers,
    round(p.base * power(1 + p.growth / 10000::float8, greatest(t.k - 1, 0)))::int as previous,
    ${anchorSql} - interval '1 day' + (c.sync_minute - (p.snapshots - 1 - t.k) * ${180 * 24 * 60} / greatest(p.snapshots - 1, 1)) * interval '1 minute' as at
    offset 0) f
  cross join lateral (select greatest(0, least(10000, c.risk + t.h2 % 501 - 250)) as score,
    greatest(20, least(2500, round((900 - 105 * ln(f.followers / 1000::float8)) * (case when c.risk >= ${riskBands.mediumFrom} then 40 else 100 end) / 100)
      + t.h1 % 71 - 35))::int as rate offset 0) k
  cross join lateral (select k.score, k.rate, (f.followers::bigint * k.rate + 5000) / 10000 as engagement,
    (f.followers * (22 + (t.h1 / 71) % 39) + 50) / 100 as reach offset 0) e0
  cross join lateral (select e0.*, ((e0.engagement * (4 + (t.h2 / 501) % 7) + 50) / 100)::int as comments offset 0) e
) s`;
