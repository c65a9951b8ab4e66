import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  headingLevel?: 'h2' | 'h3';
}

export function EmptyState({ title, children, headingLevel: Heading = 'h2' }: EmptyStateProps) {
  return (
    <div className="rounded-xl border border-dashed border-zinc-300 bg-white px-6 py-10 text-center">
      <Heading className="text-base font-semibold text-zinc-900">{title}</Heading>
      {children && <div className="mx-auto mt-2 max-w-prose space-y-2 text-sm text-zinc-600">{children}</div>}
    </div>
  );
}
