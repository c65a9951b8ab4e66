import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

interface PaginationProps {
  page: number;
  pageCount: number;
  /** The URL of a page; pages are links, so the URL reproduces the view. */
  hrefFor: (page: number) => string;
}

/** Server-rendered "Previous" / "Page X of Y" / "Next" navigation for server-paged lists. */
export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  const step = (target: number, label: string, rel: 'prev' | 'next') =>
    target >= 1 && target <= pageCount ? (
      <Link href={hrefFor(target)} rel={rel} className={buttonClasses('secondary')}>
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className={buttonClasses('secondary', 'cursor-not-allowed opacity-50')}>
        {label}
      </span>
    );
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between gap-4">
      {step(page - 1, 'Previous', 'prev')}
      <p className="text-sm text-zinc-600">
        Page {page} of {pageCount}
      </p>
      {step(page + 1, 'Next', 'next')}
    </nav>
  );
}
