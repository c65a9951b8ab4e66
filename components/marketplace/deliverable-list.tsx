import { formatBudget, formatMoney } from '@/components/campaigns/list/format';
import type { Deliverable } from '@/db/schema';
import { deliverableTypeLabels } from '@/lib/campaigns/schemas';

const locale = 'en-GB';

function priceRange(deliverable: Deliverable, currency: string): string {
  const range = formatBudget(deliverable.priceMin, deliverable.priceMax, currency, locale);
  const suggested = deliverable.priceSuggested ? formatMoney(deliverable.priceSuggested, currency, locale) : null;
  if (range && suggested) return `${range} (suggested ${suggested})`;
  return range ?? (suggested ? `Suggested ${suggested}` : 'Open to offers');
}

export function MarketplaceDeliverables({ deliverables, currency }: { deliverables: Deliverable[]; currency: string }) {
  return (
    <section aria-labelledby="deliverables" className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
      <h2 id="deliverables" className="text-base font-semibold text-zinc-900">
        Deliverables
      </h2>
      {deliverables.length === 0 ? (
        <p className="mt-3 text-sm text-zinc-600">The brand has not listed deliverables yet.</p>
      ) : (
        <ul className="mt-3 divide-y divide-zinc-100">
          {deliverables.map((deliverable) => (
            <li key={deliverable.id} className="py-3">
              <h3 className="text-sm font-semibold text-zinc-900">
                {deliverable.count} × {deliverableTypeLabels[deliverable.type]}
              </h3>
              <dl className="mt-1 space-y-1 text-sm">
                <div className="flex gap-2">
                  <dt className="text-zinc-600">Price range:</dt>
                  <dd className="text-zinc-900">{priceRange(deliverable, currency)}</dd>
                </div>
                {deliverable.instructions && (
                  <div>
                    <dt className="text-zinc-600">Instructions:</dt>
                    <dd className="whitespace-pre-line text-zinc-900">{deliverable.instructions}</dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
