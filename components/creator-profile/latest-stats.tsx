import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import type { PublicLatestStats } from '@/lib/creators/public-profile';
import { platformLabels } from '@/lib/creators/schemas';
import { dataSourceLabels, formatCount, formatDate, formatPercent, none, riskLabels } from './format';

function Stat({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-4 py-1.5">
      <dt className="text-zinc-600">{term}</dt>
      <dd className="text-right font-medium text-zinc-900 tabular-nums">{children}</dd>
    </div>
  );
}

/** One card per platform with its newest snapshot. */
export function LatestStats({ stats }: { stats: readonly PublicLatestStats[] }) {
  return (
    <section aria-labelledby="latest-stats" className="space-y-4">
      <h2 id="latest-stats" className="text-lg font-semibold text-zinc-900">
        Latest stats
      </h2>
      {stats.length === 0 ? (
        <EmptyState title="No stats reported yet" headingLevel="h3">
          <p>Figures appear here once the creator reports or connects a platform.</p>
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {stats.map((row) => (
            <li key={row.platform}>
              <Card className="h-full p-5">
                <h3 className="text-base font-semibold text-zinc-900">{platformLabels[row.platform]}</h3>
                <dl className="mt-3 divide-y divide-zinc-100 text-sm">
                  <Stat term="Followers">{formatCount(row.followers)}</Stat>
                  <Stat term="Engagement rate">{formatPercent(row.engagementRate)}</Stat>
                  <Stat term="Authenticity score">{row.authenticityScore ?? none}</Stat>
                  <Stat term="Fake-follower risk">
                    {row.fakeFollowerRisk ? riskLabels[row.fakeFollowerRisk] : none}
                    {row.fakeFollowerRiskScore !== null && ` (${row.fakeFollowerRiskScore} / 100)`}
                  </Stat>
                  <Stat term="Snapshot date">{formatDate(row.snapshotAt)}</Stat>
                  <Stat term="Data source">{row.dataSource ? dataSourceLabels[row.dataSource] : none}</Stat>
                </dl>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
