import { EmptyState } from '@/components/ui/empty-state';
import type { WaitingMoneyRow, WaitingMoneyTotal } from '@/lib/payments/waiting';
import { toWaitingMoneyTableRow } from './waiting-money-rows';
import { WaitingMoneyTable } from './waiting-money-table';

interface WaitingMoneySectionProps {
  /** The oldest waits, as many as the page shows. */
  rows: WaitingMoneyRow[];
  /** Every wait, summed per currency. */
  totals: WaitingMoneyTotal[];
  now: Date;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function WaitingTotals({ totals }: { totals: WaitingMoneyTotal[] }) {
  return (
    <dl aria-label="Money waiting per currency" className="flex flex-wrap gap-3">
      {totals.map((total) => (
        <div key={total.currency} className="rounded-lg border border-zinc-200 bg-zinc-50 px-3 py-2">
          <dt className="text-xs font-medium text-zinc-600">Waiting in {total.currency}</dt>
          <dd className="text-sm font-semibold text-zinc-900 tabular-nums">
            {total.amount} {total.currency}
            <span className="ml-1 font-normal text-zinc-600">({plural(total.count, 'item')})</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The back office's "money waiting" list: money that cannot move yet, why, and who can unblock it. */
export function WaitingMoneySection({ rows, totals, now }: WaitingMoneySectionProps) {
  const waiting = totals.reduce((sum, total) => sum + total.count, 0);
  return (
    <section aria-labelledby="waiting-money-heading" className="space-y-3">
      <h2 id="waiting-money-heading" className="text-lg font-semibold text-zinc-900">
        Money waiting
      </h2>
      <p className="text-sm text-zinc-600">
        Releases and refunds that cannot go out yet, and held money nothing is moving, oldest first. The creator is asked to set
        up payouts and staff are told when the payment gateway refuses a movement; the rest needs a decision here.
      </p>
      {rows.length === 0 ? (
        <EmptyState title="No money is waiting" headingLevel="h3">
          <p>
            Every release and refund that is due has gone out or is on its way, and no held money is stuck on a finished, disputed
            or cancelled contract.
          </p>
        </EmptyState>
      ) : (
        <>
          <WaitingTotals totals={totals} />
          <WaitingMoneyTable rows={rows.map((row) => toWaitingMoneyTableRow(row, now))} />
          {rows.length < waiting && (
            <p className="text-sm text-zinc-600">
              Showing the oldest {rows.length} of {plural(waiting, 'item')}; the totals count them all.
            </p>
          )}
        </>
      )}
    </section>
  );
}
