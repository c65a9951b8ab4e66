import type { CreatorSearchRow } from '@/lib/discovery/search';
import { platformLabels } from './labels';

const countryNames = new Intl.DisplayNames(['en-GB'], { type: 'region' });
const numbers = new Intl.NumberFormat('en-GB');
const none = '—';

export function countryName(code: string | null): string {
  return code ? (countryNames.of(code) ?? code) : none;
}

export function toCreatorTableRow(row: CreatorSearchRow) {
  return {
    id: row.id,
    displayName: row.displayName ?? 'Unnamed creator',
    country: countryName(row.country),
    handle: row.platform ? `${platformLabels[row.platform]}${row.handle ? ` @${row.handle}` : ''}` : none,
    followers: row.followers === null ? none : numbers.format(row.followers),
    engagement: row.engagementRate === null ? none : `${row.engagementRate} %`,
    authenticity: row.authenticityScore ?? none,
    risk: row.fakeFollowerRiskScore ?? none,
  };
}
