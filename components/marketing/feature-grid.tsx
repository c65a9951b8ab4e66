export interface Feature {
  title: string;
  description: string;
}

export function FeatureGrid({ features }: { features: readonly Feature[] }) {
  return (
    <ul className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {features.map((feature) => (
        <li key={feature.title} className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
          <span aria-hidden="true" className="mb-4 block h-1 w-8 rounded-full bg-accent-600" />
          <h3 className="text-base font-semibold text-zinc-900">{feature.title}</h3>
          <p className="mt-2 text-sm leading-6 text-zinc-600">{feature.description}</p>
        </li>
      ))}
    </ul>
  );
}
