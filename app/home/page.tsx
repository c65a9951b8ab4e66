import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { homePathFor } from '@/lib/accounts/home-path';
import { currentUser } from '@/lib/auth/session';

export default async function HomeRedirect() {
  const user = await currentUser();
  redirect(user ? await homePathFor(db(), user.email) : '/sign-in');
}
