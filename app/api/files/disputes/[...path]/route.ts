import { db } from '@/db/client';
import { currentUser } from '@/lib/auth/session';
import { findViewableEvidenceFile } from '@/lib/disputes/queries';
import { objectStore } from '@/lib/storage';
import { storedFileResponse } from '@/lib/submissions/file-response';

/** /api/files/disputes/<contractId>/<fileId>: evidence for the two parties and Pactly staff; a 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const user = await currentUser();
  const [contractId, fileId, ...rest] = path;
  const file =
    user && user.status === 'active' && contractId && fileId && rest.length === 0
      ? await findViewableEvidenceFile(db(), contractId, fileId, user)
      : null;
  return storedFileResponse(objectStore(), file?.key ?? null, file?.name ?? 'evidence');
}
