import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatDay } from '@/components/campaigns/format';
import { formatBudget } from '@/components/campaigns/list/format';
import { deliverableTypeLabels } from '@/lib/campaigns/schemas';
import type { MarketplaceRow } from '@/lib/marketplace/queries';
import { countryName } from './country-name';

const locale = 'en-GB';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-zinc-500">{term}</dt>
      <dd className="text-sm text-zinc-900">{children}</dd>
    </div>
  );
}

export function MarketplaceCampaignCard({ campaign }: { campaign: MarketplaceRow }) {
  const types = campaign.deliverableTypes.map((type) => deliverableTypeLabels[type]).join(', ');
  return (
    <li className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
      <h3 className="text-base font-semibold text-zinc-900">
        <Link href={`/creator/campaigns/${campaign.id}`} className="text-accent-700 hover:underline">
          {campaign.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-zinc-600">
        {campaign.brandName} · {countryName(campaign.brandCountry)}
      </p>
      <dl className="mt-4 grid gap-3 sm:grid-cols-3">
        <Fact term="Budget">{formatBudget(campaign.budgetMin, campaign.budgetMax, campaign.currency, locale) ?? 'Not set'}</Fact>
        <Fact term="Deliverables">{types || 'Not set yet'}</Fact>
        <Fact term="Deadline">{formatDay(campaign.deadline)}</Fact>
      </dl>
    </li>
  );
}

export function MarketplaceCampaignList({ campaigns }: { campaigns: MarketplaceRow[] }) {
  return (
    <ul className="space-y-4">
      {campaigns.map((campaign) => (
        <MarketplaceCampaignCard key={campaign.id} campaign={campaign} />
      ))}
    </ul>
  );
}
