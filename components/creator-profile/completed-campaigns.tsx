import { EmptyState } from '@/components/ui/empty-state';
import type { CompletedCampaign } from '@/lib/creators/public-profile';
import { formatDate } from './format';

export function CompletedCampaigns({ campaigns }: { campaigns: readonly CompletedCampaign[] }) {
  return (
    <section aria-labelledby="completed-campaigns" className="space-y-4">
      <h2 id="completed-campaigns" className="text-lg font-semibold text-zinc-900">
        Completed campaigns
      </h2>
      {campaigns.length === 0 ? (
        <EmptyState title="No completed campaigns yet" headingLevel="h3">
          <p>Campaigns appear here when a contract with this creator is completed.</p>
        </EmptyState>
      ) : (
        <ul className="divide-y divide-zinc-100 rounded-xl border border-zinc-200 bg-white shadow-sm">
          {campaigns.map((campaign) => (
            <li
              key={campaign.contractId}
              className="flex flex-col gap-1 px-5 py-3 sm:flex-row sm:items-baseline sm:justify-between"
            >
              <div>
                <p className="font-medium text-zinc-900">{campaign.campaignTitle}</p>
                <p className="text-sm text-zinc-600">for {campaign.brandName}</p>
              </div>
              <p className="text-sm text-zinc-600">
                Completed <time dateTime={campaign.completedAt.toISOString()}>{formatDate(campaign.completedAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
