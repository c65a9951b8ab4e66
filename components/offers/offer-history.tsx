import { formatMoment } from '@/components/campaigns/format';
import { diffRevisions } from '@/lib/offers/diff';
import type { OfferRevisionRow } from '@/lib/offers/queries';
import { offerStatusLabels } from './labels';

interface OfferHistoryProps {
  revisions: readonly OfferRevisionRow[];
  deliverableNames: Record<string, string>;
  /** Who each user id is on this offer, e.g. the creator's name or "Brand name (member name)". */
  creatorId: string;
  brandName: string;
}

/** One entry per version, newest first, with what changed from the version before. */
export function OfferHistory({ revisions, deliverableNames, creatorId, brandName }: OfferHistoryProps) {
  const entries = revisions.map((revision, index) => ({
    revision,
    changes: index === 0 ? [] : diffRevisions(revisions[index - 1]!, revision, deliverableNames),
  }));
  const who = (revision: OfferRevisionRow) =>
    revision.changedBy === null
      ? 'Pactly (automatic)'
      : revision.changedBy === creatorId
        ? `${revision.changerName ?? 'The creator'} (creator)`
        : `${revision.changerName ?? 'A member'} (${brandName})`;
  return (
    <ol className="space-y-4 border-l border-zinc-200 pl-4">
      {entries.reverse().map(({ revision, changes }) => (
        <li key={revision.id} className="text-sm">
          <h3 className="font-semibold text-zinc-900">
            Version {revision.version}: {offerStatusLabels[revision.status]}
          </h3>
          <p className="text-zinc-700">
            By {who(revision)} · <time dateTime={revision.createdAt.toISOString()}>{formatMoment(revision.createdAt)}</time>
          </p>
          {revision.note && <p className="mt-1 text-zinc-700">Note: {revision.note}</p>}
          {changes.length > 0 && (
            <ul className="mt-1 space-y-0.5 text-zinc-700" aria-label={`Changes in version ${revision.version}`}>
              {changes.map((change) => (
                <li key={change.field}>
                  <span className="font-medium">{change.label}:</span> {change.before ?? 'none'} → {change.after ?? 'removed'}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
