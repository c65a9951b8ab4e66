import { deliverableTypes, platforms, type CampaignStatus } from '@/db/schema';
import { anchorSql, days, rnd, scaleCampaignId, scaleOrganizationId, textArray } from './scale-sql';

// Scale campaigns and their brands. A campaign's status, platforms and end day depend only on its index,
// by plain integer arithmetic that ClickHouse repeats exactly to decide which campaigns get metrics.

export const campaignsPerScaleOrganization = 25;

/** Twenty buckets: 10 % draft, 25 % published, 35 % active, 5 % paused, 20 % completed, 5 % cancelled. */
export const scaleStatusBuckets: readonly CampaignStatus[] = [
  ...Array<CampaignStatus>(2).fill('draft'),
  ...Array<CampaignStatus>(5).fill('published'),
  ...Array<CampaignStatus>(7).fill('active'),
  'paused',
  ...Array<CampaignStatus>(4).fill('completed'),
  'cancelled',
];
/** Bucket of campaign `index`, the same expression in PostgreSQL and ClickHouse. */
export const statusBucket = (index: string) => `((${index} * 37) % ${scaleStatusBuckets.length})`;
/** The campaign's two platforms (slot 0 and 1); scale-metrics.ts writes metrics for exactly these. */
export const scalePlatform = (index: string, slot: 0 | 1) =>
  `(${textArray(platforms)})[1 + ${slot === 0 ? `${index} % 4` : `(${index} + 1 + (${index} / 4) % 3) % 4`}]`;
/** Days before the anchor of a campaign's last day of metrics (completed campaigns ended 2-11 days earlier). */
export const metricEndDaysAgo = (index: string, status: string) =>
  `(case when ${status} = 'completed' then 2 + ${index} % 10 else 1 end)`;

const markets = [
  { country: 'GB', currency: 'GBP', timezone: 'Europe/London' },
  { country: 'FR', currency: 'EUR', timezone: 'Europe/Paris' },
  { country: 'US', currency: 'USD', timezone: 'America/New_York' },
  { country: 'DE', currency: 'EUR', timezone: 'Europe/Berlin' },
];
const market = (field: 'country' | 'currency' | 'timezone', organization: string) =>
  `(${textArray(markets.map((entry) => entry[field]))})[1 + ${organization} % ${markets.length}]`;

export const insertScaleOrganizations = `
insert into organizations (id, name, slug, description, website, country, currency, timezone, kyc_status, kyc_verified_at, kyc_provider,
  kyc_reference_id, created_at, updated_at)
select ${scaleOrganizationId('g.i')}, 'Scale Brand ' || g.i, 'scale-brand-' || g.i, 'Generated brand for load testing.',
  'https://scale-brand-' || g.i || '.test', ${market('country', 'g.i')}, ${market('currency', 'g.i')}, ${market('timezone', 'g.i')},
  'verified', c.at + interval '2 days', 'onfido', 'chk_scale_' || g.i, c.at, c.at + interval '2 days'
from generate_series($1::int, $2::int) as g(i)
cross join lateral (select ${anchorSql} - ${days(`400 + ${rnd(`'org' || g.i`, 300)}`)} as at offset 0) c`;

const seasons = [
  'Spring',
  'Summer',
  'Autumn',
  'Winter',
  'Holiday',
  'Back-to-School',
  'Weekend',
  'Everyday',
  'Limited-Edition',
  'New-Year',
];
const products = [
  'Trail Jacket',
  'Skincare Set',
  'Cold Brew',
  'Headphones',
  'Linen Bedding',
  'Running Shoes',
  'Protein Bar',
  'Smart Watch',
  'Travel Backpack',
  'Coffee Grinder',
  'Yoga Mat',
  'Desk Lamp',
  'Sun Cream',
  'Rain Boots',
  'Gaming Mouse',
];
const formats = ['Launch', 'Creator Series', 'Challenge', 'Giveaway', 'Review Programme', 'Lookbook', 'Tutorials', 'Road Trip'];
const pickWord = (words: string[], key: string) => `(${textArray(words)})[1 + ${rnd(key, words.length)}]`;

