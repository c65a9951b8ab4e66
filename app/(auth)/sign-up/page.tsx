import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthFooter, AuthHeading, SignInPrompt } from '@/components/auth/auth-heading';

export const metadata: Metadata = { title: 'Create an account' };

const choices = [
  {
    id: 'brand',
    href: '/sign-up/brand',
    label: 'Sign up as a brand',
    description: 'Run campaigns, find authentic creators, negotiate offers and pay through escrow.',
  },
  {
    id: 'creator',
    href: '/sign-up/creator',
    label: 'Sign up as a creator',
    description: 'Build your profile, find paid campaigns and get paid safely when your content is approved.',
  },
] as const;

export default function SignUpPage() {
  return (
    <>
      <AuthHeading title="Create your Pactly account">
        <p>Choose the account that fits how you will use Pactly.</p>
      </AuthHeading>
      <ul className="space-y-3">
        {choices.map((choice) => (
          <li
            key={choice.href}
            className="relative rounded-lg border border-zinc-200 p-4 hover:border-accent-600 hover:bg-accent-50"
          >
            <Link
              href={choice.href}
              aria-describedby={`${choice.id}-choice-description`}
              className="font-semibold text-zinc-900 after:absolute after:inset-0 after:rounded-lg"
            >
              {choice.label}
            </Link>
            <p id={`${choice.id}-choice-description`} className="mt-1 text-sm text-zinc-600">
              {choice.description}
            </p>
          </li>
        ))}
      </ul>
      <AuthFooter>
        <SignInPrompt />
      </AuthFooter>
    </>
  );
}
