import { expect, test, type Page } from '@playwright/test';
import { demoAccounts, demoPassword } from '../db/seed/demo-accounts';

const password = 'e2e password long enough';
const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

async function signIn(page: Page, email: string, secret: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a brand signs up and lands on the brand home of its new organization', async ({ page }) => {
  const id = unique();
  await page.goto('/');
  await page.getByRole('link', { name: 'Sign up as a brand' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create a brand account' })).toBeVisible();
  await page.getByLabel('Your name').fill('Brenda Brand');
  await page.getByLabel('Company name').fill(`Sunny Foods ${id}`);
  await page.getByLabel('Country').selectOption('GB');
  await page.getByLabel('Email').fill(`brand-${id}@e2e.test`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create brand account' }).click();
  await expect(page).toHaveURL(new RegExp(`/brand/sunny-foods-${id}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Sunny Foods ${id}` })).toBeVisible();
});

test('a creator signs up and lands on the creator home', async ({ page }) => {
  const id = unique();
  await page.goto('/sign-up/creator');
  await page.getByLabel('Display name').fill(`Cara Creates ${id}`);
  await page.getByLabel('Email').fill(`creator-${id}@e2e.test`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create creator account' }).click();
  await expect(page).toHaveURL(/\/creator$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Creator home' })).toBeVisible();
});

test('an admin signs in and reaches the back office', async ({ page }) => {
  await signIn(page, demoAccounts.admin.email, demoPassword);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Back office' })).toBeVisible();
});

test('a wrong password shows an error and stays on sign-in', async ({ page }) => {
  await signIn(page, demoAccounts.admin.email, 'not the password');
  await expect(page.locator('form').getByRole('alert')).toHaveText(/Wrong email or password/);
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a signed-out visit to a brand page redirects to sign-in and comes back after', async ({ page }) => {
  await page.goto('/brand/northwind');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fbrand%2Fnorthwind/);
  await page.getByLabel('Email').fill(demoAccounts.brandAdmin.email);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/brand\/northwind$/);
});

test('a creator visiting the back office is refused', async ({ page }) => {
  await signIn(page, demoAccounts.influencer.email, demoPassword);
  await expect(page).toHaveURL(/\/creator$/);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Access denied' })).toBeVisible();
  await expect(page.getByText('Back office')).toHaveCount(0);
});

test('a brand member cannot open another organization', async ({ page }) => {
  const id = unique();
  await page.goto('/sign-up/brand');
  await page.getByLabel('Your name').fill('Other Brand');
  await page.getByLabel('Company name').fill(`Other Co ${id}`);
  await page.getByLabel('Country').selectOption('FR');
  await page.getByLabel('Email').fill(`other-${id}@e2e.test`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create brand account' }).click();
  await expect(page).toHaveURL(new RegExp(`/brand/other-co-${id}$`));
  const response = await page.goto('/brand/northwind');
  expect(response?.status()).toBe(404);
});
