import { describe, expect, it } from 'vitest';
import { formToObject } from '@/lib/actions/result';
import { addDeliverableSchema, createDraftSchema, fromMinorUnits, toMinorUnits, updateCampaignSchema } from './schemas';

const campaignId = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return formToObject(data);
};

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe('money', () => {
  it('converts exact decimals to minor units and back without floating point', () => {
    expect(toMinorUnits('0.1')).toBe(10n);
    expect(toMinorUnits('12345678901234567.89')).toBe(1234567890123456789n);
    expect(fromMinorUnits(toMinorUnits('1500'))).toBe('1500.00');
    expect(fromMinorUnits(5n)).toBe('0.05');
  });
});

describe('campaign form', () => {
  it('parses the form: lists one per line, hashtags and mentions prefixed, blanks as null, money normalised', () => {
    const result = createDraftSchema.parse(
      form({
        orgSlug: 'acme',
        title: '  Summer launch ',
        description: '',
        objectives: 'Awareness\r\n\r\n  Sign-ups  \n',
        hashtags: 'summer\n#Launch\n##launch',
        mentions: 'acme\n@acme.uk',
        budgetMin: '1000',
        budgetMax: '2500.5',
        currency: 'eur',
        startDate: '2027-06-01',
        endDate: '2027-07-31',
        deliverableDeadline: '2027-07-20',
        submissionDeadline: '2027-07-10',
        contentApprovalRequired: 'on',
      }),
    );
    expect(result).toMatchObject({
      title: 'Summer launch',
      description: null,
      objectives: ['Awareness', 'Sign-ups'],
      keyMessages: [],
      tone: null,
      hashtags: ['#summer', '#Launch'],
      mentions: ['@acme', '@acme.uk'],
      budgetMin: '1000.00',
      budgetMax: '2500.50',
      currency: 'EUR',
      contentApprovalRequired: true,
    });
  });

  it('treats an unticked checkbox as false and an empty currency as "use the organization\'s"', () => {
    const result = createDraftSchema.parse(form({ orgSlug: 'acme', title: 'T', currency: '' }));
    expect(result.contentApprovalRequired).toBe(false);
    expect(result.currency).toBeNull();
  });

  it('refuses a minimum budget above the maximum, comparing exact amounts', () => {
    const result = createDraftSchema.safeParse({ orgSlug: 'a', title: 'T', budgetMin: '100.01', budgetMax: '100.00' });
    expect(errorsOf(result)).toEqual({ budgetMax: 'The maximum budget must be at least the minimum budget.' });
    expect(createDraftSchema.safeParse({ orgSlug: 'a', title: 'T', budgetMin: '100', budgetMax: '100.00' }).success).toBe(true);
  });

  it('refuses amounts that are not exact decimals with at most two places', () => {
    for (const amount of ['1e3', '-5', '10.005', '1,000', '123456789012345678']) {
      const result = createDraftSchema.safeParse({ orgSlug: 'a', title: 'T', budgetMin: amount });
      expect(errorsOf(result).budgetMin, amount).toMatch(/as an amount/);
    }
  });

  it('refuses unknown currencies and bad hashtags, naming the bad entry', () => {
    const result = createDraftSchema.safeParse({ orgSlug: 'a', title: 'T', currency: 'XYZ', hashtags: 'ok\nnot ok' });
    expect(errorsOf(result)).toEqual({
      currency: 'Choose a currency from the list.',
      hashtags: '"#not ok" is not a hashtag: use letters, numbers and underscores, one hashtag per line.',
    });
  });

  it('keeps dates in order: end after start, deadlines inside the campaign, submission before delivery', () => {
    const base = { orgSlug: 'a', title: 'T', startDate: '2027-06-01', endDate: '2027-06-30' };
    expect(errorsOf(createDraftSchema.safeParse({ ...base, endDate: '2027-05-31' }))).toEqual({
      endDate: 'The end date must be on or after the start date.',
    });
    expect(errorsOf(createDraftSchema.safeParse({ ...base, deliverableDeadline: '2027-07-01' }))).toEqual({
      deliverableDeadline: 'The deliverable deadline must be on or before the end date.',
    });
    expect(errorsOf(createDraftSchema.safeParse({ ...base, submissionDeadline: '2027-05-01' }))).toEqual({
      submissionDeadline: 'The submission deadline must be on or after the start date.',
    });
    expect(
      errorsOf(createDraftSchema.safeParse({ ...base, deliverableDeadline: '2027-06-10', submissionDeadline: '2027-06-11' })),
    ).toEqual({ submissionDeadline: 'The submission deadline must be on or before the deliverable deadline.' });
    expect(
      createDraftSchema.safeParse({ ...base, deliverableDeadline: '2027-06-30', submissionDeadline: '2027-06-30' }).success,
    ).toBe(true);
  });

  it('needs a campaign id to update', () => {
    expect(errorsOf(updateCampaignSchema.safeParse({ orgSlug: 'a', title: 'T', campaignId: 'nope' }))).toEqual({
      campaignId: 'This campaign does not exist.',
    });
  });
});

describe('deliverable form', () => {
  const base = { orgSlug: 'a', campaignId, type: 'reel', count: '2' };

  it('parses counts, prices and guidelines', () => {
    const result = addDeliverableSchema.parse(
      form({
        ...base,
        priceMin: '100',
        priceSuggested: '150.5',
        priceMax: '200',
        guidelineHashtags: 'ad',
        guidelineMentions: 'acme',
        guidelineLinks: 'https://acme.test/brand',
      }),
    );
    expect(result).toMatchObject({
      count: 2,
      priceMin: '100.00',
      priceSuggested: '150.50',
      priceMax: '200.00',
      guidelineHashtags: ['#ad'],
      guidelineMentions: ['@acme'],
      guidelineLinks: ['https://acme.test/brand'],
    });
  });

  it('keeps prices in order: minimum ≤ suggested ≤ maximum', () => {
    const prices = (priceMin: string, priceSuggested: string, priceMax: string) =>
      errorsOf(addDeliverableSchema.safeParse({ ...base, priceMin, priceSuggested, priceMax }));
    expect(prices('100', '99.99', '200')).toEqual({ priceSuggested: 'The suggested price must be at least the minimum price.' });
    expect(prices('100', '200.01', '200')).toEqual({ priceSuggested: 'The suggested price must be at most the maximum price.' });
    expect(prices('300', '', '200')).toEqual({ priceMax: 'The maximum price must be at least the minimum price.' });
    expect(prices('100', '100', '100')).toEqual({});
  });

  it('refuses a count below 1, an unknown type and links that are not web addresses', () => {
    const result = addDeliverableSchema.safeParse({
      ...base,
      type: 'podcast',
      count: '0',
      guidelineLinks: 'javascript:alert(1)',
    });
    expect(errorsOf(result)).toEqual({
      type: 'Choose a deliverable type.',
      count: 'Enter at least 1.',
      guidelineLinks: '"javascript:alert(1)" is not a web address: start it with https://.',
    });
  });
});
