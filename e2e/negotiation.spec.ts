import { expect, test } from '@playwright/test';
import { demoAccounts } from '../db/seed/demo-accounts';
import { currentStep, inviteCreator, openFromList, signIn, signUpCreator } from './journeys';

test('a brand invites a creator; they counter, accept, sign, deliver with one change request, and the contract completes', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const id = `${Date.now()}`;
  const name = `Nina Negotiator ${id}`;
  const campaign = 'Autumn Trail Collection Launch';
  const creator = await signUpCreator(browser, name, `nina-${id}@e2e.test`);
  const brand = await signIn(browser, demoAccounts.brandAdmin.email);

  // The brand invites the creator from discovery with one deliverable at 400.00.
  await inviteCreator(brand, name, campaign, '400.00');
  await expect(brand.getByText('Waiting for the creator')).toBeVisible();

  // The creator sees it in their notifications and counters at 450.00.
  await creator.reload();
  await expect(creator.getByRole('link', { name: /^Notifications, \d+ unread$/ })).toBeVisible();
  await openFromList(creator, '/creator/offers', campaign);
  await expect(creator.getByText('Your move')).toBeVisible();
  await creator.getByLabel('Price').fill('450.00');
  await creator.getByLabel('Milestone 1 amount').fill('450.00');
  await creator.getByRole('button', { name: 'Send counter-offer' }).click();
  await expect(creator.getByText('Waiting for the brand')).toBeVisible();

  // The brand admin accepts; the contract is created and both sign it.
  await brand.reload();
  await expect(brand.getByText('Your move')).toBeVisible();
  await brand.getByRole('button', { name: 'Accept offer' }).click();
  const accepted = brand.getByRole('status').filter({ hasText: 'Offer accepted. The contract is ready to sign.' });
  await expect(accepted).toBeVisible();
  await brand.waitForTimeout(1_500);
  await expect(accepted).toBeVisible();
  await brand.getByRole('link', { name: 'View the contract' }).click();
  await expect(brand.getByRole('heading', { level: 1, name: 'Contract', exact: true })).toBeVisible();
  await expect(brand.getByText('Integrity verified')).toBeVisible();
  await brand.getByRole('button', { name: 'Sign contract' }).click();
  await expect(brand.getByText(`You have signed. Waiting for ${name} to sign.`)).toBeVisible();
  await expect(brand.getByRole('status').filter({ hasText: 'Signed. Waiting for the creator to sign.' })).toBeVisible();
  // The flash clears its cookie with a request of its own after it is shown: a reload before that shows it again.
  await brand.waitForLoadState('networkidle');
  await brand.reload();
  await expect(brand.getByRole('status').filter({ hasText: 'Signed. Waiting for the creator to sign.' })).toHaveCount(0);

  await openFromList(creator, '/creator/contracts', campaign);
  await expect(creator.getByText('450.00').first()).toBeVisible();
  await creator.getByRole('button', { name: 'Sign contract' }).click();
  await expect(currentStep(creator)).toContainText('Signed');

  // The creator submits; the brand asks for a change; the creator resubmits; the brand approves.
  await creator.getByLabel('Link to the content').fill('https://www.instagram.com/p/draft-one');
  await creator.getByLabel('Caption').fill('First light on the fells #ad');
  await creator.getByRole('button', { name: 'Submit for review' }).click();
  await expect(creator.getByText('Revision 1: Waiting for review')).toBeVisible();

  await brand.reload();
  await brand.getByLabel('Comments').fill('Please show the hood of the jacket.');
  await brand.getByRole('button', { name: 'Request changes' }).click();
  await expect(brand.getByText('Revision 1: Changes requested')).toBeVisible();

  await creator.reload();
  await expect(creator.getByText('Please show the hood of the jacket.')).toBeVisible();
  await creator.getByLabel('Link to the content').fill('https://www.instagram.com/p/draft-two');
  await creator.getByRole('button', { name: 'Submit revision 2 for review' }).click();
  await expect(creator.getByText('Revision 2: Waiting for review')).toBeVisible();

  await brand.reload();
  await brand.getByRole('button', { name: 'Approve' }).click();
  await expect(currentStep(brand)).toContainText('Completed');

  // The offer's history shows every step.
  await openFromList(creator, '/creator/offers', campaign);
  for (const version of ['Version 1: Pending', 'Version 2: Countered', 'Version 3: Accepted', 'Version 4: Completed']) {
    await expect(creator.getByRole('heading', { level: 3, name: version })).toBeVisible();
  }
});

