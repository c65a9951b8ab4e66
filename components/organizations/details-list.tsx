import type { ReactNode } from 'react';

/** Read-only settings for members who may look but not change. */
export function DetailsList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="divide-y divide-zinc-100">
      {items.map((item) => (
        <div key={item.label} className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm font-medium text-zinc-500">{item.label}</dt>
          <dd className="text-sm text-zinc-900 sm:col-span-2">{item.value || <span className="text-zinc-400">Not set</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
