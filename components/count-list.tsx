export interface CountItem {
  label: string;
  count: number;
}

export function CountList({
  id,
  title,
  description,
  items,
}: {
  id: string;
  title: string;
  description?: string;
  items: CountItem[];
}) {
  const total = items.reduce((sum, item) => sum + item.count, 0);
  return (
    <section aria-labelledby={id} className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
      <div className="flex items-baseline justify-between gap-4">
        <h2 id={id} className="text-base font-semibold text-zinc-900">
          {title}
        </h2>
        <p className="text-sm text-zinc-500">{total.toLocaleString('en-GB')} in total</p>
      </div>
      {description && <p className="mt-1 text-sm text-zinc-500">{description}</p>}
      <dl className="mt-4 divide-y divide-zinc-100">
        {items.map((item) => (
          <div key={item.label} className="flex items-center justify-between py-2 text-sm">
            <dt className="text-zinc-600">{item.label}</dt>
            <dd className="font-semibold tabular-nums text-zinc-900">{item.count.toLocaleString('en-GB')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
