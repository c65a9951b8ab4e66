import type { OfferTerms } from '@/db/schema';
import { defaultExpiryDays } from '@/lib/offers/schemas';

export interface OfferFormDefaults {
  price: string;
  counts: Record<string, number>;
  milestones: { name: string; amount: string; dueAt: string }[];
  channels: string[];
  durationDays: string;
  paidAds: boolean;
  revisions: string;
  draftDue: string;
  publishDue: string;
  expiresOn: string;
}

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** A fresh proposal: the campaign's deliverable counts, one milestone for the whole price, 7 days to answer. */
export function newOfferDefaults(deliverables: readonly { id: string; count: number }[], price = ''): OfferFormDefaults {
  return {
    price,
    counts: Object.fromEntries(deliverables.map((item) => [item.id, item.count])),
    milestones: [{ name: 'On approval of the content', amount: price, dueAt: '' }],
    channels: [],
    durationDays: '30',
    paidAds: false,
    revisions: '2',
    draftDue: '',
    publishDue: '',
    expiresOn: inDays(defaultExpiryDays),
  };
}

/** A counter-offer starts from the current terms (a new expiry: 7 days from now). */
export function counterDefaults(price: string, terms: OfferTerms | null): OfferFormDefaults {
  return {
    price,
    counts: Object.fromEntries((terms?.deliverables ?? []).map((item) => [item.deliverable_id, item.count])),
    milestones: (terms?.milestones ?? []).map((item) => ({ name: item.name, amount: item.amount, dueAt: item.due_at ?? '' })),
    channels: terms?.usage_rights?.channels ?? [],
    durationDays: String(terms?.usage_rights?.duration_days ?? 0),
    paidAds: terms?.usage_rights?.paid_ads_whitelisting ?? false,
    revisions: String(terms?.revisions ?? 0),
    draftDue: terms?.deadlines?.draft_due ?? '',
    publishDue: terms?.deadlines?.publish_due ?? '',
    expiresOn: inDays(defaultExpiryDays),
  };
}
