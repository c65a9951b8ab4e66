import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthHeading } from '@/components/auth/auth-heading';

export const metadata: Metadata = { title: 'Invitation' };

/** Older links carry the token as ?token=; the invitation page lives at /invitations/<token>. */
export default async function InvitationLinkPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  if (typeof token === 'string' && token !== '') redirect(`/invitations/${encodeURIComponent(token)}`);
  return (
    <AuthHeading title="Invitation link incomplete">
      <p>Open the whole link from the invitation email, or ask the person who invited you to send a new one.</p>
    </AuthHeading>
  );
}
