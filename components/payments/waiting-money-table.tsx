'use client';

import Link from 'next/link';
import { DataTable } from '@/components/data-table/data-table';
import { dataTableColumnHelper, type DataTableColumn } from '@/components/data-table/features';
import type { WaitingMoneyTableRow } from './waiting-money-rows';

const column = dataTableColumnHelper<WaitingMoneyTableRow>();

const columns: DataTableColumn<WaitingMoneyTableRow>[] = [
  column.accessor('amount', {
    header: 'Amount',
    cell: (info) => <span className="font-medium whitespace-nowrap text-zinc-900 tabular-nums">{info.getValue()}</span>,
  }),
  column.accessor('reason', { header: 'Why it waits' }),
  column.accessor('owner', { header: 'Who can unblock it' }),
  column.accessor('age', {
    header: 'Waiting for',
    cell: (info) => (
      <time dateTime={info.row.original.since} title={info.row.original.sinceLabel} className="whitespace-nowrap">
        {info.getValue()}
      </time>
    ),
  }),
  column.accessor('campaignTitle', {
    header: 'Contract',
    cell: (info) => {
      const { contractHref, parties } = info.row.original;
      return (
        <>
          {contractHref ? (
            <Link href={contractHref} className="font-medium text-accent-700 hover:underline">
              {info.getValue()}
            </Link>
          ) : (
            info.getValue()
          )}
          <span className="block text-xs text-zinc-600">{parties}</span>
        </>
      );
    },
  }),
];

const rowId = (row: WaitingMoneyTableRow) => row.id;
const unsortable = () => undefined;

export function WaitingMoneyTable({ rows }: { rows: WaitingMoneyTableRow[] }) {
  return (
    <DataTable
      caption="Money waiting, oldest first"
      columns={columns}
      rows={rows}
      getRowId={rowId}
      sort={null}
      sortHref={unsortable}
    />
  );
}
