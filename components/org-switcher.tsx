import Link from 'next/link';
import { db } from '@/db/client';
import { memberRoleLabels } from '@/components/labels';
import { listMemberships } from '@/lib/organizations/queries';

/** The organizations the user belongs to, as links; the current one is marked. A disclosure, so it works without script. */
export async function OrgSwitcher({ userId, currentSlug }: { userId: string; currentSlug?: string }) {
  const memberships = await listMemberships(db(), userId);
  if (memberships.length === 0) return null;
  return (
    <details className="group relative">
      <summary className="cursor-pointer list-none rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-700 shadow-sm hover:bg-zinc-50 [&::-webkit-details-marker]:hidden">
        Switch organization <span aria-hidden="true">▾</span>
      </summary>
      <nav
        aria-label="Your organizations"
        className="absolute right-0 z-10 mt-2 w-72 rounded-lg border border-zinc-200 bg-white py-1 shadow-lg"
      >
        <ul>
          {memberships.map(({ organization, role }) => {
            const current = organization.slug === currentSlug;
            return (
              <li key={organization.id}>
                <Link
                  href={`/brand/${organization.slug}`}
                  aria-current={current ? 'true' : undefined}
                  className="flex items-center justify-between gap-3 px-4 py-2 text-sm text-zinc-900 hover:bg-zinc-50 aria-[current=true]:font-semibold"
                >
                  <span className="truncate">{organization.name}</span>
                  <span className="shrink-0 text-xs text-zinc-500">{current ? 'Current' : memberRoleLabels[role]}</span>
                </Link>
              </li>
            );
          })}
        </ul>
        <p className="border-t border-zinc-100 px-4 py-2 text-sm">
          <Link href="/brand" className="font-medium text-accent-700 underline-offset-2 hover:underline">
            All organizations
          </Link>
        </p>
      </nav>
    </details>
  );
}
