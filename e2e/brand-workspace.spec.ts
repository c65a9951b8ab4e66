import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoAccounts, demoPassword } from '../db/seed/demo-accounts';

const password = 'e2e password long enough';
const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`) });

async function newSignedInPage(browser: Browser, email: string, secret: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
  return page;
}

async function signUpBrand(page: Page, company: string, email: string) {
  await page.goto('/sign-up/brand');
  await page.getByLabel('Your name').fill('Alex Admin');
  await page.getByLabel('Company name').fill(company);
  await page.getByLabel('Country').selectOption('GB');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create brand account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: company })).toBeVisible();
}

async function addDeliverable(page: Page, type: string, prices: [string, string, string]) {
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Add deliverable' }) });
  await form.getByLabel('Type').selectOption(type);
  await form.getByLabel('Count').fill('2');
  await form.getByLabel('Minimum price').fill(prices[0]);
  await form.getByLabel('Suggested price').fill(prices[1]);
  await form.getByLabel('Maximum price').fill(prices[2]);
  await form.getByLabel('Instructions').fill('Show the product in daylight.');
  await form.getByRole('button', { name: 'Add deliverable' }).click();
  await expect(page.getByText('Deliverable added.')).toBeVisible();
}

test('a brand team runs a campaign from draft to running, with KYC approved by staff', async ({ browser }) => {
  test.setTimeout(180_000);
  const id = `${Date.now()}`;
  const company = `Glow Labs ${id}`;
  const slug = `glow-labs-${id}`;
  const memberEmail = `member-${id}@e2e.test`;

  // The admin signs up and invites a member.
  const admin = await (await browser.newContext()).newPage();
  await signUpBrand(admin, company, `admin-${id}@e2e.test`);
  await admin.goto(`/brand/${slug}/team`);
  const invite = admin.getByRole('form', { name: 'Invite someone' });
  await invite.getByLabel('Email').fill(memberEmail);
  await invite.getByLabel('Role').selectOption('brand_member');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(admin.getByText(`Invitation sent to ${memberEmail}.`)).toBeVisible();

  // The member opens the mailed link in their own browser and joins with a new account.
  const member = await (await browser.newContext()).newPage();
  await member.goto('/mailbox');
  await member.getByRole('article').filter({ hasText: memberEmail }).getByRole('link').first().click();
  await expect(member.getByRole('heading', { level: 1, name: `Join ${company}` })).toBeVisible();
  await member.getByLabel('Your name').fill('Morgan Member');
  await member.getByLabel('Password').fill(password);
  await member.getByRole('button', { name: 'Create account and join' }).click();
  await expect(member).toHaveURL(new RegExp(`/brand/${slug}$`));

  // The member drafts a campaign with two deliverables but cannot publish it.
  await member.goto(`/brand/${slug}/campaigns/new`);
  await member.getByLabel('Title').fill(`Winter glow ${id}`);
  await member.getByLabel('Description').fill('Skincare for cold months.');
  await member.getByLabel('Objectives').fill('Awareness\nTrial');
  await member.getByLabel('Key messages').fill('Hydration that lasts');
  await member.getByLabel('Hashtags').fill('frostproof');
  await member.getByLabel('Minimum budget').fill('1000.00');
  await member.getByLabel('Maximum budget').fill('2500.50');
  await member.getByLabel('Start date').fill('2027-01-10');
  await member.getByLabel('End date').fill('2027-02-28');
  await member.getByRole('button', { name: 'Create draft' }).click();
  await expect(member.getByRole('heading', { level: 1, name: `Winter glow ${id}` })).toBeVisible();
  await addDeliverable(member, 'reel', ['200.00', '300.00', '400.00']);
  await addDeliverable(member, 'story', ['50.00', '75.00', '100.00']);
  await expect(member.getByRole('link', { name: 'Edit reel deliverable' })).toBeVisible();
  await expect(member.getByRole('link', { name: 'Edit story deliverable' })).toBeVisible();
  await expect(member.getByText('Only an organization admin can publish this campaign.')).toBeVisible();
  await expect(member.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  const campaignUrl = member.url();

  // The admin cannot publish before KYC, uploads the documents and submits them.
  await admin.goto(campaignUrl);
  await expect(admin.getByRole('link', { name: 'Verify your organization' })).toBeVisible();
  await admin.goto(`/brand/${slug}/verification`);
  for (const [kind, file] of [
    ['Certificate of incorporation', 'incorporation.pdf'],
    ['Proof of address', 'address.pdf'],
    ['Director ID', 'director.pdf'],
  ] as const) {
    await admin.getByLabel('Document type').selectOption({ label: kind });
    await admin.getByLabel('File').setInputFiles(pdf(file));
    await admin.getByRole('button', { name: 'Upload document' }).click();
    await expect(admin.getByRole('status').filter({ hasText: `Uploaded ${file}` })).toBeVisible();
  }
  await admin.getByRole('button', { name: 'Submit for review' }).click();
  await expect(admin.getByText('Your latest submission is waiting for a decision')).toBeVisible();

  // Pactly staff approve it in the back office.
  const staff = await newSignedInPage(browser, demoAccounts.admin.email, demoPassword);
  await staff.goto('/admin/kyc');
  const row = staff.getByRole('row').filter({ hasText: company });
  await row.getByRole('button', { name: 'Approve' }).click();
  await expect(staff.getByRole('row').filter({ hasText: company })).toHaveCount(0);

  // The admin publishes, starts, pauses and resumes the campaign.
  await admin.goto(campaignUrl);
  for (const [button, status] of [
    ['Publish', 'Published'],
    ['Start', 'Active'],
    ['Pause', 'Paused'],
    ['Resume', 'Active'],
  ] as const) {
    await admin.getByRole('button', { name: button, exact: true }).click();
    await expect(admin.getByRole('button', { name: button, exact: true })).toHaveCount(0);
    await expect(admin.getByText(status, { exact: true }).first()).toBeVisible();
  }
  await expect(admin.getByRole('heading', { name: 'Timeline' })).toBeVisible();
});

test('the campaign list filters, sorts, searches and exports', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(demoAccounts.brandAdmin.email);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/brand\/northwind$/);
  await page.goto('/brand/northwind/campaigns');
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  const rows = page.getByRole('table').locator('tbody tr');
  const total = await rows.count();
  expect(total).toBeGreaterThan(2);

  await page.getByRole('group', { name: 'Status' }).getByLabel('Active').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/status=active/);
  const activeRows = await rows.count();
  expect(activeRows).toBeGreaterThan(0);
  expect(activeRows).toBeLessThan(total);
  for (const cell of await rows.locator('td:nth-child(2)').allTextContents()) expect(cell).toContain('Active');

  await page.getByRole('link', { name: 'Clear filters' }).first().click();
  await page.getByRole('columnheader', { name: 'Title' }).getByRole('link').click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  const titles = await rows.locator('td:first-child').allTextContents();
  expect(titles).toEqual([...titles].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));

  const firstTitle = titles[0]!;
  const word = firstTitle.split(/\s+/).find((part) => part.length > 4) ?? firstTitle;
  await page.getByLabel('Search').fill(word);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word)}`));
  await expect(rows.first()).toContainText(word);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const csv = (await (await download).createReadStream()).toArray();
  const text = Buffer.concat(await csv)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  expect(text.split('\r\n')[0]).toBe(
    'ID,Title,Status,Currency,Budget min,Budget max,Start date,End date,Accepted offers,Total offers,Spend,Created at',
  );
  expect(text).toContain(word);
});
