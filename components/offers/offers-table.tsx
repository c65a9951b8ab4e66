import Link from 'next/link';
import { formatMoney, formatMoment } from '@/components/campaigns/format';
import type { OfferStatus } from '@/db/schema';
import type { OfferSide } from '@/lib/offers/moves';
import { OfferStatusBadge } from './status-badge';

export interface OfferListRow {
  id: string;
  href: string;
  campaignTitle: string;
  /** The creator (brand list) or the brand (creator list). */
  counterpart: string;
  price: string;
  currency: string;
  status: OfferStatus;
  version: number;
  counterBy: OfferSide;
  expiresAt: Date | null;
  updatedAt: Date;
}

export const turnText = (row: Pick<OfferListRow, 'status' | 'counterBy'>, viewer: OfferSide) =>
  row.status === 'pending' || row.status === 'counter'
    ? row.counterBy === viewer
      ? `Waiting for ${viewer === 'brand' ? 'the creator' : 'the brand'}`
      : 'Your move'
    : '—';

export function OffersTable({
  rows,
  viewer,
  counterpartLabel,
}: {
  rows: OfferListRow[];
  viewer: OfferSide;
  counterpartLabel: string;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-zinc-200 text-sm">
        <caption className="sr-only">Offers, most recent activity first</caption>
        <thead className="bg-zinc-50 text-left text-zinc-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Campaign
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {counterpartLabel}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Price
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Status
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Turn
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Expires
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Last activity
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="px-4 py-3 text-left font-medium">
                <Link href={row.href} className="text-accent-700 hover:underline">
                  {row.campaignTitle}
                </Link>
                <span className="sr-only"> (version {row.version})</span>
              </th>
              <td className="px-4 py-3">{row.counterpart}</td>
              <td className="px-4 py-3 tabular-nums">{formatMoney(row.price, row.currency)}</td>
              <td className="px-4 py-3">
                <OfferStatusBadge status={row.status} />
              </td>
              <td className="px-4 py-3">{turnText(row, viewer)}</td>
              <td className="px-4 py-3">{row.expiresAt ? formatMoment(row.expiresAt) : '—'}</td>
              <td className="px-4 py-3">{formatMoment(row.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