export const insertScaleCampaigns = `
insert into campaigns (id, organization_id, title, description, brief, status, budget_min, budget_max, budget_spent, currency, start_date, end_date,
  deliverable_deadline, submission_deadline, content_approval_required, created_at, updated_at, published_at, completed_at)
select ${scaleCampaignId('g.i')}, ${scaleOrganizationId('o.i')}, w.season || ' ' || w.product || ' ' || w.format,
  'Creators feature the ' || lower(w.product) || ' in honest, everyday content for the ' || lower(w.season) || ' season.',
  jsonb_build_object('objectives', jsonb_build_array('Build awareness with a new audience'), 'tone', 'Friendly and honest',
    'key_messages', jsonb_build_array('Designed for everyday use', 'Free returns for 30 days'),
    'dos', jsonb_build_array('Disclose the partnership with #ad'), 'donts', jsonb_build_array('Don''t mention competitors'),
    'hashtags', jsonb_build_array('#' || replace(w.product, ' ', ''), '#ad'), 'mentions', jsonb_build_array('@scalebrand' || o.i),
    'platforms', jsonb_build_array(${scalePlatform('g.i', 0)}, ${scalePlatform('g.i', 1)})),
  st.status, (b.max_major * 6 / 10)::numeric(19, 2), b.max_major::numeric(19, 2), 0, ${market('currency', 'o.i')},
  d.start_at, d.end_at, d.end_at - interval '7 days', d.end_at - interval '14 days', true,
  d.created_at, coalesce(d.completed_at, d.published_at, d.created_at), d.published_at, d.completed_at
from generate_series($1::int, $2::int) as g(i)
cross join lateral (select $3::int + 1 + (g.i - $4::int - 1) / ${campaignsPerScaleOrganization} as i offset 0) o
cross join lateral (select (${textArray(scaleStatusBuckets)})[1 + ${statusBucket('g.i')}] as status offset 0) st
cross join lateral (select ${pickWord(seasons, `'se' || g.i`)} as season, ${pickWord(products, `'pr' || g.i`)} as product,
  ${pickWord(formats, `'fm' || g.i`)} as format offset 0) w
cross join lateral (select 1000 + ${rnd(`'bu' || g.i`, 19000)} as max_major, ${rnd(`'r1' || g.i`, 1000)} as r1, ${rnd(`'r2' || g.i`, 1000)} as r2 offset 0) b
cross join lateral (select case st.status
    when 'draft' then 30 + b.r1 % 40 when 'published' then 5 + b.r1 % 30 when 'cancelled' then -(40 + b.r1 % 40)
    when 'completed' then -${metricEndDaysAgo('g.i', 'st.status')} - (95 + b.r1 % 60) else -(95 + b.r1 % 30) end as start_day offset 0) s0
cross join lateral (select s0.start_day, case st.status
    when 'draft' then s0.start_day + 45 + b.r2 % 45 when 'published' then s0.start_day + 60 + b.r2 % 30 when 'cancelled' then s0.start_day + 60
    when 'completed' then -${metricEndDaysAgo('g.i', 'st.status')} else 20 + b.r2 % 90 end as end_day,
  least(s0.start_day - 30 - b.r2 % 30, -1 - b.r2 % 20) as created_day offset 0) s
cross join lateral (select ${anchorSql} + ${days('s.start_day')} as start_at, ${anchorSql} + ${days('s.end_day')} as end_at,
  ${anchorSql} + ${days('s.created_day')} as created_at,
  case when st.status <> 'draft' then ${anchorSql} + ${days('s.created_day')} + ${days('(-s.created_day) / 2')} end as published_at,
  case when st.status = 'completed' then ${anchorSql} + ${days('s.end_day + 1')} end as completed_at offset 0) d`;

export const insertScaleDeliverables = `
insert into deliverables (campaign_id, type, count, price_min, price_suggested, price_max, instructions, guidelines, created_at, updated_at)
select c.id, (${textArray(deliverableTypes)})[1 + ${rnd(`'dt' || g.i || ':' || n.n`, deliverableTypes.length)}], 1 + ${rnd(`'dc' || g.i || ':' || n.n`, 3)},
  (p.suggested * 7 / 10)::numeric(19, 2), p.suggested::numeric(19, 2), (p.suggested * 14 / 10)::numeric(19, 2),
  'Follow the campaign brief; disclose the partnership with #ad.',
  jsonb_build_object('hashtags', c.brief -> 'hashtags', 'mentions', c.brief -> 'mentions'), c.created_at, c.created_at
from generate_series($1::int, $2::int) as g(i)
join campaigns c on c.id = ${scaleCampaignId('g.i')}
cross join lateral generate_series(1, 1 + g.i % 3) as n(n)
cross join lateral (select 100 + ${rnd(`'ds' || g.i || ':' || n.n`, 1900)} as suggested offset 0) p`;
