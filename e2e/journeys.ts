import { expect, type Browser, type Page } from '@playwright/test';
import { demoAccounts, demoPassword } from '../db/seed/demo-accounts';

const password = 'e2e password long enough';

export async function signIn(browser: Browser, email: string, secret = demoPassword): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
  return page;
}

export async function signUpCreator(browser: Browser, name: string, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/sign-up/creator');
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create creator account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Creator home' })).toBeVisible();
  return page;
}

/** Opens the first offer or contract of a list whose link is the campaign title. */
export async function openFromList(page: Page, listPath: string, campaign: string) {
  await page.goto(listPath);
  await page.getByRole('link', { name: campaign }).first().click();
}

/** The Northwind admin invites a creator to one deliverable of a campaign at a price. */
export async function inviteCreator(brand: Page, creatorName: string, campaign: string, price: string) {
  await brand.goto('/brand/northwind/creators');
  await brand.getByLabel('Search').fill(creatorName);
  await brand.getByRole('button', { name: 'Find creators' }).click();
  await brand.getByRole('link', { name: `Invite ${creatorName}` }).click();
  await expect(brand.getByRole('heading', { level: 1, name: `Invite ${creatorName}` })).toBeVisible();
  await brand.getByLabel('Campaign').selectOption({ label: campaign });
  await brand.getByRole('button', { name: 'Continue' }).click();
  await brand.getByLabel('Price').fill(price);
  const counts = brand.getByLabel(/ count$/);
  const countFields = await counts.count();
  for (let index = 0; index < countFields; index += 1) await counts.nth(index).fill(index === 0 ? '1' : '0');
  await brand.getByLabel('Milestone 1 amount').fill(price);
  await brand.getByRole('button', { name: 'Send offer' }).click();
  await expect(brand.getByRole('heading', { level: 1, name: `Offer to ${creatorName}` })).toBeVisible();
}

/**
 * A new creator and the Northwind admin agree on one deliverable at `price` and both sign; returns both pages,
 * each on its side of the signed contract.
 */
export async function signedContract(
  browser: Browser,
  creatorName: string,
  price: string,
  campaign = 'Autumn Trail Collection Launch',
) {
  const email = `${creatorName.toLowerCase().replaceAll(/[^a-z0-9]+/g, '.')}@e2e.test`;
  const creator = await signUpCreator(browser, creatorName, email);
  const brand = await signIn(browser, demoAccounts.brandAdmin.email);
  await inviteCreator(brand, creatorName, campaign, price);

  await openFromList(creator, '/creator/offers', campaign);
  await creator.getByRole('button', { name: 'Accept offer' }).click();
  await creator.getByRole('link', { name: 'View the contract' }).click();
  await creator.getByRole('button', { name: 'Sign contract' }).click();
  await expect(creator.getByText(/You have signed\. Waiting for/)).toBeVisible();

  await brand.reload();
  await brand.getByRole('link', { name: 'View the contract' }).click();
  await brand.getByRole('button', { name: 'Sign contract' }).click();
  await expect(currentStep(brand)).toContainText('Signed');
  await creator.reload();
  return { brand, creator, campaign };
}

export const currentStep = (page: Page) => page.getByRole('list', { name: 'Contract progress' }).locator('[aria-current="step"]');
