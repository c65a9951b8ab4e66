import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/db/client';
import { countryName } from '@/components/discovery/rows';
import { NoteForm, RemoveEntryForm } from '@/components/discovery/shortlist-entry-forms';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireBrandMembership } from '@/lib/auth/guards';
import { getShortlist } from '@/lib/discovery/shortlist-queries';
import { NotFoundError } from '@/lib/errors';
import { requestMeta } from '@/lib/http/request-meta';
import { roleAllows } from '@/lib/organizations/permissions';
import { removeFromShortlistAction, updateShortlistNoteAction } from '../actions';

export const metadata: Metadata = { title: 'Shortlist' };

interface ShortlistPageProps {
  params: Promise<{ orgSlug: string; shortlistId: string }>;
}

export default async function ShortlistPage({ params }: ShortlistPageProps) {
  const { orgSlug, shortlistId } = await params;
  const { user, membership } = await requireBrandMembership(orgSlug);
  if (!z.uuid().safeParse(shortlistId).success) notFound();
  const shortlist = await getShortlist(
    {
      db: db(),
      actor: { userId: user.id, role: user.role },
      request: await requestMeta(),
      organizationId: membership.organization.id,
    },
    shortlistId,
  ).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const canManage = roleAllows(membership.role, 'shortlist.manage');
  const numbers = new Intl.NumberFormat('en-GB');
  const base = `/brand/${orgSlug}/shortlists/${shortlist.id}`;

  return (
    <>
      <PageHeader
        title={shortlist.name}
        eyebrow="Shortlist"
        actions={
          shortlist.entries.length > 0 && (
            <a href={`${base}/export`} className={buttonClasses('secondary')}>
              Export CSV
            </a>
          )
        }
      />
      {shortlist.entries.length === 0 ? (
        <EmptyState title="No creators on this shortlist yet">
          <p>
            <Link href={`/brand/${orgSlug}/creators`} className="font-semibold text-accent-700 hover:underline">
              Find creators
            </Link>{' '}
            and add them here with “Add to shortlist”.
          </p>
        </EmptyState>
      ) : (
        <ul className="space-y-4">
          {shortlist.entries.map((entry) => {
            const name = entry.displayName ?? 'Unnamed creator';
            const props = { orgSlug, shortlistId: shortlist.id, creatorId: entry.creatorId, displayName: name };
            return (
              <li key={entry.creatorId} className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
                <div className="flex items-start justify-between gap-4">
                  <div>
                    <h2 id={`entry-${entry.creatorId}`} className="font-semibold text-zinc-900">
                      {name}
                    </h2>
                    <p className="text-sm text-zinc-600">
                      {countryName(entry.country)} ·{' '}
                      {entry.followers === null ? 'no audience figures yet' : `${numbers.format(entry.followers)} followers`}
                    </p>
                  </div>
                  <div className="flex items-start gap-3">
                    <Link href={`/brand/${orgSlug}/offers/new?creator=${entry.creatorId}`} className={buttonClasses('secondary')}>
                      Invite<span className="sr-only"> {name}</span>
                    </Link>
                    {canManage && <RemoveEntryForm {...props} action={removeFromShortlistAction} />}
                  </div>
                </div>
                {canManage ? (
                  <div className="mt-3">
                    <NoteForm {...props} note={entry.note} action={updateShortlistNoteAction} />
                  </div>
                ) : (
                  entry.note && <p className="mt-3 text-sm whitespace-pre-line text-zinc-700">{entry.note}</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
