import type { Metadata } from 'next';
import { db } from '@/db/client';
import { OrgSwitcher } from '@/components/org-switcher';
import { InvitationList } from '@/components/organizations/invitation-list';
import { InviteForm } from '@/components/organizations/invite-form';
import { MemberTable } from '@/components/organizations/member-table';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireBrandMembership } from '@/lib/auth/guards';
import { roleAllows } from '@/lib/organizations/permissions';
import { getOrganizationProfile, listMembers, listOpenInvitations } from '@/lib/organizations/queries';

export const metadata: Metadata = { title: 'Team' };

export default async function TeamPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { user, membership } = await requireBrandMembership(orgSlug);
  const organizationId = membership.organization.id;
  const [members, invitations, profile] = await Promise.all([
    listMembers(db(), organizationId),
    listOpenInvitations(db(), organizationId),
    getOrganizationProfile(db(), organizationId),
  ]);
  const canManage = roleAllows(membership.role, 'team.manage');
  const timeZone = profile?.timezone ?? 'UTC';
  return (
    <>
      <PageHeader
        title="Team"
        description={
          <p>
            {canManage
              ? 'Invite colleagues, choose what they may do, and remove people who have left.'
              : 'The people in your organization. Only admins can invite people or change roles.'}
          </p>
        }
        actions={<OrgSwitcher userId={user.id} currentSlug={orgSlug} />}
      />
      <div className="space-y-10">
        <section aria-labelledby="members-heading" className="space-y-4">
          <h2 id="members-heading" className="text-lg font-semibold text-zinc-900">
            Members
          </h2>
          <MemberTable orgSlug={orgSlug} members={members} currentUserId={user.id} canManage={canManage} timeZone={timeZone} />
        </section>
        {canManage && (
          <section aria-labelledby="invite-heading">
            <Card>
              <h2 id="invite-heading" className="mb-1 text-lg font-semibold text-zinc-900">
                Invite someone
              </h2>
              <p className="mb-5 text-sm text-zinc-600">They get an email with a link that works for 7 days.</p>
              <InviteForm orgSlug={orgSlug} labelledBy="invite-heading" />
            </Card>
          </section>
        )}
        <section aria-labelledby="invitations-heading" className="space-y-4">
          <h2 id="invitations-heading" className="text-lg font-semibold text-zinc-900">
            Open invitations
          </h2>
          <InvitationList
            orgSlug={orgSlug}
            invitations={invitations}
            canManage={canManage}
            timeZone={timeZone}
            now={new Date()}
          />
        </section>
      </div>
    </>
  );
}
