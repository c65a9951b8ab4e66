import type { OfferTerms } from '@/db/schema';

/** A version of an offer as the history shows it (an offer_revisions row). */
export interface RevisionTerms {
  price: string;
  currency: string;
  terms: (OfferTerms & { expires_at?: string | null }) | null;
}

export interface TermChange {
  /** Stable key: price, deliverable:<id>, milestone:<n>, usage_channels, usage_duration, paid_ads, revisions, draft_due, publish_due, expires_at, message. */
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

const milestoneText = (milestone: { name: string; amount: string; due_at?: string } | undefined, currency: string) =>
  milestone ? `${milestone.name}: ${milestone.amount} ${currency}${milestone.due_at ? ` (due ${milestone.due_at})` : ''}` : null;

const instant = (iso: string | null | undefined) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : null);

/**
 * What changed from one version of an offer to the next, field by field, as display text; unchanged fields are left
 * out. `deliverableLabels` names deliverables by id (e.g. "Reel"); unknown ids are called "Deliverable".
 */
export function diffRevisions(
  previous: RevisionTerms,
  next: RevisionTerms,
  deliverableLabels: Record<string, string> = {},
): TermChange[] {
  const changes: TermChange[] = [];
  const add = (field: string, label: string, before: string | null, after: string | null) => {
    if (before !== after) changes.push({ field, label, before, after });
  };
  const a = previous.terms ?? {};
  const b = next.terms ?? {};

  add('price', 'Price', `${previous.price} ${previous.currency}`, `${next.price} ${next.currency}`);

  const counts = (terms: OfferTerms) => new Map((terms.deliverables ?? []).map((item) => [item.deliverable_id, item.count]));
  const [countsA, countsB] = [counts(a), counts(b)];
  for (const id of new Set([...countsA.keys(), ...countsB.keys()])) {
    const count = (map: Map<string, number>) => (map.has(id) ? String(map.get(id)) : null);
    add(`deliverable:${id}`, `${deliverableLabels[id] ?? 'Deliverable'} count`, count(countsA), count(countsB));
  }

  const milestonesA = a.milestones ?? [];
  const milestonesB = b.milestones ?? [];
  for (let index = 0; index < Math.max(milestonesA.length, milestonesB.length); index += 1) {
    add(
      `milestone:${index + 1}`,
      `Milestone ${index + 1}`,
      milestoneText(milestonesA[index], previous.currency),
      milestoneText(milestonesB[index], next.currency),
    );
  }

  const channels = (terms: OfferTerms) => (terms.usage_rights ? terms.usage_rights.channels.join(', ') || 'none' : null);
  const duration = (terms: OfferTerms) => (terms.usage_rights ? `${terms.usage_rights.duration_days} days` : null);
  const paidAds = (terms: OfferTerms) => (terms.usage_rights ? (terms.usage_rights.paid_ads_whitelisting ? 'Yes' : 'No') : null);
  add('usage_channels', 'Usage channels', channels(a), channels(b));
  add('usage_duration', 'Usage duration', duration(a), duration(b));
  add('paid_ads', 'Paid-ads whitelisting', paidAds(a), paidAds(b));

  const revisions = (terms: OfferTerms) => (terms.revisions === undefined ? null : String(terms.revisions));
  add('revisions', 'Revisions', revisions(a), revisions(b));
  add('draft_due', 'Draft deadline', a.deadlines?.draft_due ?? null, b.deadlines?.draft_due ?? null);
  add('publish_due', 'Publish deadline', a.deadlines?.publish_due ?? null, b.deadlines?.publish_due ?? null);
  add('expires_at', 'Expires', instant(a.expires_at), instant(b.expires_at));
  add('message', 'Message', a.message ?? null, b.message ?? null);
  return changes;
}
