import Link from 'next/link';
import type { ReactNode } from 'react';

export function AuthHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">{title}</h1>
      {children && <div className="mt-2 text-sm text-zinc-600">{children}</div>}
    </div>
  );
}

export function AuthFooter({ children }: { children: ReactNode }) {
  return <div className="mt-6 space-y-2 border-t border-zinc-100 pt-6 text-sm text-zinc-600">{children}</div>;
}

export const textLink = 'font-medium text-accent-700 underline-offset-2 hover:underline';

export function SignInPrompt() {
  return (
    <p>
      Already have an account?{' '}
      <Link href="/sign-in" className={textLink}>
        Sign in
      </Link>
    </p>
  );
}
