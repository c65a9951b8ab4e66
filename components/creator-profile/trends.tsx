import { LineChart, type LineDatum } from '@/components/charts/line-chart';
import { EmptyState } from '@/components/ui/empty-state';
import type { PlatformTrend } from '@/lib/creators/public-profile';
import { platformLabels } from '@/lib/creators/schemas';
import { formatCompactCount, formatCount, formatDate, formatPercent } from './format';

function series(trend: PlatformTrend, pick: (point: PlatformTrend['points'][number]) => number | string | null): LineDatum[] {
  return trend.points.flatMap((point) => {
    const value = pick(point);
    return value === null ? [] : [{ date: point.snapshotAt, value: Number(value) }];
  });
}

function TrendChart({
  title,
  points,
  ...chart
}: { title: string; points: LineDatum[] } & Omit<Parameters<typeof LineChart>[0], 'points' | 'formatDate'>) {
  return (
    <div>
      <h4 className="mb-2 text-sm font-medium text-zinc-700">{title}</h4>
      {points.length === 0 ? (
        <p className="text-sm text-zinc-600">No {title.toLowerCase()} reported in the last 12 months.</p>
      ) : (
        <LineChart points={points} formatDate={formatDate} {...chart} />
      )}
    </div>
  );
}

/** Engagement is stored with two decimals: exact values keep them, axis ticks drop trailing zeros. */
const exactPercent = (value: number) => `${value.toFixed(2)}%`;
const tickPercent = (value: number) => formatPercent(Number(value.toFixed(2)));

/** Followers and engagement rate per platform from the stats history. */
export function Trends({ trends }: { trends: readonly PlatformTrend[] }) {
  return (
    <section aria-labelledby="trends" className="space-y-4">
      <h2 id="trends" className="text-lg font-semibold text-zinc-900">
        Trends over the last 12 months
      </h2>
      {trends.length === 0 ? (
        <EmptyState title="No stats history in the last 12 months" headingLevel="h3">
          <p>Trends appear once the creator has reported stats during the past year.</p>
        </EmptyState>
      ) : (
        trends.map((trend) => {
          const platform = platformLabels[trend.platform];
          return (
            <section
              key={trend.platform}
              aria-labelledby={`trend-${trend.platform}`}
              className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm"
            >
              <h3 id={`trend-${trend.platform}`} className="mb-3 text-base font-semibold text-zinc-900">
                {platform}
              </h3>
              <div className="grid gap-6 lg:grid-cols-2">
                <TrendChart
                  title="Followers"
                  label={`${platform} followers`}
                  points={series(trend, (point) => point.followers)}
                  formatValue={formatCount}
                  formatTick={formatCompactCount}
                  valueHeader="Followers"
                />
                <TrendChart
                  title="Engagement rate"
                  label={`${platform} engagement rate`}
                  points={series(trend, (point) => point.engagementRate)}
                  formatValue={exactPercent}
                  formatTick={tickPercent}
                  valueHeader="Engagement rate"
                />
              </div>
            </section>
          );
        })
      )}
    </section>
  );
}
