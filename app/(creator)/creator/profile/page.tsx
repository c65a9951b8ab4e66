import type { Metadata } from 'next';
import { CompletenessMeter } from '@/components/creators/completeness-meter';
import { CreatorProfileForm } from '@/components/creators/profile-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireCreatorPage } from '@/lib/auth/guards';
import { profileCompleteness } from '@/lib/creators/completeness';
import { creatorPageCtx } from '@/lib/creators/page-ctx';
import { getOwnProfile } from '@/lib/creators/queries';
import { countryOptions } from '@/lib/reference/countries';
import { timeZoneOptions, timeZoneOptionsWith } from '@/lib/reference/timezones';

export const metadata: Metadata = { title: 'Your profile' };

export default async function CreatorProfilePage() {
  const user = await requireCreatorPage('/creator/profile');
  const profile = await getOwnProfile(await creatorPageCtx(user));
  const options = {
    countries: countryOptions.map((country) => ({ value: country.code, label: country.name })),
    timeZones: profile?.timezone ? timeZoneOptionsWith(profile.timezone) : timeZoneOptions,
  };
  return (
    <>
      <PageHeader
        title="Your profile"
        description={<p>Brands choose creators from their profiles: the more yours says, the more offers you get.</p>}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <Card>
          <CreatorProfileForm profile={profile} options={options} />
        </Card>
        <Card className="h-fit">
          <CompletenessMeter completeness={profileCompleteness(profile)} />
        </Card>
      </div>
    </>
  );
}
