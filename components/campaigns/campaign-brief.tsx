import type { ReactNode } from 'react';
import type { CampaignRow } from '@/lib/campaigns/queries';
import { formatDay, formatMoney } from './format';

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function Entry({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="py-3 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-zinc-600">{term}</dt>
      <dd className="mt-1 text-sm text-zinc-900 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

function Lines({ items }: { items: string[] }) {
  if (items.length === 0) return <span className="text-zinc-500">None yet</span>;
  return (
    <ul className="list-inside list-disc space-y-0.5">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function CampaignBrief({ campaign }: { campaign: CampaignRow }) {
  const brief = campaign.brief ?? {};
  return (
    <section aria-labelledby="brief" className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
      <h2 id="brief" className="text-base font-semibold text-zinc-900">
        Brief
      </h2>
      {campaign.description && <p className="mt-3 whitespace-pre-line text-sm text-zinc-700">{campaign.description}</p>}
      <dl className="mt-3 divide-y divide-zinc-100">
        <Entry term="Objectives">
          <Lines items={list(brief.objectives)} />
        </Entry>
        <Entry term="Tone">
          {typeof brief.tone === 'string' && brief.tone ? brief.tone : <span className="text-zinc-500">Not set</span>}
        </Entry>
        <Entry term="Key messages">
          <Lines items={list(brief.key_messages)} />
        </Entry>
        <Entry term="Do's">
          <Lines items={list(brief.dos)} />
        </Entry>
        <Entry term="Don'ts">
          <Lines items={list(brief.donts)} />
        </Entry>
        <Entry term="Hashtags">{list(brief.hashtags).join(' ') || <span className="text-zinc-500">None yet</span>}</Entry>
        <Entry term="Mentions">{list(brief.mentions).join(' ') || <span className="text-zinc-500">None yet</span>}</Entry>
      </dl>
    </section>
  );
}

export function CampaignFacts({ campaign }: { campaign: CampaignRow }) {
  const budget =
    campaign.budgetMin === null && campaign.budgetMax === null
      ? 'Not set'
      : `${formatMoney(campaign.budgetMin, campaign.currency)} – ${formatMoney(campaign.budgetMax, campaign.currency)}`;
  return (
    <section aria-labelledby="budget-and-dates" className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
      <h2 id="budget-and-dates" className="text-base font-semibold text-zinc-900">
        Budget and dates
      </h2>
      <dl className="mt-3 divide-y divide-zinc-100">
        <Entry term="Budget">{budget}</Entry>
        <Entry term="Currency">{campaign.currency}</Entry>
        <Entry term="Start date">{formatDay(campaign.startDate)}</Entry>
        <Entry term="End date">{formatDay(campaign.endDate)}</Entry>
        <Entry term="Submission deadline">{formatDay(campaign.submissionDeadline)}</Entry>
        <Entry term="Deliverable deadline">{formatDay(campaign.deliverableDeadline)}</Entry>
        <Entry term="Content approval required">{campaign.contentApprovalRequired ? 'Yes' : 'No'}</Entry>
      </dl>
    </section>
  );
}
