import type { Metadata } from 'next';
import Link from 'next/link';
import { newOfferDefaults } from '@/components/offers/form-defaults';
import { deliverableLabels } from '@/components/offers/labels';
import { OfferTermsForm } from '@/components/offers/offer-terms-form';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { SelectField } from '@/components/ui/select-field';
import { db } from '@/db/client';
import { requireBrandMembership } from '@/lib/auth/guards';
import { findInvitableCreator, listInvitableCampaigns } from '@/lib/offers/queries';
import { inviteCreatorAction } from '../actions';

export const metadata: Metadata = { title: 'New offer' };

interface NewOfferPageProps {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<{ creator?: string | string[]; campaign?: string | string[] }>;
}

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

export default async function NewOfferPage({ params, searchParams }: NewOfferPageProps) {
  const { orgSlug } = await params;
  const { membership } = await requireBrandMembership(orgSlug);
  const query = await searchParams;
  const creatorId = single(query.creator);
  const [creator, campaigns] = await Promise.all([
    creatorId ? findInvitableCreator(db(), creatorId) : null,
    listInvitableCampaigns(db(), membership.organization.id),
  ]);
  const requested = single(query.campaign);
  const campaign = campaigns.find((item) => item.id === requested) ?? (campaigns.length === 1 ? campaigns[0] : undefined);

  return (
    <>
      <PageHeader
        title={creator ? `Invite ${creator.displayName}` : 'New offer'}
        description="Propose a price and terms; the creator can accept, counter or reject."
      />
      {!creator ? (
        <EmptyState title="Choose a creator first">
          <p>
            Open{' '}
            <Link href={`/brand/${orgSlug}/creators`} className="font-semibold text-accent-700 hover:underline">
              Find creators
            </Link>{' '}
            or a shortlist and use “Invite” next to the creator you want to work with.
          </p>
        </EmptyState>
      ) : campaigns.length === 0 ? (
        <EmptyState title="No campaign can take offers yet">
          <p>
            Offers are made for a published or active campaign.{' '}
            <Link href={`/brand/${orgSlug}/campaigns`} className="font-semibold text-accent-700 hover:underline">
              Publish a campaign
            </Link>{' '}
            first.
          </p>
        </EmptyState>
      ) : !campaign ? (
        <Card>
          <form method="get" className="space-y-4">
            <input type="hidden" name="creator" value={creator.id} />
            <SelectField
              label="Campaign"
              name="campaign"
              options={campaigns.map((item) => ({ value: item.id, label: item.title }))}
              placeholder="Choose a campaign"
              required
            />
            <Button type="submit">Continue</Button>
          </form>
        </Card>
      ) : (
        <Card className="space-y-4">
          <h2 className="text-base font-semibold text-zinc-900">Offer for {campaign.title}</h2>
          {campaigns.length > 1 && (
            <p className="text-sm">
              <Link href={`/brand/${orgSlug}/offers/new?creator=${creator.id}`} className="text-accent-700 hover:underline">
                Choose another campaign
              </Link>
            </p>
          )}
          <OfferTermsForm
            action={inviteCreatorAction}
            hidden={{ orgSlug, campaignId: campaign.id, creatorId: creator.id }}
            deliverables={(() => {
              const names = deliverableLabels(campaign.deliverables);
              return campaign.deliverables.map((item) => ({ id: item.id, label: names[item.id]!, campaignCount: item.count }));
            })()}
            currency={campaign.currency}
            defaults={newOfferDefaults(campaign.deliverables)}
            submitLabel="Send offer"
            idPrefix="invite"
          />
        </Card>
      )}
    </>
  );
}
