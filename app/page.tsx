import Link from 'next/link';
import { brandFeatures, creatorFeatures, dealSteps } from '@/components/marketing/content';
import { FeatureGrid } from '@/components/marketing/feature-grid';
import { PublicShell } from '@/components/public-shell';
import { buttonClasses } from '@/components/ui/button';
import { currentUser } from '@/lib/auth/session';

export default async function LandingPage() {
  const user = await currentUser();
  const nav = user ? null : (
    <Link href="/sign-in" className={buttonClasses('ghost')}>
      Sign in
    </Link>
  );
  return (
    <PublicShell nav={nav}>
      <section className="bg-linear-to-b from-accent-50 to-white">
        <div className="mx-auto max-w-6xl px-4 py-20 sm:px-6 sm:py-28 lg:px-8">
          <p className="text-sm font-semibold tracking-wide text-accent-700 uppercase">The influencer-marketing marketplace</p>
          <h1 className="mt-4 max-w-3xl text-4xl font-semibold tracking-tight text-balance text-zinc-900 sm:text-5xl">
            Influencer campaigns that both sides can trust
          </h1>
          <p className="mt-6 max-w-2xl text-lg leading-8 text-zinc-600">
            Pactly brings brands and creators together to agree offers, sign contracts and get paid, with every payment held in
            escrow until the content is approved.
          </p>
          <div className="mt-10 flex flex-wrap gap-4">
            {user ? (
              <Link href="/home" className={buttonClasses('primary', 'px-6 py-3 text-base')}>
                Go to your workspace
              </Link>
            ) : (
              <>
                <Link href="/sign-up/brand" className={buttonClasses('primary', 'px-6 py-3 text-base')}>
                  Sign up as a brand
                </Link>
                <Link href="/sign-up/creator" className={buttonClasses('secondary', 'px-6 py-3 text-base')}>
                  Sign up as a creator
                </Link>
              </>
            )}
          </div>
        </div>
      </section>

      <section aria-labelledby="for-brands" className="mx-auto max-w-6xl px-4 py-20 sm:px-6 lg:px-8">
        <h2 id="for-brands" className="text-3xl font-semibold tracking-tight text-zinc-900">
          For brands
        </h2>
        <p className="mt-4 max-w-2xl text-base leading-7 text-zinc-600">
          Run influencer campaigns with creators whose audiences are real, and only pay for content you have approved.
        </p>
        <FeatureGrid features={brandFeatures} />
      </section>

      <section aria-labelledby="for-creators" className="border-y border-zinc-200 bg-zinc-50">
        <div className="mx-auto max-w-6xl px-4 py-20 sm:px-6 lg:px-8">
          <h2 id="for-creators" className="text-3xl font-semibold tracking-tight text-zinc-900">
            For creators
          </h2>
          <p className="mt-4 max-w-2xl text-base leading-7 text-zinc-600">
            Find paid work with brands that fit you, agree terms you are happy with, and know the money is there before you start.
          </p>
          <FeatureGrid features={creatorFeatures} />
        </div>
      </section>

      <section aria-labelledby="how-it-works" className="mx-auto max-w-6xl px-4 py-20 sm:px-6 lg:px-8">
        <h2 id="how-it-works" className="text-3xl font-semibold tracking-tight text-zinc-900">
          How a deal works
        </h2>
        <ol className="mt-10 grid gap-6 md:grid-cols-5">
          {dealSteps.map((step, index) => (
            <li key={step.title} className="border-t-2 border-accent-600 pt-4">
              <p className="text-sm font-semibold text-accent-700">Step {index + 1}</p>
              <h3 className="mt-1 text-base font-semibold text-zinc-900">{step.title}</h3>
              <p className="mt-2 text-sm leading-6 text-zinc-600">{step.description}</p>
            </li>
          ))}
        </ol>
      </section>
    </PublicShell>
  );
}
