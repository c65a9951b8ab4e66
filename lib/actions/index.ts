import { unstable_rethrow } from 'next/navigation';
import { db } from '@/db/client';
import { currentUser } from '@/lib/auth/session';
import { requestMeta } from '@/lib/http/request-meta';
import { createActionClients } from './clients';

export const { publicAction, userAction, brandAction, creatorAction, adminAction } = createActionClients({
  currentUser,
  requestMeta,
  db,
  rethrowFrameworkError: unstable_rethrow,
});

export type { ActionResult } from './result';
