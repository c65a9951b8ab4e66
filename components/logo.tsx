import Link from 'next/link';

export function Logo({ href = '/' }: { href?: string }) {
  return (
    <Link href={href} className="inline-flex items-center gap-2 rounded-md text-lg font-semibold tracking-tight text-zinc-900">
      <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-accent-600 text-sm font-bold text-white">
        P
      </span>
      Pactly
    </Link>
  );
}
