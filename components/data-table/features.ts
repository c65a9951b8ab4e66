import { createColumnHelper, rowSortingFeature, tableFeatures, type ColumnDef, type RowData } from '@tanstack/react-table';

/**
 * Server-driven lists: the server filters, sorts and pages, so the table registers sorting only to describe
 * the current order (aria-sort, header links) and never reorders rows itself.
 */
export const dataTableFeatures = tableFeatures({ rowSortingFeature });
export type DataTableFeatures = typeof dataTableFeatures;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of one table carry different value types
export type DataTableColumn<TData extends RowData> = ColumnDef<DataTableFeatures, TData, any>;

export const dataTableColumnHelper = <TData extends RowData>() => createColumnHelper<DataTableFeatures, TData>();

/** The order the rows arrived in: a column id and its direction, or null for an order no column shows (e.g. relevance). */
export type DataTableSort = { id: string; desc: boolean } | null;
