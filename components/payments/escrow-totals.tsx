import type { EscrowBalance } from '@/lib/payments/ledger';

interface EscrowTotalsProps {
  balances: EscrowBalance[];
  /** The organization view adds the platform fees kept from releases. */
  showFees?: boolean;
  emptyText: string;
}

/** Captured, released, refunded and held money per currency, as the ledger sums them. */
export function EscrowTotals({ balances, showFees = false, emptyText }: EscrowTotalsProps) {
  if (balances.length === 0) return <p className="text-sm text-zinc-600">{emptyText}</p>;
  return (
    <div className="space-y-3">
      {balances.map((balance) => {
        const figures: [string, string][] = [
          ['Captured', balance.captured],
          ['Released', balance.released],
          ['Refunded', balance.refunded],
          ['Held', balance.held],
          ...(showFees ? [['Platform fees', balance.fees] as [string, string]] : []),
        ];
        return (
          <dl
            key={balance.currency}
            aria-label={`Escrow in ${balance.currency}`}
            className="grid grid-cols-2 gap-3 sm:grid-cols-5"
          >
            {figures.map(([label, value]) => (
              <div key={label} className="rounded-lg border border-zinc-200 bg-zinc-50 px-3 py-2">
                <dt className="text-xs font-medium text-zinc-600">{label}</dt>
                <dd className="text-sm font-semibold text-zinc-900 tabular-nums">
                  {value} {balance.currency}
                </dd>
              </div>
            ))}
          </dl>
        );
      })}
    </div>
  );
}
