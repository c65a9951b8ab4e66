import { memberRoleLabels } from '@/components/labels';
import type { TeamMember } from '@/lib/organizations/queries';
import { MemberRoleForm } from './member-role-form';
import { RemoveMemberButton } from './remove-member-button';

interface MemberTableProps {
  orgSlug: string;
  members: TeamMember[];
  currentUserId: string;
  canManage: boolean;
  timeZone: string;
}

export function MemberTable({ orgSlug, members, currentUserId, canManage, timeZone }: MemberTableProps) {
  const joined = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone });
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-zinc-200 text-left text-sm">
        <caption className="sr-only">Members of the organization</caption>
        <thead className="bg-zinc-50 text-xs font-semibold uppercase tracking-wide text-zinc-500">
          <tr>
            <th scope="col" className="px-4 py-3">
              Name
            </th>
            <th scope="col" className="px-4 py-3">
              Email
            </th>
            <th scope="col" className="px-4 py-3">
              Role
            </th>
            <th scope="col" className="px-4 py-3">
              Joined
            </th>
            {canManage && (
              <th scope="col" className="px-4 py-3">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {members.map((member) => {
            const you = member.userId === currentUserId;
            const displayName = member.name ?? member.email;
            return (
              <tr key={member.id} className="align-top">
                <th scope="row" className="px-4 py-3 font-medium text-zinc-900">
                  {displayName}
                  {you && <span className="ml-2 text-xs font-normal text-zinc-500">(you)</span>}
                </th>
                <td className="px-4 py-3 text-zinc-700">{member.email}</td>
                <td className="px-4 py-3 text-zinc-700">
                  {canManage && !you ? (
                    <MemberRoleForm orgSlug={orgSlug} memberId={member.id} memberName={displayName} role={member.role} />
                  ) : (
                    memberRoleLabels[member.role]
                  )}
                </td>
                <td className="px-4 py-3 whitespace-nowrap text-zinc-700">
                  <time dateTime={member.joinedAt.toISOString()}>{joined.format(member.joinedAt)}</time>
                </td>
                {canManage && (
                  <td className="px-4 py-3 text-right">
                    {!you && <RemoveMemberButton orgSlug={orgSlug} memberId={member.id} memberName={displayName} />}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
