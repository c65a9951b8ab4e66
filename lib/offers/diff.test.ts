import { describe, expect, it } from 'vitest';
import { diffRevisions, type RevisionTerms } from './diff';

const v1: RevisionTerms = {
  price: '1000.00',
  currency: 'GBP',
  terms: {
    deliverables: [
      { deliverable_id: 'reel', count: 2 },
      { deliverable_id: 'story', count: 3 },
    ],
    milestones: [{ name: 'On approval', amount: '1000.00' }],
    usage_rights: { channels: ['instagram'], duration_days: 30, paid_ads_whitelisting: false },
    revisions: 2,
    deadlines: { draft_due: '2030-01-01' },
    message: 'Hi',
    expires_at: '2030-01-08T10:00:00.000Z',
  },
};

describe('diffRevisions', () => {
  it('returns nothing for identical versions', () => {
    expect(diffRevisions(v1, structuredClone(v1))).toEqual([]);
  });

  it('lists every changed field with before and after, in a fixed order', () => {
    const v2: RevisionTerms = {
      price: '1200.00',
      currency: 'GBP',
      terms: {
        deliverables: [
          { deliverable_id: 'reel', count: 3 },
          { deliverable_id: 'post', count: 1 },
        ],
        milestones: [
          { name: 'Deposit', amount: '200.00', due_at: '2030-01-10' },
          { name: 'On approval', amount: '1000.00' },
        ],
        usage_rights: { channels: ['instagram', 'tiktok'], duration_days: 90, paid_ads_whitelisting: true },
        revisions: 1,
        deadlines: { draft_due: '2030-01-01', publish_due: '2030-02-01' },
        expires_at: '2030-01-15T10:00:00.000Z',
      },
    };
    expect(diffRevisions(v1, v2, { reel: 'Reel', story: 'Story' })).toEqual([
      { field: 'price', label: 'Price', before: '1000.00 GBP', after: '1200.00 GBP' },
      { field: 'deliverable:reel', label: 'Reel count', before: '2', after: '3' },
      { field: 'deliverable:story', label: 'Story count', before: '3', after: null },
      { field: 'deliverable:post', label: 'Deliverable count', before: null, after: '1' },
      {
        field: 'milestone:1',
        label: 'Milestone 1',
        before: 'On approval: 1000.00 GBP',
        after: 'Deposit: 200.00 GBP (due 2030-01-10)',
      },
      { field: 'milestone:2', label: 'Milestone 2', before: null, after: 'On approval: 1000.00 GBP' },
      { field: 'usage_channels', label: 'Usage channels', before: 'instagram', after: 'instagram, tiktok' },
      { field: 'usage_duration', label: 'Usage duration', before: '30 days', after: '90 days' },
      { field: 'paid_ads', label: 'Paid-ads whitelisting', before: 'No', after: 'Yes' },
      { field: 'revisions', label: 'Revisions', before: '2', after: '1' },
      { field: 'publish_due', label: 'Publish deadline', before: null, after: '2030-02-01' },
      { field: 'expires_at', label: 'Expires', before: '2030-01-08 10:00 UTC', after: '2030-01-15 10:00 UTC' },
      { field: 'message', label: 'Message', before: 'Hi', after: null },
    ]);
  });

  it('compares status-only moves (accept, reject, expire) as no term changes', () => {
    expect(diffRevisions(v1, { ...v1, terms: { ...v1.terms } })).toEqual([]);
    expect(
      diffRevisions({ price: '1.00', currency: 'EUR', terms: null }, { price: '1.00', currency: 'EUR', terms: null }),
    ).toEqual([]);
  });
});
