import type { CampaignListRow, ListFormat } from '@/lib/campaigns/list';
import type { CsvValue } from '@/lib/csv';
import { dayIn } from './format';

export const campaignCsvHeader = [
  'ID',
  'Title',
  'Status',
  'Currency',
  'Budget min',
  'Budget max',
  'Start date',
  'End date',
  'Accepted offers',
  'Total offers',
  'Spend',
  'Created at',
] as const;

/** Machine-readable values: decimal strings with a currency column, days in the organization's time zone, ISO instants. */
export function campaignCsvValues(row: CampaignListRow, { timeZone }: ListFormat): CsvValue[] {
  return [
    row.id,
    row.title,
    row.status,
    row.currency,
    row.budgetMin,
    row.budgetMax,
    row.startDate && dayIn(row.startDate, timeZone),
    row.endDate && dayIn(row.endDate, timeZone),
    row.offersAccepted,
    row.offersTotal,
    row.spend,
    row.createdAt.toISOString(),
  ];
}
