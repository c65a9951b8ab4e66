import { unstable_rethrow } from 'next/navigation';
import type { Database } from '@/db/client';
import { createActionClients, type SessionUser } from '@/lib/actions/clients';

/** Who is signed in and which database the actions use, for tests that call real server actions. */
export const testSession = { user: null as SessionUser | null, db: null as Database | null };

export function signInAs(user: Pick<SessionUser, 'id' | 'email' | 'role' | 'status'> | null) {
  testSession.user = user && { id: user.id, email: user.email, role: user.role, status: user.status };
}

/**
 * Stands in for `@/lib/actions` (whose production session comes from next-auth and request headers):
 * `vi.mock('@/lib/actions', () => import('@/tests/helpers/action-session').then((m) => m.actionsWithTestSession()))`.
 */
export function actionsWithTestSession() {
  return createActionClients({
    currentUser: async () => testSession.user,
    requestMeta: async () => ({ ip: '10.0.0.1', userAgent: 'vitest', correlationId: crypto.randomUUID() }),
    db: () => {
      if (!testSession.db) throw new Error('set testSession.db in beforeAll');
      return testSession.db;
    },
    rethrowFrameworkError: unstable_rethrow,
  });
}
