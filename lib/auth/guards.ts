import { forbidden, notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/db/client';
import type { UserRole } from '@/db/schema';
import { findMembership, type Membership } from '@/lib/organizations/queries';
import { currentUser } from './session';

export type PageUser = NonNullable<Awaited<ReturnType<typeof currentUser>>>;

export const staffRoles = ['admin', 'support'] as const satisfies readonly UserRole[];
export const creatorRoles = ['influencer'] as const satisfies readonly UserRole[];
export const brandRoles = ['brand_admin', 'brand_member'] as const satisfies readonly UserRole[];

/** For layouts and pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requirePageUser(returnTo: string): Promise<PageUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * Pages render independently of their layout, so every page of an area calls its guard itself;
 * `cache` makes the layout's and the page's calls one database round trip.
 */
export const requireAreaUser = cache(async (returnTo: string, roles: readonly UserRole[]): Promise<PageUser> => {
  const user = await requirePageUser(returnTo);
  if (!roles.includes(user.role)) forbidden();
  return user;
});

export const requireStaffPage = (returnTo: string) => requireAreaUser(returnTo, staffRoles);
export const requireCreatorPage = (returnTo: string) => requireAreaUser(returnTo, creatorRoles);

/** A member of the organization with this slug; anyone else gets a 404, so outsiders learn nothing. */
export const requireBrandMembership = cache(async (orgSlug: string): Promise<{ user: PageUser; membership: Membership }> => {
  const user = await requirePageUser(`/brand/${orgSlug}`);
  const membership = await findMembership(db(), user.id, orgSlug);
  if (!membership) notFound();
  return { user, membership };
});
