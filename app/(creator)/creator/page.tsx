import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireCreatorPage } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Creator home' };

export default async function CreatorHomePage() {
  const user = await requireCreatorPage('/creator');
  return (
    <>
      <PageHeader title="Creator home" description={<p>Welcome, {user.name ?? user.email}.</p>} />
      <EmptyState title="Complete your profile to get offers">
        <p>
          Brands choose creators from their profiles. Your profile will soon let you add your platforms, your audience and your
          rates; once it is complete, brands can find you and send you offers.
        </p>
        <p>Campaigns you join and offers you receive will appear here.</p>
      </EmptyState>
    </>
  );
}
