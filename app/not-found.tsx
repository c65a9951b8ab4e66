import type { Metadata } from 'next';
import Link from 'next/link';
import { PublicShell } from '@/components/public-shell';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <PublicShell>
      <div className="mx-auto max-w-lg px-4 py-24 text-center">
        <p className="text-sm font-semibold text-accent-700">404</p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight text-zinc-900">Page not found</h1>
        <p className="mt-4 text-base text-zinc-600">
          The page you are looking for does not exist, or you do not have access to it.
        </p>
        <Link href="/" className={buttonClasses('primary', 'mt-8')}>
          Go to the home page
        </Link>
      </div>
    </PublicShell>
  );
}
