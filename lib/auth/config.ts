import type { NextAuthConfig } from 'next-auth';
import type { UserRole } from '@/db/schema';

declare module 'next-auth' {
  interface User {
    role?: UserRole;
  }
  interface Session {
    user: { id: string; email: string; name?: string | null; role: UserRole };
  }
}

/** The part of the auth configuration that needs no database, shared by the proxy and the server. */
export const authConfig = {
  pages: { signIn: '/sign-in' },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (error.name === 'CredentialsSignin' || error.name === 'AccountDisabled') return;
      console.error('[auth]', error);
    },
  },
  session: { strategy: 'jwt', maxAge: 7 * 24 * 60 * 60 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? '';
      session.user.role = token.role as UserRole;
      return session;
    },
  },
} satisfies NextAuthConfig;
