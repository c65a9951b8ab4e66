import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../db/seed/demo-accounts';

const password = 'e2e password long enough';
// A 1×1 transparent PNG.
const avatarPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

test('a new creator completes onboarding, finds a campaign by its brief, and a brand shortlists them', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const id = `${Date.now()}`;
  await page.goto('/sign-up/creator');
  await page.getByLabel('Display name').fill(`Trail Tess ${id}`);
  await page.getByLabel('Email').fill(`tess-${id}@e2e.test`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create creator account' }).click();
  await expect(page).toHaveURL(/\/creator$/);
  await expect(page.getByRole('progressbar', { name: 'Profile completeness' })).not.toHaveAttribute('aria-valuenow', '100');

  await page.goto('/creator/profile');
  await page.getByLabel('Bio').fill('Fell runner and hillwalker sharing honest kit reviews from the Lake District every week.');
  await page.getByLabel('Avatar').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: avatarPng });
  await page.getByLabel('Country', { exact: true }).selectOption('GB');
  await page.getByLabel('Time zone').selectOption('Europe/London');
  const instagram = page.getByRole('group', { name: 'Instagram' });
  await instagram.getByLabel('Username').fill(`tess_runs_${id}`);
  await instagram.getByLabel('Followers').fill('48200');
  const tiktok = page.getByRole('group', { name: 'TikTok' });
  await tiktok.getByLabel('Username').fill(`tessruns${id}`);
  await tiktok.getByLabel('Followers').fill('91000');
  const ages = page.getByRole('group', { name: 'Age groups' });
  for (const [group, share] of [
    ['13-17', '5'],
    ['18-24', '35'],
    ['25-34', '40'],
    ['35-44', '12'],
    ['45-54', '5'],
    ['55+', '3'],
  ] as const) {
    await ages.getByLabel(group, { exact: true }).fill(share);
  }
  const gender = page.getByRole('group', { name: 'Gender' });
  await gender.getByLabel('Female').fill('62');
  await gender.getByLabel('Male', { exact: true }).fill('36');
  await gender.getByLabel('Other').fill('2');
  await page.getByLabel('Top location 1').selectOption('GB');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Profile completeness' })).toHaveAttribute('aria-valuenow', '100');

  await page.goto('/creator/campaigns');
  await page.getByLabel('Search').fill('Kendal');
  await page.getByRole('button', { name: 'Search campaigns' }).click();
  await expect(page.getByRole('link', { name: 'Autumn Trail Collection Launch' })).toBeVisible();
  await page.getByRole('link', { name: 'Autumn Trail Collection Launch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Autumn Trail Collection Launch' })).toBeVisible();
  await expect(page.getByText('Lifetime repairs at our Kendal workshop')).toBeVisible();

  // Without OAuth apps configured, connecting accounts points the creator to entering stats by hand.
  await page.goto('/creator/accounts');
  await expect(page.getByRole('heading', { level: 1, name: 'Connected accounts' })).toBeVisible();
  await page.getByRole('link', { name: 'Enter your Instagram stats by hand' }).click();

  // The creator reports current Instagram stats, which discovery reads.
  await expect(page).toHaveURL(/\/creator\/stats$/);
  await page.getByLabel('Platform').selectOption('instagram');
  await page.getByLabel('Followers', { exact: true }).fill('48200');
  await page.getByLabel('Engagement rate (%)').fill('4.20');
  await page.getByRole('button', { name: 'Save stats' }).click();
  await expect(page.getByText('Stats saved.')).toBeVisible();

  // A brand finds the creator with a combination of filters and adds them to a new shortlist.
  const brand = await (await browser.newContext()).newPage();
  await brand.goto('/sign-in');
  await brand.getByLabel('Email').fill(demoAccounts.brandAdmin.email);
  await brand.getByLabel('Password').fill(demoPassword);
  await brand.getByRole('button', { name: 'Sign in' }).click();
  await expect(brand).toHaveURL(/\/brand\/northwind$/);
  await brand.goto('/brand/northwind/shortlists');
  await brand.getByLabel('Shortlist name').fill(`Fell runners ${id}`);
  await brand.getByRole('button', { name: 'Create shortlist' }).click();
  await expect(brand.getByText('Shortlist created.')).toBeVisible();

  await brand.goto('/brand/northwind/creators');
  await brand.getByLabel('Search').fill(`Tess ${id}`);
  await brand.getByLabel('Platform').selectOption('instagram');
  await brand.getByLabel('Minimum followers').fill('40000');
  await brand.getByLabel('Country', { exact: true }).selectOption('GB');
  await brand.getByLabel('Audience location').selectOption('GB');
  await brand.getByRole('button', { name: 'Find creators' }).click();
  const row = brand.getByRole('row').filter({ hasText: `Trail Tess ${id}` });
  await expect(row).toHaveCount(1);
  await row.getByLabel('Shortlist').selectOption({ label: `Fell runners ${id}` });
  await row.getByRole('button', { name: `Add Trail Tess ${id} to shortlist` }).click();
  await expect(row.getByText('Added.')).toBeVisible();

  await brand.getByLabel('Minimum followers').fill('60000');
  await brand.getByRole('button', { name: 'Find creators' }).click();
  await expect(brand.getByRole('row').filter({ hasText: `Trail Tess ${id}` })).toHaveCount(0);

  await brand.goto('/brand/northwind/shortlists');
  await brand.getByRole('link', { name: `Fell runners ${id}` }).click();
  await expect(brand.getByRole('heading', { level: 2, name: `Trail Tess ${id}` })).toBeVisible();

  // The creator's page shows what they reported: handles, latest stats and audience.
  await brand.goto('/brand/northwind/creators');
  await brand.getByLabel('Search').fill(`Tess ${id}`);
  await brand.getByRole('button', { name: 'Find creators' }).click();
  await brand.getByRole('link', { name: `Trail Tess ${id}`, exact: true }).click();
  await expect(brand.getByRole('heading', { level: 1, name: `Trail Tess ${id}` })).toBeVisible();
  const latest = brand.getByRole('region', { name: 'Latest stats' });
  await expect(latest.getByText('48,200')).toBeVisible();
  await expect(brand.getByRole('heading', { level: 3, name: 'Age groups' })).toBeVisible();
});
