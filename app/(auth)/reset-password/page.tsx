import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthHeading, textLink } from '@/components/auth/auth-heading';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { Alert } from '@/components/ui/alert';

export const metadata: Metadata = { title: 'Choose a new password' };

interface ResetPasswordPageProps {
  searchParams: Promise<{ token?: string | string[] }>;
}

export default async function ResetPasswordPage({ searchParams }: ResetPasswordPageProps) {
  const { token } = await searchParams;
  return (
    <>
      <AuthHeading title="Choose a new password">
        <p>Your new password must be at least 12 characters long.</p>
      </AuthHeading>
      {typeof token === 'string' && token !== '' ? (
        <ResetPasswordForm token={token} />
      ) : (
        <Alert tone="info" title="This page needs the link from your reset email.">
          <p>
            Open the link in the email we sent you, or{' '}
            <Link href="/forgot-password" className={textLink}>
              request a new reset link
            </Link>
            .
          </p>
        </Alert>
      )}
    </>
  );
}
