import type { TimelineEntry } from '@/lib/campaigns/timeline';
import { formatMoment } from './format';

export function CampaignTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <section aria-labelledby="timeline" className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
      <h2 id="timeline" className="text-base font-semibold text-zinc-900">
        Timeline
      </h2>
      {entries.length === 0 ? (
        <p className="mt-3 text-sm text-zinc-600">Nothing has happened yet. Changes to the campaign will be listed here.</p>
      ) : (
        <ol className="mt-4 space-y-4 border-l border-zinc-200 pl-4">
          {entries.map((entry) => (
            <li key={entry.id} className="text-sm">
              <p className="text-zinc-900">
                <span className="font-semibold">{entry.actorName}</span> {entry.summary}
              </p>
              <p className="text-xs text-zinc-500">
                <time dateTime={entry.at.toISOString()}>{formatMoment(entry.at)}</time>
              </p>
              {entry.changes.length > 0 && (
                <ul className="mt-1 space-y-0.5 text-zinc-700">
                  {entry.changes.map((change) => (
                    <li key={change.field}>
                      <span className="font-medium">{change.field}:</span>{' '}
                      {change.before === null ? change.after : `${change.before} → ${change.after}`}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
