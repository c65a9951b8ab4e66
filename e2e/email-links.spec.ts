import { expect, test, type Page } from '@playwright/test';

const password = 'e2e password long enough';
const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

async function signUpCreator(page: Page, email: string) {
  await page.goto('/sign-up/creator');
  await page.getByLabel('Display name').fill('Link Tester');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create creator account' }).click();
  await expect(page).toHaveURL(/\/creator$/);
}

async function openMailedLink(page: Page, email: string, subject: string) {
  await page.goto('/mailbox');
  const message = page.getByRole('article').filter({ hasText: email }).filter({ hasText: subject }).first();
  await message.getByRole('link').first().click();
}

test('a new creator confirms their email through the link in the demo mailbox', async ({ page }) => {
  const email = `verify-${unique()}@e2e.test`;
  await signUpCreator(page, email);
  await expect(page.getByText('Confirm your email address.')).toBeVisible();
  await openMailedLink(page, email, 'Confirm your email');
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Email confirmed' })).toBeVisible();
  await page.goto('/creator');
  await expect(page.getByText('Confirm your email address.')).toHaveCount(0);
});

test('a creator resets a forgotten password and signs in with the new one', async ({ page }) => {
  const email = `reset-${unique()}@e2e.test`;
  await signUpCreator(page, email);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'reset link is on its way' })).toBeVisible();

  await openMailedLink(page, email, 'Reset your Pactly password');
  await page.getByLabel('New password', { exact: true }).fill('my brand new password');
  await page.getByLabel('Confirm new password').fill('my brand new password');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1/);

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('my brand new password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/creator$/);
});
