import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { AuthFooter, AuthHeading, textLink } from '@/components/auth/auth-heading';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { demoMailboxEnabled } from '@/components/demo-mailbox';

export const metadata: Metadata = { title: 'Reset your password' };

export default async function ForgotPasswordPage() {
  await connection();
  const mailboxHint = demoMailboxEnabled() ? (
    <p className="mt-1">
      This Pactly does not send email: open the{' '}
      <Link href="/mailbox" className="font-medium underline underline-offset-2">
        demo mailbox
      </Link>{' '}
      to find the link.
    </p>
  ) : undefined;
  return (
    <>
      <AuthHeading title="Reset your password">
        <p>
          Enter the email address of your account and we will send you a link to choose a new password. The link works for one
          hour.
        </p>
      </AuthHeading>
      <ForgotPasswordForm afterSending={mailboxHint} />
      <AuthFooter>
        <p>
          Remembered it?{' '}
          <Link href="/sign-in" className={textLink}>
            Back to sign in
          </Link>
        </p>
      </AuthFooter>
    </>
  );
}
