import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '@/lib/errors';
import { brandRejectSchema, checkTermsCurrency, inviteOfferSchema, parseTerms, storedTerms } from './schemas';

const reel = '6f1c7c1e-8d5a-4c2b-9a57-0a1b2c3d4e5f';
const story = '7a2d8d2f-9e6b-4d3c-8b68-1b2c3d4e5f60';
const base = {
  price: '1000',
  deliverables: [{ deliverable_id: reel, count: 2 }],
  milestones: [{ name: 'Deposit', amount: '1000' }],
  usage_rights: { channels: ['instagram'], duration_days: 30, paid_ads_whitelisting: false },
  revisions: 2,
  deadlines: {},
};
const errorsOf = (input: Record<string, unknown>) => {
  try {
    parseTerms(input);
    return {};
  } catch (error) {
    return z.flattenError(error as z.ZodError).fieldErrors as Record<string, string[]>;
  }
};

describe('offer terms', () => {
  it('normalises money to two decimals and defaults the expiry to 7 days from now', () => {
    const before = Date.now();
    const terms = parseTerms({ ...base, price: '1000.5', milestones: [{ name: 'All', amount: '1000.50' }] });
    expect(terms.price).toBe('1000.50');
    const days = (terms.expires_at.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
  });

  it('requires milestones to add up exactly to the price (no float rounding)', () => {
    const milestones = [
      { name: 'A', amount: '0.10' },
      { name: 'B', amount: '0.20' },
    ];
    expect(errorsOf({ ...base, price: '0.30', milestones })).toEqual({});
    expect(errorsOf({ ...base, price: '0.31', milestones }).milestones).toEqual([
      'The milestones add up to 0.30 but the price is 0.31: they must add up exactly to the price.',
    ]);
    expect(errorsOf({ ...base, milestones: [] }).milestones).toEqual(['Add at least one payment milestone.']);
  });

  it('checks counts, revisions, message length, deadlines and the expiry window with clear messages', () => {
    expect(errorsOf({ ...base, deliverables: [{ deliverable_id: reel, count: 0 }] }).deliverables).toEqual([
      'The deliverable count must be at least 1.',
    ]);
    expect(errorsOf({ ...base, deliverables: [] }).deliverables).toEqual([
      'Include at least one deliverable (a count of 1 or more).',
    ]);
    expect(errorsOf({ ...base, revisions: 11 }).revisions).toEqual(['The number of revisions must be at most 10.']);
    expect(errorsOf({ ...base, message: 'x'.repeat(2001) }).message).toEqual(['Keep the message under 2000 characters.']);
    expect(errorsOf({ ...base, deadlines: { draft_due: '2030-02-02', publish_due: '2030-02-01' } }).deadlines).toEqual([
      'The draft deadline must be on or before the publish deadline.',
    ]);
    expect(errorsOf({ ...base, expires_at: new Date(Date.now() - 1000).toISOString() }).expires_at).toEqual([
      'The expiry must be in the future.',
    ]);
    expect(errorsOf({ ...base, expires_at: new Date(Date.now() + 62 * 86_400_000).toISOString() }).expires_at).toEqual([
      'The offer can stay open for at most 60 days.',
    ]);
    const in60 = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    expect(errorsOf({ ...base, expires_at: in60 })).toEqual({});
  });

  it('stores terms without the expiry and without empty optional parts', () => {
    const terms = parseTerms({ ...base, deadlines: { draft_due: '2030-01-01' } });
    expect(storedTerms(terms)).toEqual({
      deliverables: [{ deliverable_id: reel, count: 2 }],
      milestones: [{ name: 'Deposit', amount: '1000.00' }],
      usage_rights: { channels: ['instagram'], duration_days: 30, paid_ads_whitelisting: false },
      revisions: 2,
      deadlines: { draft_due: '2030-01-01' },
    });
  });
});

describe('offer form parsing', () => {
  const form = () => {
    const data = new FormData();
    data.set('orgSlug', 'acme');
    data.set('campaignId', reel);
    data.set('creatorId', story);
    data.set('price', '1500');
    for (const [id, count] of [
      [reel, '2'],
      [story, '0'],
    ]) {
      data.append('deliverableId', id!);
      data.append('deliverableCount', count!);
    }
    for (const [name, amount, due] of [
      ['Deposit', '500', ''],
      ['On approval', '1000', '2030-03-01'],
      ['', '', ''],
    ]) {
      data.append('milestoneName', name!);
      data.append('milestoneAmount', amount!);
      data.append('milestoneDueAt', due!);
    }
    data.append('usageChannels', 'instagram');
    data.append('usageChannels', 'tiktok');
    data.set('usageDurationDays', '90');
    data.set('paidAdsWhitelisting', 'on');
    data.set('revisions', '1');
    data.set('draftDue', '');
    data.set('publishDue', '2030-04-01');
    data.set('message', '  Hello  ');
    data.set('expiresAt', '');
    return data;
  };
  const asObject = (data: FormData) => {
    const result: Record<string, unknown> = {};
    for (const key of new Set(data.keys())) {
      const values = data.getAll(key);
      result[key] = values.length > 1 ? values : values[0];
    }
    return result;
  };

  it('reads repeated fields into deliverables and milestones, dropping zero counts and blank rows', () => {
    const parsed = inviteOfferSchema.parse(asObject(form()));
    expect(parsed).toMatchObject({
      price: '1500.00',
      deliverables: [{ deliverable_id: reel, count: 2 }],
      milestones: [
        { name: 'Deposit', amount: '500.00' },
        { name: 'On approval', amount: '1000.00', due_at: '2030-03-01' },
      ],
      usage_rights: { channels: ['instagram', 'tiktok'], duration_days: 90, paid_ads_whitelisting: true },
      revisions: 1,
      deadlines: { publish_due: '2030-04-01' },
      message: 'Hello',
    });
  });

  it('reports field errors under the form sections', () => {
    const data = form();
    data.set('price', 'abc');
    const result = inviteOfferSchema.safeParse(asObject(data));
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors).toMatchObject({
      price: ['Enter the price as an amount such as 1500 or 1500.50.'],
    });
  });

  it('requires a reason to reject', () => {
    const result = brandRejectSchema.safeParse({ orgSlug: 'acme', offerId: reel, version: '3', reason: '  ' });
    expect(z.flattenError(result.error!).fieldErrors).toEqual({ reason: ['Give a reason so the other side knows why.'] });
  });
});

