import type { HTMLAttributes } from 'react';

export function Card({ className, ...rest }: HTMLAttributes<HTMLDivElement>) {
  return (
    <div
      className={['rounded-xl border border-zinc-200 bg-white p-6 shadow-sm', className].filter(Boolean).join(' ')}
      {...rest}
    />
  );
}
