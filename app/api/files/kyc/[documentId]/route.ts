import { db } from '@/db/client';
import { currentUser } from '@/lib/auth/session';
import { kycDocumentResponse } from '@/lib/kyc/document-response';
import { objectStore } from '@/lib/storage';

export async function GET(_request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  const user = await currentUser();
  return kycDocumentResponse(db(), objectStore(), user, documentId);
}
