import { expect, test } from '@playwright/test';

const password = 'e2e password long enough';
// A 1×1 transparent PNG.
const avatarPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

test('a new creator completes onboarding and finds a campaign by a word only in its brief', async ({ page }) => {
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
});
