import Link from 'next/link';
import type { CampaignStatus, KycStatus, MemberRole } from '@/db/schema';
import type { Action } from '@/lib/actions/clients';
import { lifecycleEvents, type LifecycleEvent } from '@/lib/campaigns/schemas';
import { eventPermissions } from '@/lib/campaigns/transition-campaign';
import { availableEvents, eventLabels } from '@/lib/campaigns/transitions';
import { roleAllows } from '@/lib/organizations/permissions';
import { LifecycleActions, type LifecycleButton } from './lifecycle-actions';

const buttonLabels: Record<LifecycleEvent, string> = { ...eventLabels, cancel: 'Cancel campaign' };

interface LifecyclePanelProps {
  status: CampaignStatus;
  role: MemberRole;
  kycStatus: KycStatus;
  orgSlug: string;
  campaignId: string;
  action: Action<string>;
}

/** The status changes this member may make now, and why others are missing. */
export function LifecyclePanel({ status, role, kycStatus, orgSlug, campaignId, action }: LifecyclePanelProps) {
  const events = availableEvents(status).filter((event): event is LifecycleEvent =>
    (lifecycleEvents as readonly string[]).includes(event),
  );
  const allowed = events.filter((event) => roleAllows(role, eventPermissions[event]));
  const needsVerification = allowed.includes('publish') && kycStatus !== 'verified';
  const buttons: LifecycleButton[] = allowed.map((event) => ({
    event,
    label: buttonLabels[event],
    describedBy: event === 'publish' && needsVerification ? 'publish-verification-note' : undefined,
  }));
  return (
    <section aria-labelledby="next-steps" className="space-y-3 rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
      <h2 id="next-steps" className="text-base font-semibold text-zinc-900">
        Next steps
      </h2>
      {events.length === 0 && <p className="text-sm text-zinc-600">This campaign has no further status changes.</p>}
      {allowed.length < events.length && (
        <p className="text-sm text-zinc-600">
          {events.includes('publish')
            ? 'Only an organization admin can publish this campaign. You can keep editing the draft and its deliverables.'
            : 'Only an organization admin can start, pause, resume, complete or cancel this campaign.'}
        </p>
      )}
      {needsVerification && (
        <p id="publish-verification-note" className="text-sm text-amber-900">
          <Link href={`/brand/${orgSlug}/verification`} className="font-medium underline underline-offset-2">
            Verify your organization
          </Link>{' '}
          before publishing: only verified brands can publish campaigns.
        </p>
      )}
      {buttons.length > 0 && <LifecycleActions action={action} orgSlug={orgSlug} campaignId={campaignId} buttons={buttons} />}
    </section>
  );
}
