import Link from 'next/link';
import type { Action } from '@/lib/actions/clients';
import type { DeliverableRow } from '@/lib/campaigns/queries';
import { deliverableTypeLabels } from '@/lib/campaigns/schemas';
import { asLines } from './form-defaults';
import { formatMoney } from './format';
import { RemoveDeliverableButton } from './remove-deliverable-button';

interface DeliverablesTableProps {
  deliverables: readonly DeliverableRow[];
  currency: string;
  /** Set while the campaign is a draft: rows get Edit and Remove. */
  editing?: { orgSlug: string; campaignId: string; removeAction: Action<string> };
}

const cell = 'px-3 py-2 text-left align-top text-sm';

export function DeliverablesTable({ deliverables, currency, editing }: DeliverablesTableProps) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-zinc-200">
        <caption className="sr-only">Deliverables</caption>
        <thead className="bg-zinc-50">
          <tr>
            {['Type', 'Count', 'Minimum price', 'Suggested price', 'Maximum price', 'Guidelines'].map((heading) => (
              <th key={heading} scope="col" className={`${cell} font-semibold text-zinc-700`}>
                {heading}
              </th>
            ))}
            {editing && (
              <th scope="col" className={`${cell} font-semibold text-zinc-700`}>
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {deliverables.map((deliverable) => {
            const name = `${deliverableTypeLabels[deliverable.type].toLowerCase()} deliverable`;
            const guidelines = deliverable.guidelines ?? {};
            const summary = [asLines(guidelines.hashtags), asLines(guidelines.mentions), asLines(guidelines.links)]
              .join('\n')
              .split('\n')
              .filter(Boolean);
            return (
              <tr key={deliverable.id}>
                <th scope="row" className={`${cell} font-medium text-zinc-900`}>
                  {deliverableTypeLabels[deliverable.type]}
                  {deliverable.instructions && (
                    <p className="mt-1 max-w-xs whitespace-pre-line font-normal text-zinc-600">{deliverable.instructions}</p>
                  )}
                </th>
                <td className={`${cell} tabular-nums`}>{deliverable.count}</td>
                <td className={`${cell} tabular-nums`}>{formatMoney(deliverable.priceMin, currency)}</td>
                <td className={`${cell} tabular-nums`}>{formatMoney(deliverable.priceSuggested, currency)}</td>
                <td className={`${cell} tabular-nums`}>{formatMoney(deliverable.priceMax, currency)}</td>
                <td className={`${cell} break-all text-zinc-700`}>{summary.length > 0 ? summary.join(' ') : '—'}</td>
                {editing && (
                  <td className={`${cell} whitespace-nowrap`}>
                    <Link
                      href={`/brand/${editing.orgSlug}/campaigns/${editing.campaignId}/deliverables/${deliverable.id}/edit`}
                      className="mr-4 font-medium text-accent-700 underline-offset-2 hover:underline"
                    >
                      Edit<span className="sr-only"> {name}</span>
                    </Link>
                    <RemoveDeliverableButton
                      action={editing.removeAction}
                      orgSlug={editing.orgSlug}
                      campaignId={editing.campaignId}
                      deliverableId={deliverable.id}
                      name={name}
                    />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
