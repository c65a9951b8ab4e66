import { memberRoleLabels } from '@/components/labels';
import { EmptyState } from '@/components/ui/empty-state';
import type { OpenInvitation } from '@/lib/organizations/queries';
import { RevokeInvitationButton } from './revoke-invitation-button';

interface InvitationListProps {
  orgSlug: string;
  invitations: OpenInvitation[];
  canManage: boolean;
  timeZone: string;
  now: Date;
}

export function InvitationList({ orgSlug, invitations, canManage, timeZone, now }: InvitationListProps) {
  if (invitations.length === 0)
    return (
      <EmptyState title="No open invitations" headingLevel="h3">
        <p>
          {canManage
            ? 'Invite a colleague by email above; their invitation shows here until they accept it.'
            : 'Admins can invite colleagues.'}
        </p>
      </EmptyState>
    );
  const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone });
  return (
    <ul className="divide-y divide-zinc-100 rounded-xl border border-zinc-200 bg-white shadow-sm">
      {invitations.map((invitation) => {
        const expired = invitation.expiresAt <= now;
        return (
          <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="text-sm">
              <p className="font-medium text-zinc-900">{invitation.email}</p>
              <p className="text-zinc-600">
                {memberRoleLabels[invitation.role]} ·{' '}
                {expired ? (
                  <span className="font-medium text-amber-800">Expired: invite again to send a new link</span>
                ) : (
                  <>
                    Expires <time dateTime={invitation.expiresAt.toISOString()}>{date.format(invitation.expiresAt)}</time>
                  </>
                )}
              </p>
            </div>
            {canManage && <RevokeInvitationButton orgSlug={orgSlug} invitationId={invitation.id} email={invitation.email} />}
          </li>
        );
      })}
    </ul>
  );
}
