import type { ReactNode } from 'react';
import { AppShell } from '@/components/app-shell';
import { requireStaffPage } from '@/lib/auth/guards';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireStaffPage('/admin');
  return (
    <AppShell
      user={user}
      area="Back office"
      nav={{
        label: 'Back office',
        links: [
          { href: '/admin', label: 'Overview' },
          { href: '/admin/kyc', label: 'KYC reviews' },
          { href: '/admin/contracts', label: 'Contracts' },
          { href: '/admin/disputes', label: 'Disputes' },
          { href: '/admin/payments', label: 'Payments' },
        ],
      }}
    >
      {children}
    </AppShell>
  );
}
