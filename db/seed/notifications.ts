import type { NewNotification } from '@/db/schema';
import type { SeedContext } from './context';
import type { ContractSeed } from './contracts';
import { demoOrganizationSlug } from './demo-accounts';
import type { OfferSeed } from './offers';
import type { OrganizationSeed } from './organizations';
import { addDays, addMinutes, atDay } from './time';

interface NotificationSources {
  offers: readonly OfferSeed[];
  contracts: readonly ContractSeed[];
  organizations: readonly OrganizationSeed[];
  staffAdminId: string;
}

/** A handful of notifications for the demo accounts, some already read, pointing at seeded records. */
export function buildNotifications(ctx: SeedContext, sources: NotificationSources): NewNotification[] {
  const rows: NewNotification[] = [];
  const add = (userId: string, type: string, title: string, body: string, link: string, createdAt: Date, read: boolean) =>
    rows.push({
      id: ctx.id('notification', rows.length + 1),
      userId,
      type,
      title,
      body,
      link,
      createdAt,
      readAt: read ? addMinutes(createdAt, 95) : null,
    });

  const demoOffers = sources.offers.filter((offer) => offer.creator.isDemo);
  for (const offer of demoOffers) {
    const title = offer.campaign.spec.title;
    const organization = offer.campaign.organization.spec.name;
    const link = `/creator/offers/${offer.id}`;
    if (offer.outcome === 'pending')
      add(
        offer.creator.userId,
        'offer_received',
        `New offer from ${organization}`,
        `${organization} invited you to "${title}".`,
        link,
        atDay(-2, 600),
        false,
      );
    if (offer.outcome === 'counter')
      add(
        offer.creator.userId,
        'offer_countered',
        `${organization} replied to your offer`,
        `There is a new version of the offer for "${title}".`,
        link,
        atDay(-3, 700),
        false,
      );
    if (offer.outcome === 'signed' && offer.acceptedAt)
      add(
        offer.creator.userId,
        'contract_signed',
        'Contract signed',
        `Both parties signed the contract for "${title}".`,
        link,
        addDays(offer.acceptedAt, 1),
        true,
      );
    if (offer.outcome === 'completed' && offer.completedAt)
      add(
        offer.creator.userId,
        'payment_released',
        'Payment released',
        `Your payment for "${title}" has been released from escrow.`,
        link,
        addDays(offer.completedAt, 1),
        true,
      );
  }

  const northwind = sources.organizations.find((organization) => organization.spec.slug === demoOrganizationSlug)!;
  const [owner, member] = northwind.memberIds;
  const northwindOffers = sources.offers.filter((offer) => offer.campaign.organization === northwind);
  const campaignLink = (offer: OfferSeed) => `/brand/${demoOrganizationSlug}/campaigns/${offer.campaign.id}`;
  for (const offer of northwindOffers.filter((candidate) => candidate.outcome === 'counter').slice(0, 2)) {
    add(
      member ?? owner!,
      'offer_countered',
      `${offer.creator.displayName} sent a counter-offer`,
      `New counter-offer on "${offer.campaign.spec.title}".`,
      campaignLink(offer),
      atDay(-4, 800),
      false,
    );
  }
  for (const offer of northwindOffers.filter((candidate) => candidate.outcome === 'active').slice(0, 2)) {
    add(
      owner!,
      'deliverable_submitted',
      `${offer.creator.displayName} submitted content`,
      `Content is waiting for your review on "${offer.campaign.spec.title}".`,
      campaignLink(offer),
      atDay(-1, 540),
      false,
    );
  }
  for (const contract of sources.contracts.filter((candidate) => candidate.status === 'disputed')) {
    const campaign = contract.offer.campaign;
    add(
      campaign.organization.ownerId,
      'dispute_opened',
      'Dispute opened',
      `A dispute is open on "${campaign.spec.title}".`,
      `/brand/${campaign.organization.spec.slug}/campaigns/${campaign.id}`,
      contract.closedAt!,
      true,
    );
    add(
      sources.staffAdminId,
      'dispute_opened',
      'Dispute needs review',
      `${campaign.organization.spec.name} opened a dispute on "${campaign.spec.title}".`,
      `/admin/disputes/${contract.id}`,
      contract.closedAt!,
      false,
    );
  }
  for (const organization of sources.organizations.filter((candidate) => candidate.spec.kycStatus === 'pending')) {
    add(
      sources.staffAdminId,
      'kyc_review',
      'KYC check waiting',
      `${organization.spec.name} is waiting for KYC review.`,
      `/admin/organizations/${organization.spec.slug}`,
      addDays(organization.joinedAt, 1),
      false,
    );
  }
  return rows;
}
