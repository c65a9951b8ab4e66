import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { WaitingMoneyRow } from '@/lib/payments/waiting';
import { waitingAge } from './waiting-money-rows';
import { WaitingMoneySection } from './waiting-money-section';

vi.mock('next/link', () => ({
  default: ({ href, children }: { href: string; children: ReactNode }) => createElement('a', { href }, children),
}));

const now = new Date('2026-12-10T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 60 * 60 * 1000);

const row = (overrides: Partial<WaitingMoneyRow>): WaitingMoneyRow => ({
  paymentId: 'a0000000-0000-4000-8000-000000000001',
  contractId: 'c0000000-0000-4000-8000-000000000001',
  campaignTitle: 'Summer Launch',
  organizationName: 'Acme',
  creatorName: 'Casey Creator',
  amount: '500.00',
  currency: 'GBP',
  reason: 'The creator has not finished setting up payouts.',
  owner: 'creator',
  since: hoursAgo(73),
  movementId: 'b0000000-0000-4000-8000-000000000001',
  ...overrides,
});

describe('waitingAge', () => {
  it.each([
    [0.001, 'Under a minute'],
    [1 / 60, '1 minute'],
    [0.5, '30 minutes'],
    [1, '1 hour'],
    [23.9, '23 hours'],
    [24, '1 day'],
    [73, '3 days'],
  ])('%f hours ago reads "%s"', (hours, text) => {
    expect(waitingAge(hoursAgo(hours), now)).toBe(text);
  });
});

describe('WaitingMoneySection', () => {
  it('lists each wait with its amount, reason, who can unblock it, its age and a link to the staff contract page', () => {
    const rows = [
      row({}),
      row({
        paymentId: 'a0000000-0000-4000-8000-000000000002',
        amount: '750.50',
        reason: 'The campaign was cancelled while the contract is open.',
        owner: 'brand',
        since: hoursAgo(2),
        movementId: null,
      }),
    ];
    const totals = [{ currency: 'GBP', amount: '1500.50', count: 3 }];
    const page = renderToStaticMarkup(createElement(WaitingMoneySection, { rows, totals, now }));

    expect(page).toContain('<h2 id="waiting-money-heading"');
    expect(page).toContain('<caption class="sr-only">Money waiting, oldest first</caption>');
    expect(page).toMatch(/aria-label="Money waiting per currency".*Waiting in GBP.*1500\.50 GBP.*\(3 items\)/);
    expect(page).toContain('500.00 GBP');
    expect(page).toContain('The creator has not finished setting up payouts.');
    expect(page).toContain('>Creator<');
    expect(page).toContain('>Brand<');
    expect(page).toContain(`<time dateTime="${hoursAgo(73).toISOString()}" title="Waiting since 7 Dec 2026, 11:00 UTC"`);
    expect(page).toContain('>3 days</time>');
    expect(page).toContain('>2 hours</time>');
    expect(page).toContain('<a href="/admin/contracts/c0000000-0000-4000-8000-000000000001">Summer Launch</a>');
    expect(page).toContain('Acme → Casey Creator');
    expect(page).toContain('Showing the oldest 2 of 3 items; the totals count them all.');
  });

  it('says what an empty list means', () => {
    const page = renderToStaticMarkup(createElement(WaitingMoneySection, { rows: [], totals: [], now }));
    expect(page).toContain('<h3 class="text-base font-semibold text-zinc-900">No money is waiting</h3>');
    expect(page).toContain('Every release and refund that is due has gone out or is on its way');
    expect(page).not.toContain('<table');
  });
});
