import { buildContractContent } from '@/lib/contracts/content';
import type { ContractSignatures, ContractStatus, NewContract, NewDeliverableSubmission } from '@/db/schema';
import type { SeedActor } from './audit-trail';
import type { SeedContext } from './context';
import { formatHundredths } from './decimal';
import { contractStatusOf } from './offer-outcomes';
import type { OfferSeed } from './offers';
import type { Random } from './random';
import { buildSubmissions } from './submissions';
import { addDays, addMinutes, latest } from './time';

export interface ContractSeed {
  id: string;
  offer: OfferSeed;
  status: ContractStatus;
  signedAt: Date;
  /** When it completed, was terminated, or its dispute was opened. */
  closedAt: Date | null;
}

export interface ContractsSeed {
  contracts: NewContract[];
  submissions: NewDeliverableSubmission[];
  seeds: ContractSeed[];
}

type DisputeFields = Pick<NewContract, 'disputeStatus' | 'disputeReason' | 'disputeEvidence' | 'disputeResolution'>;

const openDisputeReason = 'The reel went live nine days after the deliverable deadline and without the required #ad disclosure.';

/** The same content the app freezes into a contract when an offer is accepted. */
function contractContent(offer: OfferSeed, createdAt: Date): Record<string, unknown> {
  const { campaign, creator } = offer;
  const { spec } = campaign.organization;
  return buildContractContent({
    offer: {
      id: offer.id,
      version: offer.acceptedVersion!,
      price: formatHundredths(offer.priceMinor),
      currency: campaign.currency,
      terms: offer.terms,
    },
    campaign: {
      id: campaign.id,
      title: campaign.row.title,
      description: campaign.row.description ?? null,
      brief: campaign.row.brief ?? null,
      startDate: campaign.row.startDate ?? null,
      endDate: campaign.row.endDate ?? null,
      deliverableDeadline: campaign.row.deliverableDeadline ?? null,
      submissionDeadline: campaign.row.submissionDeadline ?? null,
      contentApprovalRequired: campaign.row.contentApprovalRequired ?? true,
    },
    deliverables: campaign.deliverables.map(({ id, type, count, instructions }) => ({
      id,
      type,
      count,
      instructions,
      guidelines: null,
    })),
    organization: { id: campaign.organization.id, name: spec.name, country: spec.country },
    billing: { ...spec.billing, addressLine2: null, country: spec.country },
    creator: { userId: creator.userId, displayName: creator.displayName, country: creator.locale.country },
    createdAt,
  }) as unknown as Record<string, unknown>;
}

/** The brand signs first, the creator a few hours later; the contract is signed when both have. */
function sign(ctx: SeedContext, random: Random, offer: OfferSeed, contractId: string, createdAt: Date) {
  const brandSignedAt = addMinutes(createdAt, random.int(120, 1_800));
  const creatorSignedAt = addMinutes(brandSignedAt, random.int(60, 1_200));
  const signedBy: ContractSignatures = {
    brand: { signer_id: offer.brandUserId, signed_at: brandSignedAt.toISOString() },
    influencer: { signer_id: offer.creator.userId, signed_at: creatorSignedAt.toISOString() },
  };
  const event = { action: 'sign_contract', resourceType: 'contract', resourceId: contractId };
  ctx.audit.record({
    ...event,
    actor: { userId: offer.brandUserId, audience: 'brand' },
    at: brandSignedAt,
    metadata: { party: 'brand' },
  });
  ctx.audit.record({
    ...event,
    actor: { userId: offer.creator.userId, audience: 'creator' },
    at: creatorSignedAt,
    metadata: { party: 'influencer', before: { status: 'pending' }, after: { status: 'signed' } },
  });
  return { signedBy, signedAt: creatorSignedAt };
}

