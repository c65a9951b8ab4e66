import type { CounterParty, OfferStatus } from '@/db/schema';
import { scaleMinor } from './decimal';
import type { OfferOutcome } from './offer-outcomes';
import type { Random } from './random';

/** One version of an offer: who proposed or decided what, at which price. */
export interface NegotiationStep {
  status: OfferStatus;
  priceMinor: number;
  /** The side of the latest proposal, which the other side answers. */
  counterBy: CounterParty;
  /** Who made the change; undefined when the system did (expiry). */
  by: 'brand' | 'creator' | 'system';
  action: 'create_offer' | 'counter_offer' | 'accept_offer' | 'reject_offer' | 'expire_offer' | 'complete_offer' | 'end_offer';
  note: string | null;
}

/** A version that puts a price on the table (the opening offer or a counter), as opposed to a decision. */
export const isProposal = (step: NegotiationStep) => step.status === 'pending' || step.status === 'counter';

const creatorCounterNotes = [
  'My rate for this scope is a little higher; happy to add an extra story to make it work.',
  'Could we meet in the middle? Video production alone takes two full days.',
  'Usage rights for paid ads usually cost extra, so I have priced that in.',
];
const brandCounterNotes = [
  'We can stretch the budget a little but not all the way.',
  'Meeting you halfway, with the extra story included.',
];
const rejectNotes = [
  'Timing does not work for me this month, sorry!',
  'We have gone with creators closer to our target audience.',
  'Out of budget for this campaign.',
];

/** The versions an offer goes through to end in `outcome`, starting from the brand's price. */
export function negotiate(outcome: OfferOutcome, openingMinor: number, random: Random): NegotiationStep[] {
  const steps: NegotiationStep[] = [
    { status: 'pending', priceMinor: openingMinor, counterBy: 'brand', by: 'brand', action: 'create_offer', note: null },
  ];
  const rounds = outcome === 'pending' ? 0 : outcome === 'counter' ? random.int(1, 2) : random.pick([0, 0, 1, 1, 2]);
  for (let round = 1; round <= rounds; round += 1) {
    const previous = steps.at(-1)!;
    const byCreator = round % 2 === 1;
    const priceMinor = byCreator
      ? scaleMinor(previous.priceMinor, random.int(110, 125), 500)
      : Math.round((steps.at(-2)!.priceMinor + previous.priceMinor) / 2 / 500) * 500;
    steps.push({
      status: 'counter',
      priceMinor,
      counterBy: byCreator ? 'influencer' : 'brand',
      by: byCreator ? 'creator' : 'brand',
      action: 'counter_offer',
      note: random.pick(byCreator ? creatorCounterNotes : brandCounterNotes),
    });
  }
  if (outcome === 'pending' || outcome === 'counter') return steps;

  const last = steps.at(-1)!;
  const receiver = last.by === 'brand' ? 'creator' : 'brand';
  const close = (status: OfferStatus, by: NegotiationStep['by'], action: NegotiationStep['action'], note: string | null) =>
    steps.push({ status, priceMinor: last.priceMinor, counterBy: last.counterBy, by, action, note });
  if (outcome === 'rejected') close('rejected', receiver, 'reject_offer', random.pick(rejectNotes));
  else if (outcome === 'expired') close('expired', 'system', 'expire_offer', 'No answer before the offer expired.');
  else {
    close('accepted', receiver, 'accept_offer', null);
    if (outcome === 'completed') close('completed', 'brand', 'complete_offer', 'All deliverables approved.');
    if (outcome === 'terminated') close('terminated', 'system', 'end_offer', 'The contract was terminated.');
  }
  return steps;
}