describe('offer amounts in the campaign currency', () => {
  const refusal = (terms: Record<string, unknown>, currency: string) => {
    try {
      checkTermsCurrency(parseTerms(terms), currency);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).fieldErrors ?? {};
    }
  };

  it('refuses a fractional price or milestone in a zero-decimal currency, naming the field', () => {
    const fractional = { ...base, price: '1500.50', milestones: [{ name: 'Deposit', amount: '1500.50' }] };
    expect(refusal(fractional, 'JPY')).toEqual({
      price: ['JPY has no minor unit: use a whole amount such as 1500.'],
      milestones: ['“Deposit”: JPY has no minor unit: use a whole amount such as 1500.'],
    });
    const split = {
      ...base,
      price: '1500',
      milestones: [
        { name: 'Deposit', amount: '700.25' },
        { name: 'Rest', amount: '799.75' },
      ],
    };
    expect(refusal(split, 'krw')).toEqual({ milestones: ['“Deposit”: KRW has no minor unit: use a whole amount such as 700.'] });
  });

  it('accepts whole amounts in a zero-decimal currency and cents elsewhere', () => {
    expect(refusal({ ...base, price: '1500.00', milestones: [{ name: 'All', amount: '1500' }] }, 'JPY')).toBeNull();
    expect(refusal({ ...base, price: '1500.50', milestones: [{ name: 'All', amount: '1500.50' }] }, 'GBP')).toBeNull();
  });
});
