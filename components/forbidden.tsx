import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

export function Forbidden() {
  return (
    <div className="mx-auto max-w-lg py-12 text-center">
      <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">Access denied</h1>
      <p className="mt-3 text-sm text-zinc-600">
        Your account cannot open this area. If you think it should, ask an administrator of your organization or Pactly support.
      </p>
      <Link href="/home" className={buttonClasses('primary', 'mt-6')}>
        Go to your home page
      </Link>
    </div>
  );
}
