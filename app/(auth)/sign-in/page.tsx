import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthFooter, AuthHeading, textLink } from '@/components/auth/auth-heading';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Alert } from '@/components/ui/alert';

export const metadata: Metadata = { title: 'Sign in' };

interface SignInPageProps {
  searchParams: Promise<{ callbackUrl?: string | string[]; reset?: string | string[] }>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const { callbackUrl, reset } = await searchParams;
  return (
    <>
      <AuthHeading title="Sign in">
        <p>Welcome back to Pactly.</p>
      </AuthHeading>
      {reset === '1' && (
        <div className="mb-5">
          <Alert tone="success">Your password has been changed. Sign in with your new password.</Alert>
        </div>
      )}
      <SignInForm callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : undefined} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className={textLink}>
          Forgot your password?
        </Link>
      </p>
      <AuthFooter>
        <p>New to Pactly?</p>
        <p>
          <Link href="/sign-up/brand" className={textLink}>
            Sign up as a brand
          </Link>{' '}
          or{' '}
          <Link href="/sign-up/creator" className={textLink}>
            Sign up as a creator
          </Link>
        </p>
      </AuthFooter>
    </>
  );
}
