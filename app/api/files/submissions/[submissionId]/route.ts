import { db } from '@/db/client';
import { currentUser } from '@/lib/auth/session';
import { isRecordId } from '@/lib/campaigns/queries';
import { objectStore } from '@/lib/storage';
import { storedFileResponse } from '@/lib/submissions/file-response';
import { findViewableSubmissionFile } from '@/lib/submissions/queries';

/** A submission's file for the contract's two parties and Pactly staff; a 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ submissionId: string }> }) {
  const { submissionId } = await params;
  const user = await currentUser();
  const key =
    user && user.status === 'active' && isRecordId(submissionId)
      ? await findViewableSubmissionFile(db(), submissionId, user)
      : null;
  return storedFileResponse(objectStore(), key, `submission-${submissionId}`);
}
