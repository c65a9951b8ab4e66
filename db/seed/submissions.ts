import type { ContractStatus, NewDeliverableSubmission, Platform, SubmissionStatus } from '@/db/schema';
import type { SeedContext } from './context';
import { seededToken } from './ids';
import type { OfferSeed } from './offers';
import type { Random } from './random';
import { addDays, addMinutes, atDay, earliest, momentBetween } from './time';

function contentUrl(platform: Platform, username: string, token: string): string {
  const digits = BigInt(`0x${token.slice(0, 15)}`)
    .toString()
    .padStart(19, '7');
  switch (platform) {
    case 'instagram':
      return `https://www.instagram.com/reel/${token.slice(0, 11)}/`;
    case 'tiktok':
      return `https://www.tiktok.com/@${username}/video/${digits}`;
    case 'youtube':
      return `https://www.youtube.com/watch?v=${token.slice(0, 11)}`;
    case 'twitter':
      return `https://x.com/${username}/status/${digits}`;
  }
}

/** Review states of each revision a deliverable went through, by contract state. */
function reviewHistory(
  status: ContractStatus,
  position: number,
  autoApprove: boolean,
  random: Random,
): SubmissionStatus[] | null {
  const approved: SubmissionStatus = autoApprove ? 'auto_approved' : 'approved';
  if (status === 'completed') return random.chance(0.25) && !autoApprove ? ['changes_requested', 'approved'] : [approved];
  if (status === 'disputed') return position === 0 ? ['changes_requested', 'submitted'] : [approved];
  if (status === 'active') {
    if (position > 0 && random.chance(0.5)) return null;
    return random.pick<SubmissionStatus[]>([
      ['submitted'],
      [approved],
      ['changes_requested'],
      ['changes_requested', 'submitted'],
    ]);
  }
  return null;
}

interface SubmissionInput {
  contractId: string;
  status: ContractStatus;
  offer: OfferSeed;
  closedAt: Date | null;
}

export function buildSubmissions(ctx: SeedContext, random: Random, input: SubmissionInput): NewDeliverableSubmission[] {
  const { contractId, status, offer, closedAt } = input;
  const { campaign, creator } = offer;
  const rows: NewDeliverableSubmission[] = [];
  const platformPlan = creator.platforms.find((plan) => campaign.platforms.includes(plan.platform)) ?? creator.platforms[0]!;
  const platform = campaign.platforms.includes(platformPlan.platform) ? platformPlan.platform : campaign.platforms[0]!;
  const autoApprove = !campaign.row.contentApprovalRequired;
  const windowEnd = earliest(closedAt ?? atDay(-1), addDays(campaign.row.submissionDeadline!, 10), atDay(-1));

  for (const [position, deliverable] of campaign.deliverables.entries()) {
    const history = reviewHistory(status, position, autoApprove, random);
    if (!history) continue;
    let submittedAt = momentBetween(random, addDays(campaign.timeline.startDate, 3), addDays(windowEnd, -3 * history.length));
    for (const [index, reviewState] of history.entries()) {
      const token = seededToken(ctx.seed, 'post', `${contractId}-${position}-${index}`);
      const id = ctx.id('submission', `${contractId}-${position}-${index + 1}`);
      const reviewed = reviewState !== 'submitted';
      const reviewedAt = reviewed ? addMinutes(submittedAt, random.int(240, 2_880)) : null;
      const reviewerId = reviewed && reviewState !== 'auto_approved' ? offer.brandUserId : null;
      rows.push({
        id,
        contractId,
        deliverableId: deliverable.id,
        submittedBy: creator.userId,
        revision: index + 1,
        contentUrl: contentUrl(platform, platformPlan.username, token),
        caption: `${campaign.spec.keyMessages[0]} ${campaign.spec.hashtag} #ad`,
        fileUrl: null,
        status: reviewState,
        reviewerId,
        reviewComment:
          reviewState === 'changes_requested'
            ? 'Please move the #ad disclosure to the first line and show the logo in the first 3 seconds.'
            : null,
        submittedAt,
        reviewedAt,
      });
      ctx.audit.record({
        actor: { userId: creator.userId, audience: 'creator' },
        action: 'submit_deliverable',
        resourceType: 'deliverable_submission',
        resourceId: id,
        at: submittedAt,
        metadata: { contract_id: contractId, deliverable_id: deliverable.id, revision: index + 1 },
      });
      if (reviewerId && reviewedAt) {
        ctx.audit.record({
          actor: { userId: reviewerId, audience: 'brand' },
          action: reviewState === 'approved' ? 'approve_deliverable' : 'request_changes',
          resourceType: 'deliverable_submission',
          resourceId: id,
          at: reviewedAt,
          metadata: { contract_id: contractId, after: { status: reviewState } },
        });
      }
      submittedAt = addMinutes(reviewedAt ?? submittedAt, random.int(600, 2_880));
    }
  }
  return rows;
}
