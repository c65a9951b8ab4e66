import type { ReactNode } from 'react';
import { AppShell } from '@/components/app-shell';
import { requireBrandMembership } from '@/lib/auth/guards';

interface BrandWorkspaceLayoutProps {
  children: ReactNode;
  params: Promise<{ orgSlug: string }>;
}

export default async function BrandWorkspaceLayout({ children, params }: BrandWorkspaceLayoutProps) {
  const { orgSlug } = await params;
  const { user, membership } = await requireBrandMembership(orgSlug);
  return (
    <AppShell user={user} area={membership.organization.name}>
      {children}
    </AppShell>
  );
}
