import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { db } from '@/db/client';
import { authenticate } from '@/lib/accounts/authenticate';
import { signInSchema } from '@/lib/accounts/schemas';
import { authConfig } from './config';

class AccountDisabled extends CredentialsSignin {
  code = 'account_disabled';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await authenticate(db(), parsed.data.email, parsed.data.password);
        if (result.ok) return result.user;
        if (result.reason === 'account_disabled') throw new AccountDisabled();
        return null;
      },
    }),
  ],
});
