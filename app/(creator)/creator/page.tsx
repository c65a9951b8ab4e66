import type { Metadata } from 'next';
import Link from 'next/link';
import { CompletenessMeter } from '@/components/creators/completeness-meter';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireCreatorPage } from '@/lib/auth/guards';
import { profileCompleteness } from '@/lib/creators/completeness';
import { creatorPageCtx } from '@/lib/creators/page-ctx';
import { getOwnProfile } from '@/lib/creators/queries';

export const metadata: Metadata = { title: 'Creator home' };

export default async function CreatorHomePage() {
  const user = await requireCreatorPage('/creator');
  const completeness = profileCompleteness(await getOwnProfile(await creatorPageCtx(user)));
  return (
    <>
      <PageHeader title="Creator home" description={<p>Welcome, {user.name ?? user.email}.</p>} />
      <Card className="max-w-xl space-y-4">
        <h2 className="text-lg font-semibold text-zinc-900">Your profile</h2>
        <p className="text-sm text-zinc-600">
          Brands choose creators from their profiles; once yours is complete, brands can find you and send you offers.
        </p>
        <CompletenessMeter completeness={completeness} />
        <Link href="/creator/profile" className={buttonClasses(completeness.percentage < 100 ? 'primary' : 'secondary')}>
          {completeness.percentage < 100 ? 'Complete your profile' : 'Edit your profile'}
        </Link>
      </Card>
    </>
  );
}
