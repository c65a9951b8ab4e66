import { describe, expect, it } from 'vitest';
import { buildContractContent, type ContractSources } from './content';

const sources = (overrides: Partial<ContractSources> = {}): ContractSources => ({
  offer: {
    id: 'offer-1',
    version: 4,
    price: '1250.50',
    currency: 'EUR',
    terms: {
      deliverables: [{ deliverable_id: 'd-1', count: 3 }],
      milestones: [
        { name: 'Signature', amount: '250.50' },
        { name: 'Approval', amount: '1000.00', due_at: '2026-09-01' },
      ],
      usage_rights: { channels: ['instagram'], duration_days: 30, paid_ads_whitelisting: false },
      revisions: 1,
    },
  },
  campaign: {
    id: 'c-1',
    title: 'Autumn',
    description: 'Coats',
    brief: { tone: 'warm' },
    startDate: new Date('2026-09-01T00:00:00Z'),
    endDate: null,
    deliverableDeadline: null,
    submissionDeadline: new Date('2026-10-01T00:00:00Z'),
    contentApprovalRequired: true,
  },
  deliverables: [
    { id: 'd-1', type: 'reel', count: 1, instructions: 'Outdoor shot', guidelines: { platform: 'instagram' } },
    { id: 'd-2', type: 'story', count: 2, instructions: null, guidelines: null },
  ],
  organization: { id: 'o-1', name: 'Acme', country: 'DE' },
  billing: {
    legalName: 'Acme GmbH',
    addressLine1: 'Hauptstraße 1',
    addressLine2: null,
    city: 'Berlin',
    postalCode: '10115',
    country: 'DE',
  },
  creator: { userId: 'u-1', displayName: 'Casey', country: 'GB' },
  createdAt: new Date('2026-08-01T12:00:00Z'),
  ...overrides,
});

describe('buildContractContent', () => {
  it('snapshots the offer version, campaign, parties and the deliverables the offer covers with their agreed counts', () => {
    const content = buildContractContent(sources());
    expect(content.schema_version).toBe(1);
    expect(content.offer).toEqual({ id: 'offer-1', version: 4, price: '1250.50', currency: 'EUR', terms: sources().offer.terms });
    expect(content.campaign).toEqual({
      id: 'c-1',
      title: 'Autumn',
      description: 'Coats',
      brief: { tone: 'warm' },
      dates: {
        start: '2026-09-01T00:00:00.000Z',
        end: null,
        deliverable_deadline: null,
        submission_deadline: '2026-10-01T00:00:00.000Z',
      },
      content_approval_required: true,
    });
    expect(content.deliverables).toEqual([
      { id: 'd-1', type: 'reel', platform: 'instagram', title: 'Reel', description: 'Outdoor shot', count: 3 },
    ]);
    expect(content.brand).toEqual({
      organization_id: 'o-1',
      name: 'Acme',
      legal_name: 'Acme GmbH',
      address: 'Hauptstraße 1, 10115 Berlin, DE',
      country: 'DE',
    });
    expect(content.creator).toEqual({ user_id: 'u-1', display_name: 'Casey', country: 'GB' });
    expect(content.created_at).toBe('2026-08-01T12:00:00.000Z');
  });

  it('writes the clauses from the terms', () => {
    const { clauses } = buildContractContent(sources());
    expect(clauses.usage_rights).toMatchObject({ channels: ['instagram'], duration_days: 30, paid_ads_whitelisting: false });
    expect(clauses.usage_rights.text).toContain('on instagram for 30 days');
    expect(clauses.usage_rights.text).toContain('may not run the content as paid ads');
    expect(clauses.disclosure.text).toContain('#ad');
    expect(clauses.disclosure.text).toContain('paid-partnership label');
    expect(clauses.revisions).toEqual({ count: 1, text: 'The brand may request changes to each deliverable once.' });
    expect(clauses.payment).toMatchObject({
      currency: 'EUR',
      total: '1250.50',
      milestones: [
        { name: 'Signature', amount: '250.50', due_at: null },
        { name: 'Approval', amount: '1000.00', due_at: '2026-09-01' },
      ],
    });
    expect(clauses.payment.text).toContain('funded when both parties have signed');
    expect(clauses.payment.text).toContain('released to the creator when the brand approves');
    expect(clauses.cancellation.text).toContain('mutual agreement');
    expect(clauses.cancellation.text).toContain('held in escrow when it is cancelled is refunded to the brand');
  });

  it('falls back sensibly when terms, billing and profile details are missing', () => {
    const base = sources();
    const content = buildContractContent({
      ...base,
      offer: { ...base.offer, terms: null },
      billing: null,
      creator: { userId: 'u-1', displayName: null, country: null },
    });
    expect(content.offer.terms).toEqual({});
    expect(content.deliverables.map((item) => [item.id, item.count])).toEqual([
      ['d-1', 1],
      ['d-2', 2],
    ]);
    expect(content.brand).toMatchObject({ legal_name: null, address: null });
    expect(content.creator.display_name).toBe('Creator');
    expect(content.clauses.revisions.count).toBe(0);
    expect(content.clauses.usage_rights).toMatchObject({ channels: [], duration_days: null, paid_ads_whitelisting: false });
    expect(content.clauses.payment.milestones).toEqual([]);
  });

  it('is deterministic for the same rows', () => {
    expect(JSON.stringify(buildContractContent(sources()))).toBe(JSON.stringify(buildContractContent(sources())));
  });
});
