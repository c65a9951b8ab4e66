import { formatMoney } from '@/components/campaigns/format';
import type { OfferTerms } from '@/db/schema';
import { usageChannelLabels } from '@/lib/offers/channels';

interface OfferTermsViewProps {
  price: string;
  currency: string;
  terms: OfferTerms | null;
  expiresAt: Date | null;
  deliverableNames: Record<string, string>;
}

const channelName = (channel: string) => usageChannelLabels[channel as keyof typeof usageChannelLabels] ?? channel;

/** The current terms as a description list. */
export function OfferTermsView({ price, currency, terms, expiresAt, deliverableNames }: OfferTermsViewProps) {
  const usage = terms?.usage_rights;
  const rows: [string, React.ReactNode][] = [
    ['Price', formatMoney(price, currency)],
    [
      'Deliverables',
      <ul key="d">
        {(terms?.deliverables ?? []).map((item) => (
          <li key={item.deliverable_id}>
            {deliverableNames[item.deliverable_id] ?? 'Deliverable'} × {item.count}
          </li>
        ))}
      </ul>,
    ],
    [
      'Payment milestones',
      <ol key="m" className="list-decimal pl-5">
        {(terms?.milestones ?? []).map((milestone, index) => (
          <li key={index}>
            {milestone.name}: {formatMoney(milestone.amount, currency)}
            {milestone.due_at ? ` (due ${milestone.due_at})` : ''}
          </li>
        ))}
      </ol>,
    ],
    [
      'Usage rights',
      usage
        ? `${usage.channels.length > 0 ? usage.channels.map(channelName).join(', ') : 'Organic post only'} for ${usage.duration_days} days; paid-ads whitelisting ${usage.paid_ads_whitelisting ? 'included' : 'not included'}`
        : 'Not stated',
    ],
    ['Revisions included', String(terms?.revisions ?? 0)],
    ['Draft due', terms?.deadlines?.draft_due ?? 'Not set'],
    ['Publish due', terms?.deadlines?.publish_due ?? 'Not set'],
    ['Expires', expiresAt ? `${expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'Does not expire'],
    ['Message', terms?.message ?? '—'],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-zinc-600">{label}</dt>
          <dd className="text-zinc-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
