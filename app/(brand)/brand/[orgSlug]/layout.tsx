import type { ReactNode } from 'react';
import { AppShell } from '@/components/app-shell';
import { requireBrandMembership } from '@/lib/auth/guards';

const workspaceLinks = (orgSlug: string) => [
  { href: `/brand/${orgSlug}`, label: 'Overview' },
  { href: `/brand/${orgSlug}/campaigns`, label: 'Campaigns' },
  { href: `/brand/${orgSlug}/creators`, label: 'Find creators' },
  { href: `/brand/${orgSlug}/shortlists`, label: 'Shortlists' },
  { href: `/brand/${orgSlug}/offers`, label: 'Offers' },
  { href: `/brand/${orgSlug}/contracts`, label: 'Contracts' },
  { href: `/brand/${orgSlug}/payments`, label: 'Payments' },
  { href: `/brand/${orgSlug}/team`, label: 'Team' },
  { href: `/brand/${orgSlug}/verification`, label: 'Verification' },
  { href: `/brand/${orgSlug}/settings`, label: 'Settings' },
];

interface BrandWorkspaceLayoutProps {
  children: ReactNode;
  params: Promise<{ orgSlug: string }>;
}

export default async function BrandWorkspaceLayout({ children, params }: BrandWorkspaceLayoutProps) {
  const { orgSlug } = await params;
  const { user, membership } = await requireBrandMembership(orgSlug);
  return (
    <AppShell user={user} area={membership.organization.name} nav={{ label: 'Workspace', links: workspaceLinks(orgSlug) }}>
      {children}
    </AppShell>
  );
}
