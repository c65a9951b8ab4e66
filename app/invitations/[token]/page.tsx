import type { Metadata } from 'next';
import Link from 'next/link';
import { db } from '@/db/client';
import { AuthFooter, AuthHeading, textLink } from '@/components/auth/auth-heading';
import { AcceptInvitationForm, SignOutForInvitationButton } from '@/components/organizations/accept-invitation-form';
import { InvitationSignUpForm } from '@/components/organizations/invitation-sign-up-form';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { currentUser } from '@/lib/auth/session';
import { closedInvitationMessages, invalidInvitationMessage } from '@/lib/organizations/invitations';
import { findInvitationByToken, type InvitationView } from '@/lib/organizations/queries';

export const metadata: Metadata = { title: 'Invitation' };

const brandAccountRoles = new Set(['brand_admin', 'brand_member']);
const invitedAs = { brand_admin: 'an admin', brand_member: 'a member' } as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, user] = await Promise.all([token.length <= 200 ? findInvitationByToken(db(), token) : null, currentUser()]);
  if (!invitation)
    return (
      <AuthHeading title="Invitation not found">
        <p>{invalidInvitationMessage}</p>
      </AuthHeading>
    );
  return (
    <>
      <AuthHeading title={`Join ${invitation.organizationName}`}>
        <p>
          You are invited to join {invitation.organizationName} on Pactly as {invitedAs[invitation.role]}. The invitation is for{' '}
          <span className="font-medium text-zinc-900">{invitation.email}</span>.
        </p>
      </AuthHeading>
      <InvitationAnswer invitation={invitation} token={token} user={user} />
    </>
  );
}

interface InvitationAnswerProps {
  invitation: InvitationView;
  token: string;
  user: Awaited<ReturnType<typeof currentUser>>;
}

function InvitationAnswer({ invitation, token, user }: InvitationAnswerProps) {
  if (invitation.status !== 'open') {
    const isMember = invitation.status === 'accepted' && user?.email === invitation.email;
    return (
      <div className="space-y-4">
        <Alert tone="error">{closedInvitationMessages[invitation.status]}</Alert>
        {isMember && (
          <Link href={`/brand/${invitation.organizationSlug}`} className={textLink}>
            Go to {invitation.organizationName}
          </Link>
        )}
        {invitation.status === 'accepted' && !user && (
          <Link href="/sign-in" className={textLink}>
            Sign in
          </Link>
        )}
      </div>
    );
  }
  if (user && user.email !== invitation.email)
    return (
      <div className="space-y-4">
        <Alert tone="info">
          You are signed in as {user.email}. Sign out first, then open this link again to accept as {invitation.email}.
        </Alert>
        <SignOutForInvitationButton token={token} />
      </div>
    );
  if (user && !brandAccountRoles.has(user.role))
    return (
      <Alert tone="error">
        {user.email} is a creator or staff account, which cannot join a brand organization. Ask for an invitation to another
        address.
      </Alert>
    );
  if (user) return <AcceptInvitationForm token={token} />;
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(`/invitations/${token}`)}`;
  return (
    <div className="space-y-6">
      <Link href={signInHref} className={buttonClasses(invitation.accountId ? 'primary' : 'secondary', 'w-full')}>
        Sign in to accept
      </Link>
      {!invitation.accountId && (
        <AuthFooter>
          <h2 className="text-base font-semibold text-zinc-900">New to Pactly?</h2>
          <p>Create your account to join {invitation.organizationName}.</p>
          <div className="pt-2">
            <InvitationSignUpForm token={token} email={invitation.email} />
          </div>
        </AuthFooter>
      )}
    </div>
  );
}
