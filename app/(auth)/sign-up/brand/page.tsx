import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthFooter, AuthHeading, SignInPrompt, textLink } from '@/components/auth/auth-heading';
import { BrandSignUpForm } from '@/components/auth/brand-sign-up-form';
import { countryOptions } from '@/lib/reference/countries';

export const metadata: Metadata = { title: 'Create a brand account' };

export default function BrandSignUpPage() {
  return (
    <>
      <AuthHeading title="Create a brand account">
        <p>
          Run campaigns with authentic creators and pay them safely through escrow. You will be the admin of your company’s
          workspace.
        </p>
      </AuthHeading>
      <BrandSignUpForm countries={countryOptions.map((country) => ({ value: country.code, label: country.name }))} />
      <AuthFooter>
        <SignInPrompt />
        <p>
          Are you a creator?{' '}
          <Link href="/sign-up/creator" className={textLink}>
            Create a creator account instead
          </Link>
        </p>
      </AuthFooter>
    </>
  );
}
