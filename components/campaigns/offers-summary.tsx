import { offerStatuses, type OfferStatus } from '@/db/schema';
import type { OffersSummary as Summary } from '@/lib/campaigns/queries';
import { formatMoney } from './format';

const offerStatusLabels: Record<OfferStatus, string> = {
  pending: 'Pending',
  counter: 'Countered',
  accepted: 'Accepted',
  completed: 'Completed',
  rejected: 'Rejected',
  expired: 'Expired',
  terminated: 'Ended early',
};

interface OffersSummaryProps {
  summary: Summary;
  currency: string;
  published: boolean;
}

export function OffersSummary({ summary, currency, published }: OffersSummaryProps) {
  return (
    <section aria-labelledby="offers" className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="offers" className="text-base font-semibold text-zinc-900">
          Offers
        </h2>
        <p className="text-sm text-zinc-500">{summary.total.toLocaleString('en-GB')} in total</p>
      </div>
      {summary.total === 0 ? (
        <p className="mt-3 text-sm text-zinc-600">
          {published
            ? 'No offers yet. Creators see the campaign in the marketplace and send offers; they will be counted here.'
            : 'No offers yet. Publish the campaign so creators can find it and send offers.'}
        </p>
      ) : (
        <dl className="mt-3 divide-y divide-zinc-100">
          {offerStatuses.map((status) => (
            <div key={status} className="flex items-center justify-between py-2 text-sm">
              <dt className="text-zinc-600">{offerStatusLabels[status]}</dt>
              <dd className="font-semibold tabular-nums text-zinc-900">{summary.counts[status].toLocaleString('en-GB')}</dd>
            </div>
          ))}
          <div className="flex items-center justify-between py-2 text-sm">
            <dt className="text-zinc-600">Accepted total</dt>
            <dd className="font-semibold tabular-nums text-zinc-900">
              {summary.acceptedTotals.length === 0
                ? formatMoney('0', currency)
                : summary.acceptedTotals.map((total) => formatMoney(total.amount, total.currency)).join(' + ')}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
