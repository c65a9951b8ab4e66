import Link from 'next/link';
import { AddToShortlistForm } from '@/components/discovery/add-to-shortlist-form';
import type { SelectOption } from '@/components/ui/select-field';
import type { Action } from '@/lib/actions/clients';

interface ShortlistPanelProps {
  orgSlug: string;
  creatorId: string;
  displayName: string;
  shortlists: SelectOption[];
  addAction: Action<{ shortlistId: string }>;
}

export function ShortlistPanel({ orgSlug, creatorId, displayName, shortlists, addAction }: ShortlistPanelProps) {
  return (
    <section aria-labelledby="shortlist" className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
      <h2 id="shortlist" className="mb-3 text-lg font-semibold text-zinc-900">
        Add to a shortlist
      </h2>
      {shortlists.length === 0 ? (
        <p className="text-sm text-zinc-600">
          Your organization has no shortlists yet.{' '}
          <Link href={`/brand/${orgSlug}/shortlists`} className="font-semibold text-accent-700 hover:underline">
            Create a shortlist first
          </Link>
        </p>
      ) : (
        <AddToShortlistForm
          orgSlug={orgSlug}
          creatorId={creatorId}
          displayName={displayName}
          shortlists={shortlists}
          action={addAction}
        />
      )}
    </section>
  );
}
