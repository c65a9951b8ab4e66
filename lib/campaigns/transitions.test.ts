import { describe, expect, it } from 'vitest';
import { campaignStatuses, type CampaignStatus } from '@/db/schema';
import { availableEvents, isDraftOnlyEdit, transition, type CampaignEvent, type TransitionFacts } from './transitions';

const ready: TransitionFacts = {
  status: 'draft',
  kycStatus: 'verified',
  deliverableCount: 2,
  budgetMin: '100.00',
  budgetMax: '500.00',
};
const at = (status: CampaignStatus, extra: Partial<TransitionFacts> = {}): TransitionFacts => ({ ...ready, status, ...extra });

describe('campaign lifecycle', () => {
  it('walks draft → published → active ⇄ paused → completed and stamps published_at and completed_at', () => {
    expect(transition(at('draft'), 'publish')).toEqual({ ok: true, to: 'published', stamps: { publishedAt: true } });
    expect(transition(at('published'), 'activate')).toEqual({ ok: true, to: 'active', stamps: {} });
    expect(transition(at('active'), 'pause')).toEqual({ ok: true, to: 'paused', stamps: {} });
    expect(transition(at('paused'), 'resume')).toEqual({ ok: true, to: 'active', stamps: {} });
    expect(transition(at('active'), 'complete')).toEqual({ ok: true, to: 'completed', stamps: { completedAt: true } });
    expect(transition(at('paused'), 'complete')).toEqual({ ok: true, to: 'completed', stamps: { completedAt: true } });
  });

  it('cancels from draft, published, active and paused only', () => {
    const cancellable = campaignStatuses.filter((status) => transition(at(status), 'cancel').ok);
    expect(cancellable).toEqual(['draft', 'published', 'active', 'paused']);
  });

  it('refuses every move that is not in the lifecycle, with a message', () => {
    expect(transition(at('completed'), 'resume')).toEqual({ ok: false, reason: 'A completed campaign cannot be resumed.' });
    expect(transition(at('draft'), 'pause')).toEqual({ ok: false, reason: 'A draft campaign cannot be paused.' });
    expect(transition(at('cancelled'), 'publish')).toEqual({ ok: false, reason: 'A cancelled campaign cannot be published.' });
  });

  it('guards publishing: KYC first, then a deliverable, then a budget', () => {
    expect(transition(at('draft', { kycStatus: 'pending' }), 'publish')).toEqual({
      ok: false,
      reason: 'Verify your organization (KYC) before publishing a campaign.',
    });
    expect(transition(at('draft', { deliverableCount: 0 }), 'publish')).toEqual({
      ok: false,
      reason: 'Add at least one deliverable before publishing.',
    });
    expect(transition(at('draft', { budgetMax: null }), 'publish')).toEqual({
      ok: false,
      reason: 'Set a budget (minimum and maximum) before publishing.',
    });
  });

  it('enters a dispute from running or finished campaigns and returns to where it was', () => {
    expect(transition(at('active'), 'open_dispute')).toMatchObject({ ok: true, to: 'disputed' });
    expect(transition(at('draft'), 'open_dispute').ok).toBe(false);
    expect(transition(at('disputed', { statusBeforeDispute: 'paused' }), 'close_dispute')).toEqual({
      ok: true,
      to: 'paused',
      stamps: {},
    });
    expect(transition(at('disputed'), 'close_dispute').ok).toBe(false);
  });

  it('lists the next events per status', () => {
    const expected: Record<CampaignStatus, CampaignEvent[]> = {
      draft: ['publish', 'cancel'],
      published: ['activate', 'cancel'],
      active: ['pause', 'complete', 'cancel', 'open_dispute'],
      paused: ['resume', 'complete', 'cancel', 'open_dispute'],
      completed: ['open_dispute'],
      disputed: ['close_dispute'],
      cancelled: [],
    };
    for (const status of campaignStatuses) expect(availableEvents(status), status).toEqual(expected[status]);
  });

  it('allows only safe edits after publishing', () => {
    expect(isDraftOnlyEdit('draft', ['budgetMax', 'title'])).toEqual([]);
    expect(isDraftOnlyEdit('published', ['description', 'budgetMax', 'title'])).toEqual(['budgetMax', 'title']);
    expect(isDraftOnlyEdit('active', ['brief', 'submissionDeadline'])).toEqual([]);
  });
});
