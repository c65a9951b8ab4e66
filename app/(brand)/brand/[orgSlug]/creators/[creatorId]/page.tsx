import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { Audience } from '@/components/creator-profile/audience';
import { CompletedCampaigns } from '@/components/creator-profile/completed-campaigns';
import { CreatorSummary } from '@/components/creator-profile/creator-summary';
import { LatestStats } from '@/components/creator-profile/latest-stats';
import { ShortlistPanel } from '@/components/creator-profile/shortlist-panel';
import { Trends } from '@/components/creator-profile/trends';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { requireBrandMembership } from '@/lib/auth/guards';
import { getPublicCreatorProfile } from '@/lib/creators/public-profile';
import { listShortlists } from '@/lib/discovery/shortlist-queries';
import { requestMeta } from '@/lib/http/request-meta';
import { addToShortlistAction } from '../../shortlists/actions';

export const metadata: Metadata = { title: 'Creator profile' };

interface CreatorProfilePageProps {
  params: Promise<{ orgSlug: string; creatorId: string }>;
}

export default async function CreatorProfilePage({ params }: CreatorProfilePageProps) {
  const { orgSlug, creatorId } = await params;
  const { user, membership } = await requireBrandMembership(orgSlug);
  const ctx = { db: db(), actor: { userId: user.id, role: user.role }, request: await requestMeta() };
  const [profile, shortlists] = await Promise.all([
    getPublicCreatorProfile(ctx, creatorId),
    listShortlists({ ...ctx, organizationId: membership.organization.id }),
  ]);
  if (!profile) notFound();
  const name = profile.displayName ?? 'Unnamed creator';

  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={`/brand/${orgSlug}/creators`} className="font-medium text-accent-700 hover:underline">
          ← Back to Find creators
        </Link>
      </p>
      <PageHeader
        title={name}
        eyebrow="Creator"
        actions={
          <Link href={`/brand/${orgSlug}/offers/new?creator=${profile.id}`} className={buttonClasses('primary')}>
            Invite
          </Link>
        }
      />
      <div className="space-y-10">
        <CreatorSummary profile={profile} name={name} />
        <ShortlistPanel
          orgSlug={orgSlug}
          creatorId={profile.id}
          displayName={name}
          shortlists={shortlists.map((list) => ({ value: list.id, label: list.name }))}
          addAction={addToShortlistAction}
        />
        <LatestStats stats={profile.latestStats} />
        <Audience demographics={profile.demographics} />
        <Trends trends={profile.trends} />
        <CompletedCampaigns campaigns={profile.completedCampaigns} />
      </div>
    </>
  );
}
