import type { Metadata } from 'next';
import { Forbidden } from '@/components/forbidden';
import { PublicShell } from '@/components/public-shell';

export const metadata: Metadata = { title: 'Access denied' };

export default function ForbiddenPage() {
  return (
    <PublicShell>
      <Forbidden />
    </PublicShell>
  );
}
