import Link from 'next/link';
import { contractStatuses, type ContractStatus } from '@/db/schema';
import { contractStatusLabels } from '@/components/contracts/labels';
import { adminContractsHref } from '@/lib/contracts/admin-queries';

/** Links that filter the list by status (back to page 1); the current one is marked for assistive technology. */
export function AdminContractStatusFilter({ current }: { current: ContractStatus | undefined }) {
  const filters = [undefined, ...contractStatuses] as const;
  return (
    <nav aria-label="Filter contracts by status" className="mb-4">
      <ul className="flex flex-wrap gap-2 text-sm">
        {filters.map((status) => {
          const active = status === current;
          return (
            <li key={status ?? 'all'}>
              <Link
                href={adminContractsHref(status ? { status, page: 1 } : { page: 1 })}
                aria-current={active ? 'page' : undefined}
                className={`rounded-full px-3 py-1 font-medium ring-1 ring-inset ${
                  active ? 'bg-accent-600 text-white ring-accent-600' : 'bg-white text-zinc-700 ring-zinc-300 hover:bg-zinc-50'
                }`}
              >
                {status ? contractStatusLabels[status] : 'All'}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
