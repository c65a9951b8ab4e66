import type { Metadata } from 'next';
import { StatsForm } from '@/components/creators/stats-form';
import { LatestStatsTable, StatsHistoryTable } from '@/components/creators/stats-tables';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireCreatorPage } from '@/lib/auth/guards';
import { creatorPageCtx } from '@/lib/creators/page-ctx';
import { listLatestStats, listOwnStats } from '@/lib/creators/queries';

export const metadata: Metadata = { title: 'Your stats' };

export default async function CreatorStatsPage() {
  const user = await requireCreatorPage('/creator/stats');
  const ctx = await creatorPageCtx(user);
  const [latest, history] = await Promise.all([listLatestStats(ctx), listOwnStats(ctx, 20)]);
  return (
    <>
      <PageHeader
        title="Your stats"
        description={
          <p>Share your latest numbers per platform. Each submission is kept as a dated snapshot that brands can trust.</p>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
        <Card className="h-fit space-y-4">
          <h2 className="text-lg font-semibold text-zinc-900">Submit new stats</h2>
          <StatsForm />
        </Card>
        <div className="space-y-6">
          {latest.length === 0 ? (
            <EmptyState title="No stats yet">
              <p>Choose a platform, enter your followers and any other numbers you know, then select Save stats.</p>
            </EmptyState>
          ) : (
            <>
              <Card className="space-y-3">
                <h2 className="text-lg font-semibold text-zinc-900">Latest per platform</h2>
                <LatestStatsTable rows={latest} />
              </Card>
              <Card className="space-y-3">
                <h2 className="text-lg font-semibold text-zinc-900">History</h2>
                <StatsHistoryTable rows={history} />
              </Card>
            </>
          )}
        </div>
      </div>
    </>
  );
}
