import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '../db/seed/demo-accounts';
import { currentStep, signedContract, signIn } from './journeys';

const milestone = 'On approval of the content';

async function fundWithCard(brand: Page, amount: string) {
  await brand.getByRole('button', { name: `Fund ${milestone}` }).click();
  await expect(brand.getByRole('heading', { level: 1, name: /^Pay for / })).toBeVisible();
  await expect(brand.getByText('Demo payments: no money moves').first()).toBeVisible();
  await brand.getByLabel('Card number').fill('4000000000000002');
  await brand.getByRole('button', { name: `Pay ${amount} GBP` }).click();
  await expect(brand.getByRole('alert').filter({ hasText: 'Your card was declined.' })).toBeVisible();
  await brand.getByLabel('Card number').fill('4242424242424242');
  await brand.getByRole('button', { name: `Pay ${amount} GBP` }).click();
  await expect(brand.getByText('Payment received. The money is held in escrow until the work is approved.')).toBeVisible();
  await expect(brand.getByText(`Held: ${amount} GBP`)).toBeVisible();
}

async function setUpPayouts(creator: Page) {
  await creator.goto('/creator/payouts');
  await creator.getByRole('button', { name: 'Set up payouts' }).click();
  await expect(creator.getByRole('heading', { level: 1, name: 'Set up payouts (demo)' })).toBeVisible();
  await creator.getByRole('button', { name: 'Finish demo onboarding' }).click();
  await expect(creator.getByText('Demo onboarding finished: payouts are enabled.')).toBeVisible();
}

test('a brand funds a contract into escrow and the creator is paid, net of the fee, when the work is approved', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const name = `Paula Paid ${Date.now()}`;
  const { brand, creator } = await signedContract(browser, name, '400.00');

  await fundWithCard(brand, '400.00');
  await creator.reload();
  await expect(creator.getByText('Held: 400.00 GBP')).toBeVisible();
  await expect(creator.getByText('Platform fee 10%: 40.00 · creator receives 360.00').first()).toBeVisible();

  const contractUrl = creator.url();
  await setUpPayouts(creator);
  await creator.goto(contractUrl);
  await creator.getByLabel('Link to the content').fill('https://www.tiktok.com/@paula/video/1');
  await creator.getByRole('button', { name: 'Submit for review' }).click();
  await expect(creator.getByText('Revision 1: Waiting for review')).toBeVisible();

  await brand.goto(brand.url().split('?')[0]!);
  await brand.getByRole('button', { name: 'Approve' }).click();
  await expect(currentStep(brand)).toContainText('Completed');
  await brand.reload();
  await expect(brand.getByText('Released').first()).toBeVisible();

  await creator.goto('/creator/payouts');
  const history = creator.getByRole('table').filter({ hasText: 'Net' });
  await expect(history.getByRole('row').filter({ hasText: 'Autumn Trail Collection Launch' })).toContainText('360.00');
});

test('a funded contract ended by mutual agreement is refunded to the brand', async ({ browser }) => {
  test.setTimeout(240_000);
  const { brand, creator } = await signedContract(browser, `Terry Terminated ${Date.now()}`, '250.00');
  await fundWithCard(brand, '250.00');

  await brand.getByRole('button', { name: 'Request termination' }).click();
  await expect(brand.getByRole('button', { name: 'Withdraw termination request' })).toBeVisible();
  await creator.reload();
  await creator.getByRole('button', { name: 'Confirm termination' }).click();
  await expect(creator.getByText('Status: Terminated')).toBeVisible();

  await brand.goto(brand.url().split('?')[0]!);
  const payments = brand.getByRole('region', { name: 'Payments' });
  await expect(payments.getByRole('definition').filter({ hasText: 'Refunded' })).toHaveCount(1);
  await expect(payments).toContainText('Refunded250.00 GBP');
  await expect(payments).toContainText('Held0.00 GBP');
});

test('a dispute resolved as a split releases one part to the creator and refunds the other', async ({ browser }) => {
  test.setTimeout(240_000);
  // Another campaign than the other journeys': a dispute puts the whole campaign in dispute until it is resolved.
  const campaign = 'Repair, Don’t Replace';
  const { brand, creator } = await signedContract(browser, `Sasha Split ${Date.now()}`, '300.00', campaign);
  await fundWithCard(brand, '300.00');
  const contractUrl = creator.url();
  await setUpPayouts(creator);
  await creator.goto(contractUrl);

  await brand.goto(brand.url().split('?')[0]!);
  await brand.getByLabel('Reason').fill('Only half of the agreed story frames were delivered.');
  await brand.getByLabel('Statement').fill('The link sticker and two of four frames are missing.');
  await brand.getByRole('button', { name: 'Open dispute' }).click();
  await expect(brand.getByText(/^Status: Open/)).toBeVisible();

  const admin = await signIn(browser, demoAccounts.admin.email);
  await admin.goto('/admin/disputes');
  await admin.getByRole('row').filter({ hasText: 'Only half of the agreed story frames' }).getByRole('link').first().click();
  await admin.getByLabel('Outcome').selectOption('split');
  await admin.getByLabel('Amount to release').fill('180.00');
  await admin.getByLabel('Amount to refund').fill('120.00');
  await admin.getByLabel('Note', { exact: true }).fill('Part of the work was delivered; splitting 60/40.');
  await admin.getByRole('button', { name: 'Resolve dispute' }).click();
  await expect(admin.getByRole('heading', { level: 2, name: 'Resolution' })).toBeVisible();

  await brand.reload();
  const payments = brand.getByRole('region', { name: 'Payments' });
  await expect(payments).toContainText('Released180.00 GBP');
  await expect(payments).toContainText('Refunded120.00 GBP');
  await expect(payments).toContainText('Platform fee taken: 18.00 · creator received 162.00');
  await expect(payments).toContainText('Held0.00 GBP');
  await creator.goto('/creator/payouts');
  await expect(creator.getByRole('row').filter({ hasText: campaign })).toContainText('162.00');
});
