import type { Metadata } from 'next';
import Link from 'next/link';
import { db } from '@/db/client';
import { CreateShortlistForm } from '@/components/discovery/create-shortlist-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireBrandMembership } from '@/lib/auth/guards';
import { listShortlists } from '@/lib/discovery/shortlist-queries';
import { requestMeta } from '@/lib/http/request-meta';
import { roleAllows } from '@/lib/organizations/permissions';
import { createShortlistAction } from './actions';

export const metadata: Metadata = { title: 'Shortlists' };

export default async function ShortlistsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { user, membership } = await requireBrandMembership(orgSlug);
  const shortlists = await listShortlists({
    db: db(),
    actor: { userId: user.id, role: user.role },
    request: await requestMeta(),
    organizationId: membership.organization.id,
  });
  const canManage = roleAllows(membership.role, 'shortlist.manage');
  const dates = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

  return (
    <>
      <PageHeader title="Shortlists" description="Keep the creators you are considering in named lists, with notes." />
      {canManage && <CreateShortlistForm orgSlug={orgSlug} action={createShortlistAction} />}
      {shortlists.length === 0 ? (
        <EmptyState title="No shortlists yet">
          <p>Create a shortlist above, then add creators to it from Find creators.</p>
          <p>
            <Link href={`/brand/${orgSlug}/creators`} className="font-semibold text-accent-700 hover:underline">
              Find creators
            </Link>
          </p>
        </EmptyState>
      ) : (
        <section aria-labelledby="shortlist-list">
          <h2 id="shortlist-list" className="mb-3 text-lg font-semibold text-zinc-900">
            Your shortlists
          </h2>
          <ul className="divide-y divide-zinc-100 rounded-xl border border-zinc-200 bg-white shadow-sm">
            {shortlists.map((list) => (
              <li key={list.id} className="flex items-center justify-between gap-4 px-4 py-3">
                <Link href={`/brand/${orgSlug}/shortlists/${list.id}`} className="font-medium text-accent-700 hover:underline">
                  {list.name}
                </Link>
                <span className="text-sm text-zinc-600">
                  {list.entries === 1 ? '1 creator' : `${list.entries} creators`} · created {dates.format(list.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
