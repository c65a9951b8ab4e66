import type { OwnStatsRow } from '@/lib/creators/queries';
import { platformLabels } from '@/lib/creators/schemas';

const numberFormat = new Intl.NumberFormat('en');
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

const count = (value: number | null) => (value === null ? '—' : numberFormat.format(value));
const rate = (value: string | null) => (value === null ? '—' : `${value}%`);

type LatestRow = Pick<OwnStatsRow, 'platform' | 'followers' | 'engagementRate' | 'reach' | 'snapshotAt'>;

const th = 'px-3 py-2 text-left font-medium text-zinc-700';
const td = 'px-3 py-2 text-zinc-900';

function HeaderRow({ labels }: { labels: string[] }) {
  return (
    <tr>
      {labels.map((label) => (
        <th key={label} scope="col" className={th}>
          {label}
        </th>
      ))}
    </tr>
  );
}

export function LatestStatsTable({ rows }: { rows: LatestRow[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Latest snapshot per platform</caption>
      <thead className="border-b border-zinc-200">
        <HeaderRow labels={['Platform', 'Followers', 'Engagement rate', 'Reach', 'Updated (UTC)']} />
      </thead>
      <tbody className="divide-y divide-zinc-100">
        {rows.map((row) => (
          <tr key={row.platform}>
            <th scope="row" className={`${td} text-left font-medium`}>
              {platformLabels[row.platform]}
            </th>
            <td className={td}>{count(row.followers)}</td>
            <td className={td}>{rate(row.engagementRate)}</td>
            <td className={td}>{count(row.reach)}</td>
            <td className={td}>{dateFormat.format(row.snapshotAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StatsHistoryTable({ rows }: { rows: OwnStatsRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Stats history, newest first</caption>
        <thead className="border-b border-zinc-200">
          <HeaderRow
            labels={[
              'Date (UTC)',
              'Platform',
              'Followers',
              'Following',
              'Posts',
              'Engagement rate',
              'Avg. likes',
              'Avg. comments',
              'Reach',
              'Impressions',
            ]}
          />
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className={td}>{dateFormat.format(row.snapshotAt)}</td>
              <td className={td}>{platformLabels[row.platform]}</td>
              <td className={td}>{count(row.followers)}</td>
              <td className={td}>{count(row.following)}</td>
              <td className={td}>{count(row.posts)}</td>
              <td className={td}>{rate(row.engagementRate)}</td>
              <td className={td}>{count(row.averageLikes)}</td>
              <td className={td}>{count(row.averageComments)}</td>
              <td className={td}>{count(row.reach)}</td>
              <td className={td}>{count(row.impressions)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
