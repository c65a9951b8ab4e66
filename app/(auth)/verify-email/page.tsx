import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { AuthHeading, textLink } from '@/components/auth/auth-heading';
import { VerifyEmailForm } from '@/components/auth/verify-email-form';
import { demoMailboxEnabled } from '@/components/demo-mailbox';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Confirm your email' };

interface VerifyEmailPageProps {
  searchParams: Promise<{ token?: string | string[]; status?: string | string[] }>;
}

export default async function VerifyEmailPage({ searchParams }: VerifyEmailPageProps) {
  const { token, status } = await searchParams;
  if (status === 'confirmed') {
    return (
      <>
        <AuthHeading title="Email confirmed">
          <p>Your email address is confirmed. Thank you.</p>
        </AuthHeading>
        <Link href="/home" className={buttonClasses('primary', 'w-full')}>
          Continue to Pactly
        </Link>
      </>
    );
  }
  if (typeof token === 'string' && token !== '') {
    return (
      <>
        <AuthHeading title="Confirm your email">
          <p>Confirm that this email address belongs to you.</p>
        </AuthHeading>
        <VerifyEmailForm token={token} />
      </>
    );
  }
  await connection();
  return (
    <>
      <AuthHeading title="Check your email">
        <p>We sent you a link to confirm your email address. Open it within 48 hours.</p>
      </AuthHeading>
      {demoMailboxEnabled() && (
        <p className="text-sm text-zinc-600">
          This Pactly does not send email: open the{' '}
          <Link href="/mailbox" className={textLink}>
            demo mailbox
          </Link>{' '}
          to find the link.
        </p>
      )}
    </>
  );
}
