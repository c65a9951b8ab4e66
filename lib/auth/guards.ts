import { redirect } from 'next/navigation';
import type { UserRole } from '@/db/schema';
import { currentUser } from './session';

export type PageUser = NonNullable<Awaited<ReturnType<typeof currentUser>>>;

/** For layouts and pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requirePageUser(returnTo: string): Promise<PageUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

export function hasRole(user: PageUser, roles: readonly UserRole[]): boolean {
  return roles.includes(user.role);
}

export const staffRoles = ['admin', 'support'] as const satisfies readonly UserRole[];
export const brandRoles = ['brand_admin', 'brand_member'] as const satisfies readonly UserRole[];
