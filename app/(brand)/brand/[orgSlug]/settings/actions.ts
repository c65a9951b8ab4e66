'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { brandAction } from '@/lib/actions';
import { saveBillingDetails } from '@/lib/organizations/billing';
import { removeOrganizationLogo, updateOrganizationLogo } from '@/lib/organizations/logo';
import { billingSchema, logoUploadSchema, orgOnlySchema, organizationProfileSchema } from '@/lib/organizations/schemas';
import { updateOrganizationProfile } from '@/lib/organizations/settings';

/** The organization's name and logo show in every workspace page's header. */
const revalidateWorkspace = () => revalidatePath('/brand/[orgSlug]', 'layout');

export const updateOrganizationProfileAction = brandAction(
  organizationProfileSchema,
  'organization.manage',
  async (input, ctx) => {
    const { slug } = await updateOrganizationProfile(ctx, input);
    revalidateWorkspace();
    if (slug !== ctx.organization.slug) redirect(`/brand/${slug}/settings?moved=1`);
    return 'Profile saved.';
  },
);

export const uploadLogoAction = brandAction(logoUploadSchema, 'organization.manage', async (input, ctx) => {
  await updateOrganizationLogo(ctx, input.logo);
  revalidateWorkspace();
  return 'Logo uploaded.';
});

export const removeLogoAction = brandAction(orgOnlySchema, 'organization.manage', async (_input, ctx) => {
  await removeOrganizationLogo(ctx);
  revalidateWorkspace();
  return 'Logo removed.';
});

export const saveBillingAction = brandAction(billingSchema, 'billing.manage', async (input, ctx) => {
  await saveBillingDetails(ctx, input);
  revalidatePath(`/brand/${ctx.organization.slug}/settings`);
  return 'Billing details saved.';
});