/** How a contract left the active state, if it did: completion (optionally after a resolved dispute), a dispute, termination. */
function close(ctx: SeedContext, offer: OfferSeed, contractId: string, status: ContractStatus, resolvedDisputeBy: string | null) {
  const { campaign } = offer;
  const owner: SeedActor = { userId: campaign.organization.ownerId, audience: 'brand' };
  const event = { actor: owner, resourceType: 'contract', resourceId: contractId };
  const change = (from: ContractStatus, to: ContractStatus) => ({ before: { status: from }, after: { status: to } });
  if (status === 'completed') {
    const closedAt = offer.completedAt!;
    ctx.audit.record({ ...event, action: 'complete_contract', at: closedAt, metadata: change('active', 'completed') });
    const dispute: DisputeFields = resolvedDisputeBy
      ? {
          disputeStatus: 'resolved',
          disputeReason: 'Brand asked for a re-shoot because the product colour looked wrong on camera.',
          disputeEvidence: {
            submitted_by: 'brand',
            items: [{ type: 'screenshot', note: "Colour differs from the brand's reference photos" }],
          },
          disputeResolution: {
            outcome: 'release_in_full',
            decided_by: resolvedDisputeBy,
            decided_at: addDays(closedAt, -1).toISOString(),
            note: 'Colour difference is within normal camera variation; the content met the brief.',
          },
        }
      : {};
    return { closedAt, dispute };
  }
  if (status === 'disputed') {
    const closedAt = campaign.timeline.haltedAt!;
    const correlationId = ctx.audit.record({
      ...event,
      action: 'open_dispute',
      at: closedAt,
      metadata: { reason: openDisputeReason, ...change('active', 'disputed') },
    });
    ctx.audit.record({
      actor: 'system',
      action: 'dispute_campaign',
      resourceType: 'campaign',
      resourceId: campaign.id,
      at: addMinutes(closedAt, 1),
      correlationId,
      metadata: { contract_id: contractId, before: { status: 'active' }, after: { status: 'disputed' } },
    });
    const evidence = [
      { type: 'link', note: 'Live post without disclosure', url: `https://www.instagram.com/reel/${contractId.slice(0, 11)}/` },
      { type: 'message', note: 'Deadline reminder sent 3 days before the deadline' },
    ];
    const dispute: DisputeFields = {
      disputeStatus: 'pending',
      disputeReason: openDisputeReason,
      disputeEvidence: { submitted_by: 'brand', items: evidence },
      disputeResolution: null,
    };
    return { closedAt, dispute };
  }
  if (status === 'terminated') {
    const closedAt = addMinutes(campaign.timeline.haltedAt!, 10);
    const metadata = { reason: 'Campaign cancelled by the brand', ...change('signed', 'terminated') };
    ctx.audit.record({ ...event, action: 'terminate_contract', at: closedAt, metadata });
    return { closedAt, dispute: {} };
  }
  return { closedAt: null, dispute: {} };
}

export function buildContracts(ctx: SeedContext, offers: readonly OfferSeed[], staffAdminId: string): ContractsSeed {
  const random = ctx.random('contracts');
  const result: ContractsSeed = { contracts: [], submissions: [], seeds: [] };
  let resolvedDisputeWritten = false;

  for (const offer of offers) {
    const status = contractStatusOf[offer.outcome];
    if (!status || !offer.acceptedAt) continue;
    const { campaign, creator } = offer;
    const id = ctx.id('contract', offer.key);
    const createdAt = addMinutes(offer.acceptedAt, 1);
    ctx.audit.record({
      actor:
        offer.acceptedBy === 'creator'
          ? { userId: creator.userId, audience: 'creator' }
          : { userId: offer.brandUserId, audience: 'brand' },
      action: 'create_contract',
      resourceType: 'contract',
      resourceId: id,
      at: createdAt,
      correlationId: offer.acceptCorrelationId ?? undefined,
      metadata: { offer_id: offer.id, campaign_id: campaign.id },
    });
    const { signedBy, signedAt } = sign(ctx, random, offer, id, createdAt);
    const activatedAt =
      status === 'active' || status === 'completed' || status === 'disputed' ? addMinutes(campaign.timeline.startDate, 7) : null;
    if (activatedAt) {
      const metadata = { before: { status: 'signed' }, after: { status: 'active' } };
      ctx.audit.record({
        actor: 'system',
        action: 'activate_contract',
        resourceType: 'contract',
        resourceId: id,
        at: activatedAt,
        metadata,
      });
    }
    // One completed contract of a disputed campaign went through a dispute that staff resolved in the creator's favour.
    const resolveDispute: boolean = status === 'completed' && campaign.status === 'disputed' && !resolvedDisputeWritten;
    resolvedDisputeWritten ||= resolveDispute;
    const { closedAt, dispute } = close(ctx, offer, id, status, resolveDispute ? staffAdminId : null);

    result.contracts.push({
      id,
      campaignId: campaign.id,
      offerId: offer.id,
      influencerId: creator.userId,
      organizationId: campaign.organization.id,
      status,
      content: contractContent(offer, createdAt),
      signedBy,
      signedAt,
      activatedAt,
      completedAt: status === 'completed' ? closedAt : null,
      terminatedAt: status === 'terminated' ? closedAt : null,
      ...dispute,
      createdAt,
      updatedAt: latest(signedAt, closedAt ?? signedAt),
    });
    result.seeds.push({ id, offer, status, signedAt, closedAt });
    result.submissions.push(...buildSubmissions(ctx, random, { contractId: id, status, offer, closedAt }));
  }
  return result;
}
