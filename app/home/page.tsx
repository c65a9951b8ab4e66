import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { brandRoles } from '@/lib/auth/guards';
import { currentUser, homePathFor } from '@/lib/auth/session';
import { listMemberships } from '@/lib/organizations/queries';

export default async function HomeRedirect() {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
  if (!(brandRoles as readonly string[]).includes(user.role)) redirect(homePathFor(user.role));
  const [first] = await listMemberships(db(), user.id);
  redirect(homePathFor(user.role, first?.organization.slug));
}
