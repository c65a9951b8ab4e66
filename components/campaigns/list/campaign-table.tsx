'use client';

import Link from 'next/link';
import { DataTable } from '@/components/data-table/data-table';
import { dataTableColumnHelper, type DataTableColumn, type DataTableSort } from '@/components/data-table/features';
import type { CampaignTableRow } from './rows';

const column = dataTableColumnHelper<CampaignTableRow>();

const notSet = (value: string | null) => value ?? <span className="text-zinc-400">Not set</span>;

// Column ids are the list's sort keys, so a header's sort link is found by id.
const columns: DataTableColumn<CampaignTableRow>[] = [
  column.accessor('title', {
    header: 'Title',
    cell: (info) => (
      <Link href={info.row.original.href} className="font-medium text-accent-700 hover:underline">
        {info.getValue()}
      </Link>
    ),
  }),
  column.accessor('status', { id: 'status', header: 'Status' }),
  column.accessor('budget', { id: 'budget_max', header: 'Budget', cell: (info) => notSet(info.getValue()) }),
  column.accessor('startDate', { id: 'start_date', header: 'Starts', cell: (info) => notSet(info.getValue()) }),
  column.accessor('endDate', { id: 'end_date', header: 'Ends', cell: (info) => notSet(info.getValue()) }),
  column.accessor('offersAccepted', {
    id: 'offers',
    header: 'Offers',
    cell: (info) => (
      <span className="tabular-nums">
        {info.getValue()}
        <span aria-hidden="true">/</span>
        <span className="sr-only"> accepted of </span>
        {info.row.original.offersTotal}
      </span>
    ),
  }),
  column.accessor('spend', { header: 'Spend', cell: (info) => <span className="tabular-nums">{info.getValue()}</span> }),
  column.accessor('createdAt', { id: 'created_at', header: 'Created' }),
];

const rowId = (row: CampaignTableRow) => row.id;

interface CampaignTableProps {
  caption: string;
  rows: CampaignTableRow[];
  sort: DataTableSort;
  /** Sort URLs by column id, built on the server from the current URL state. */
  sortHrefs: Record<string, string>;
}

export function CampaignTable({ caption, rows, sort, sortHrefs }: CampaignTableProps) {
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      getRowId={rowId}
      sort={sort}
      sortHref={(columnId) => sortHrefs[columnId]}
    />
  );
}
