'use client';

import Link from 'next/link';
import { useMemo, type ReactNode } from 'react';
import { useTable, type RowData, type SortingState } from '@tanstack/react-table';
import { dataTableFeatures, type DataTableColumn, type DataTableSort } from './features';

interface DataTableProps<TData extends RowData> {
  /** Names the table for assistive technology; shown to screen readers only. */
  caption: string;
  columns: DataTableColumn<TData>[];
  rows: TData[];
  getRowId: (row: TData) => string;
  sort: DataTableSort;
  /** The URL that sorts by this column, or undefined when the column cannot be sorted. */
  sortHref: (columnId: string) => string | undefined;
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

// Sorting changes by following a header link: the URL stays the one source of truth, and it works without JS.
const ignoreSortingChange = () => {};

export function DataTable<TData extends RowData>({ caption, columns, rows, getRowId, sort, sortHref }: DataTableProps<TData>) {
  const sorting = useMemo<SortingState>(() => (sort ? [sort] : []), [sort]);
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId,
    manualSorting: true,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: ignoreSortingChange,
  });

  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-zinc-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-zinc-50">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const href = sortHref(header.column.id);
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={href ? (sorted ? ariaSort[sorted] : 'none') : undefined}
                    className="px-4 py-3 text-left font-semibold whitespace-nowrap text-zinc-700"
                  >
                    {header.isPlaceholder ? null : href ? (
                      <Link
                        href={href}
                        scroll={false}
                        className="inline-flex items-center gap-1 hover:text-zinc-950 hover:underline"
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className={sorted ? 'text-zinc-900' : 'text-zinc-300'}>
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </Link>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="hover:bg-zinc-50">
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className="px-4 py-3 align-top text-zinc-700">
                  {renderCell(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Calls the column's cell function instead of mounting it as a component: columns are rebuilt on every render,
 * and a new component type would remount the cell and lose its state (such as a form's result message).
 */
function renderCell<T>(cell: { column: { columnDef: { cell?: unknown } }; getValue(): unknown; getContext(): T }): ReactNode {
  const render = cell.column.columnDef.cell;
  if (typeof render === 'function') return (render as (context: T) => ReactNode)(cell.getContext());
  return (render as ReactNode) ?? (cell.getValue() as ReactNode);
}
