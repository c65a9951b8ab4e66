'use client';

import { DataTable } from '@/components/data-table/data-table';
import { dataTableColumnHelper, type DataTableColumn, type DataTableSort } from '@/components/data-table/features';
import type { SelectOption } from '@/components/ui/select-field';
import type { Action } from '@/lib/actions/clients';
import { AddToShortlistForm } from './add-to-shortlist-form';

/** A search row formatted on the server, so the browser renders exactly what the server did. */
export interface CreatorTableRow {
  id: string;
  displayName: string;
  country: string;
  handle: string;
  followers: string;
  engagement: string;
  authenticity: string;
  risk: string;
}

const column = dataTableColumnHelper<CreatorTableRow>();
const numeric = (value: string) => <span className="tabular-nums">{value}</span>;

interface CreatorTableProps {
  caption: string;
  rows: CreatorTableRow[];
  sort: DataTableSort;
  /** Sort URLs by column id, built on the server from the current URL state. */
  sortHrefs: Record<string, string>;
  orgSlug: string;
  shortlists: SelectOption[];
  addAction: Action<{ shortlistId: string }>;
}

export function CreatorTable({ caption, rows, sort, sortHrefs, orgSlug, shortlists, addAction }: CreatorTableProps) {
  // Column ids are the search's sort keys, so a header's sort link is found by id.
  const columns: DataTableColumn<CreatorTableRow>[] = [
    column.accessor('displayName', {
      id: 'name',
      header: 'Creator',
      cell: (info) => (
        <a href={`/brand/${orgSlug}/creators/${info.row.original.id}`} className="font-medium text-accent-700 hover:underline">
          {info.getValue()}
        </a>
      ),
    }),
    column.display({
      id: 'invite',
      header: 'Invite',
      cell: (info) => (
        <a href={`/brand/${orgSlug}/offers/new?creator=${info.row.original.id}`} className="text-accent-700 hover:underline">
          Invite<span className="sr-only"> {info.row.original.displayName}</span>
        </a>
      ),
    }),
    column.accessor('country', { header: 'Country' }),
    column.accessor('handle', { header: 'Platform handle' }),
    column.accessor('followers', { id: 'followers', header: 'Followers', cell: (info) => numeric(info.getValue()) }),
    column.accessor('engagement', { id: 'engagement', header: 'Engagement', cell: (info) => numeric(info.getValue()) }),
    column.accessor('authenticity', { id: 'authenticity', header: 'Authenticity', cell: (info) => numeric(info.getValue()) }),
    column.accessor('risk', { header: 'Fake-follower risk', cell: (info) => numeric(info.getValue()) }),
    column.display({
      id: 'shortlist',
      header: 'Add to shortlist',
      cell: (info) =>
        shortlists.length === 0 ? (
          <a href={`/brand/${orgSlug}/shortlists`} className="text-accent-700 hover:underline">
            Create a shortlist first
          </a>
        ) : (
          <AddToShortlistForm
            orgSlug={orgSlug}
            creatorId={info.row.original.id}
            displayName={info.row.original.displayName}
            shortlists={shortlists}
            action={addAction}
          />
        ),
    }),
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      sort={sort}
      sortHref={(columnId) => sortHrefs[columnId]}
    />
  );
}
