import Link from 'next/link';
import type { OfferStatus } from '@/db/schema';
import { offerStatusFilters, offerStatusLabels } from './labels';

/** Links that filter the list by status; the current one is marked for assistive technology. */
export function OfferStatusFilter({ basePath, current }: { basePath: string; current: OfferStatus | undefined }) {
  return (
    <nav aria-label="Filter offers by status" className="mb-4">
      <ul className="flex flex-wrap gap-2 text-sm">
        {offerStatusFilters.map((filter) => {
          const active = filter === 'all' ? current === undefined : current === filter;
          return (
            <li key={filter}>
              <Link
                href={filter === 'all' ? basePath : `${basePath}?status=${filter}`}
                aria-current={active ? 'page' : undefined}
                className={`rounded-full px-3 py-1 font-medium ring-1 ring-inset ${
                  active ? 'bg-accent-600 text-white ring-accent-600' : 'bg-white text-zinc-700 ring-zinc-300 hover:bg-zinc-50'
                }`}
              >
                {filter === 'all' ? 'All' : offerStatusLabels[filter]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
