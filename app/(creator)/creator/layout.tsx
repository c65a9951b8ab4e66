import type { ReactNode } from 'react';
import { AppShell } from '@/components/app-shell';
import { requireCreatorPage } from '@/lib/auth/guards';

const creatorLinks = [
  { href: '/creator', label: 'Home' },
  { href: '/creator/profile', label: 'Profile' },
  { href: '/creator/stats', label: 'Stats' },
  { href: '/creator/accounts', label: 'Connected accounts' },
  { href: '/creator/campaigns', label: 'Find campaigns' },
  { href: '/creator/offers', label: 'Offers' },
  { href: '/creator/contracts', label: 'Contracts' },
  { href: '/creator/payouts', label: 'Payouts' },
];

export default async function CreatorLayout({ children }: { children: ReactNode }) {
  const user = await requireCreatorPage('/creator');
  return (
    <AppShell user={user} area="Creator" nav={{ label: 'Creator', links: creatorLinks }}>
      {children}
    </AppShell>
  );
}