test('a creator applies to a published campaign and the brand rejects with a reason', async ({ browser }) => {
  test.setTimeout(120_000);
  const id = `${Date.now()}`;
  const campaign = 'Winter Bothy Nights';
  const creator = await signUpCreator(browser, `Archie Applicant ${id}`, `archie-${id}@e2e.test`);

  await creator.goto('/creator/campaigns');
  await creator.getByLabel('Search').fill('bothy');
  await creator.getByRole('button', { name: 'Search campaigns' }).click();
  await creator.getByRole('link', { name: campaign }).click();
  await expect(creator.getByRole('heading', { level: 2, name: 'Apply to this campaign' })).toBeVisible();
  await creator.getByLabel('Price').fill('300.00');
  await creator.getByLabel('Milestone 1 amount').fill('300.00');
  await creator.getByLabel('Message').fill('I stay in bothies every winter and film it.');
  await creator.getByRole('button', { name: 'Apply' }).click();
  await expect(creator.getByText('Waiting for the brand')).toBeVisible();

  const brand = await signIn(browser, demoAccounts.brandMember.email);
  await brand.goto('/brand/northwind/offers?status=pending');
  await brand
    .getByRole('row')
    .filter({ hasText: `Archie Applicant ${id}` })
    .getByRole('link')
    .first()
    .click();
  await brand.getByLabel('Reason').fill('We have already booked every bothy night this winter.');
  await brand.getByRole('button', { name: 'Reject offer' }).click();
  await expect(brand.getByRole('heading', { level: 3, name: 'Version 2: Rejected' })).toBeVisible();

  await creator.reload();
  await expect(creator.getByText('We have already booked every bothy night this winter.').first()).toBeVisible();
  await expect(creator.getByRole('button', { name: 'Accept offer' })).toHaveCount(0);
});

test('a brand opens a dispute on a contract and an admin resolves it as a split', async ({ browser }) => {
  test.setTimeout(120_000);
  const brand = await signIn(browser, demoAccounts.brandAdmin.email);
  await brand.goto('/brand/northwind/contracts');
  await brand.getByRole('row').filter({ hasText: 'Three Peaks Challenge' }).first().getByRole('link').first().click();
  await expect(brand.getByRole('heading', { level: 1, name: 'Contract', exact: true })).toBeVisible();
  await brand.getByLabel('Reason').fill('The agreed reel was never published.');
  await brand.getByLabel('Statement').fill('Three reminders went unanswered; the deadline passed two weeks ago.');
  await brand.getByRole('button', { name: 'Open dispute' }).click();
  await expect(brand.getByText('Status: Open · Reason: The agreed reel was never published.')).toBeVisible();

  const admin = await signIn(browser, demoAccounts.admin.email);
  await admin.goto('/admin/disputes');
  await admin.getByRole('link', { name: 'Three Peaks Challenge' }).first().click();
  await expect(admin.getByText('The agreed reel was never published.').first()).toBeVisible();
  await admin.getByLabel('Outcome').selectOption('split');
  const total = await admin.getByText(/contract price/).textContent();
  const amount = /contract price ([\d.]+)/.exec(total ?? '')![1]!;
  const cents = Math.round(Number(amount) * 100);
  const release = (Math.floor(cents / 2) / 100).toFixed(2);
  const refund = ((cents - Math.floor(cents / 2)) / 100).toFixed(2);
  await admin.getByLabel('Amount to release').fill(release);
  await admin.getByLabel('Amount to refund').fill(refund);
  await admin.getByLabel('Note', { exact: true }).fill('Half of the work was delivered as drafts; splitting the fee.');
  await admin.getByRole('button', { name: 'Resolve dispute' }).click();
  await expect(admin.getByRole('heading', { level: 2, name: 'Resolution' })).toBeVisible();

  await brand.reload();
  await expect(brand.getByText('Half of the work was delivered as drafts; splitting the fee.')).toBeVisible();
});
