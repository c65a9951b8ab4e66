import { campaignStatusLabels } from '@/components/labels';
import type { CampaignListRow, ListFormat } from '@/lib/campaigns/list';
import { formatBudget, formatDate, formatMoney } from './format';

/** A list row formatted on the server, so the browser renders exactly what the server did. */
export interface CampaignTableRow {
  id: string;
  href: string;
  title: string;
  status: string;
  budget: string | null;
  startDate: string | null;
  endDate: string | null;
  offersAccepted: number;
  offersTotal: number;
  spend: string;
  createdAt: string;
}

export function toCampaignTableRow(row: CampaignListRow, format: ListFormat, orgSlug: string): CampaignTableRow {
  return {
    id: row.id,
    href: `/brand/${orgSlug}/campaigns/${row.id}`,
    title: row.title,
    status: campaignStatusLabels[row.status],
    budget: formatBudget(row.budgetMin, row.budgetMax, row.currency, format.locale),
    startDate: row.startDate && formatDate(row.startDate, format),
    endDate: row.endDate && formatDate(row.endDate, format),
    offersAccepted: row.offersAccepted,
    offersTotal: row.offersTotal,
    spend: formatMoney(row.spend, row.currency, format.locale),
    createdAt: formatDate(row.createdAt, format),
  };
}
