import type { Metadata } from 'next';
import Link from 'next/link';
import { db } from '@/db/client';
import { AppShell } from '@/components/app-shell';
import { memberRoleLabels } from '@/components/labels';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { brandRoles, requireAreaUser } from '@/lib/auth/guards';
import { listMemberships } from '@/lib/organizations/queries';

export const metadata: Metadata = { title: 'Your organizations' };

export default async function BrandOrganizationsPage() {
  const user = await requireAreaUser('/brand', brandRoles);
  const memberships = await listMemberships(db(), user.id);
  return (
    <AppShell user={user} area="Brand">
      <PageHeader title="Your organizations" description="Choose the organization you want to work in." />
      {memberships.length === 0 ? (
        <EmptyState title="You are not a member of any organization">
          <p>Ask an admin of your company’s Pactly organization to invite you, then open the link in the invitation email.</p>
        </EmptyState>
      ) : (
        <ul className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm">
          {memberships.map(({ organization, role }) => (
            <li key={organization.id} className="relative flex items-center justify-between gap-4 px-6 py-4 hover:bg-zinc-50">
              <Link href={`/brand/${organization.slug}`} className="font-medium text-zinc-900 after:absolute after:inset-0">
                {organization.name}
              </Link>
              <span className="text-sm text-zinc-500">{memberRoleLabels[role]}</span>
            </li>
          ))}
        </ul>
      )}
    </AppShell>
  );
}
