import type { Database } from '@/db/client';
import type { User } from '@/db/schema';
import { createActionClients, type SessionUser } from '@/lib/actions/clients';

/** Action clients whose session is whoever the test signs in, as lib/actions/clients.test.ts does. */
export function fakeSessionClients(db: () => Database) {
  let signedIn: SessionUser | null = null;
  const clients = createActionClients({
    currentUser: async () => signedIn,
    requestMeta: async () => ({ ip: '10.0.0.7', userAgent: 'kyc-test', correlationId: crypto.randomUUID() }),
    db,
    rethrowFrameworkError: () => {},
  });
  return {
    clients,
    signIn(user: Pick<User, 'id' | 'email' | 'role' | 'status'> | null) {
      signedIn = user && { id: user.id, email: user.email, role: user.role, status: user.status };
    },
  };
}
