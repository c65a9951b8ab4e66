import Link from 'next/link';

export interface AreaNavLink {
  href: string;
  label: string;
}

/** The section links of a signed-in area (brand workspace, creator, back office). */
export function AreaNav({ label, links }: { label: string; links: AreaNavLink[] }) {
  return (
    <nav aria-label={label} className="border-b border-zinc-200 bg-white print:hidden">
      <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-4 sm:px-6 lg:px-8">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              className="inline-block border-b-2 border-transparent px-3 py-3 text-sm font-medium text-zinc-600 hover:border-zinc-300 hover:text-zinc-900"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
