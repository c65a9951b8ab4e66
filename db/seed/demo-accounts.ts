/** The sign-ins printed by `npm start` and created by the demo seed. Demo data only, never production. */
export const demoPassword = 'pactly-demo-2026';

export const demoAccounts = {
  admin: { label: 'admin', email: 'admin@pactly.test', role: 'admin' },
  support: { label: 'support', email: 'support@pactly.test', role: 'support' },
  brandAdmin: { label: 'brand admin', email: 'brand.admin@northwind.test', role: 'brand_admin' },
  brandMember: { label: 'brand member', email: 'brand.member@northwind.test', role: 'brand_member' },
  influencer: { label: 'creator', email: 'creator@pactly.test', role: 'influencer' },
} as const;

export const demoOrganizationSlug = 'northwind';

export const demoSignIns = [
  demoAccounts.admin,
  demoAccounts.brandAdmin,
  demoAccounts.brandMember,
  demoAccounts.influencer,
  demoAccounts.support,
].map((account) => ({ ...account, password: demoPassword }));
