import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthFooter, AuthHeading, SignInPrompt, textLink } from '@/components/auth/auth-heading';
import { CreatorSignUpForm } from '@/components/auth/creator-sign-up-form';

export const metadata: Metadata = { title: 'Create a creator account' };

export default function CreatorSignUpPage() {
  return (
    <>
      <AuthHeading title="Create a creator account">
        <p>Find paid campaigns, negotiate your rates and get paid through escrow when your content is approved.</p>
      </AuthHeading>
      <CreatorSignUpForm />
      <AuthFooter>
        <SignInPrompt />
        <p>
          Are you a brand?{' '}
          <Link href="/sign-up/brand" className={textLink}>
            Create a brand account instead
          </Link>
        </p>
      </AuthFooter>
    </>
  );
}
