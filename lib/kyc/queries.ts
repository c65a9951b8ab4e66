import { and, asc, desc, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import {
  kycChecks,
  kycDocuments,
  organizations,
  type KycCheckStatus,
  type KycDocumentKind,
  type KycProvider,
  type KycStatus,
  type UserRole,
} from '@/db/schema';
import { findMembership } from '@/lib/organizations/queries';

export interface KycDocumentView {
  id: string;
  kind: KycDocumentKind;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: Date;
}

export interface KycCheckView {
  id: string;
  provider: KycProvider;
  status: KycCheckStatus;
  submittedAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
  /** The provider's hosted flow, for an applicant who left it before finishing. */
  continueUrl: string | null;
  documents: KycDocumentView[];
}

export interface VerificationOverview {
  status: KycStatus;
  verifiedAt: Date | null;
  /** The most recent submitted check, decided or not. */
  latestCheck: KycCheckView | null;
  /** Documents uploaded but not yet submitted. */
  draftDocuments: KycDocumentView[];
}

const documentColumns = {
  id: kycDocuments.id,
  checkId: kycDocuments.checkId,
  kind: kycDocuments.kind,
  fileName: kycDocuments.fileName,
  contentType: kycDocuments.contentType,
  sizeBytes: kycDocuments.sizeBytes,
  uploadedAt: kycDocuments.createdAt,
};

async function documentsByCheck(db: Executor, checkIds: string[]): Promise<Map<string, KycDocumentView[]>> {
  const byCheck = new Map<string, KycDocumentView[]>();
  if (checkIds.length === 0) return byCheck;
  const rows = await db
    .select(documentColumns)
    .from(kycDocuments)
    .where(inArray(kycDocuments.checkId, checkIds))
    .orderBy(asc(kycDocuments.createdAt), asc(kycDocuments.id));
  for (const { checkId, ...document } of rows) byCheck.set(checkId, [...(byCheck.get(checkId) ?? []), document]);
  return byCheck;
}

export async function getVerificationOverview(db: Executor, organizationId: string): Promise<VerificationOverview | null> {
  const [organization] = await db
    .select({ status: organizations.kycStatus, verifiedAt: organizations.kycVerifiedAt })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!organization) return null;
  const latestSubmitted = db
    .select({ id: kycChecks.id })
    .from(kycChecks)
    .where(and(eq(kycChecks.organizationId, organizationId), isNotNull(kycChecks.reference)))
    .orderBy(desc(kycChecks.createdAt))
    .limit(1);
  const checks = await db
    .select({
      id: kycChecks.id,
      provider: kycChecks.provider,
      status: kycChecks.status,
      reference: kycChecks.reference,
      submittedAt: kycChecks.createdAt,
      decidedAt: kycChecks.decidedAt,
      decisionReason: kycChecks.decisionReason,
      result: kycChecks.result,
    })
    .from(kycChecks)
    .where(
      and(
        eq(kycChecks.organizationId, organizationId),
        or(inArray(kycChecks.id, latestSubmitted), and(isNull(kycChecks.reference), eq(kycChecks.status, 'pending'))),
      ),
    );
  const documents = await documentsByCheck(
    db,
    checks.map((check) => check.id),
  );
  const submitted = checks.find((check) => check.reference !== null);
  const draft = checks.find((check) => check.reference === null);
  return {
    ...organization,
    latestCheck: submitted
      ? {
          id: submitted.id,
          provider: submitted.provider,
          status: submitted.status,
          submittedAt: submitted.submittedAt,
          decidedAt: submitted.decidedAt,
          decisionReason: submitted.decisionReason,
          continueUrl: submitted.status === 'pending' ? hostedFlowUrl(submitted.result) : null,
          documents: documents.get(submitted.id) ?? [],
        }
      : null,
    draftDocuments: draft ? (documents.get(draft.id) ?? []) : [],
  };
}

const startedWithLink = z.object({
  started: z.object({ workflow_run: z.object({ link: z.object({ url: z.url({ protocol: /^https$/ }) }) }) }),
});

function hostedFlowUrl(result: Record<string, unknown> | null): string | null {
  const parsed = startedWithLink.safeParse(result);
  return parsed.success ? parsed.data.started.workflow_run.link.url : null;
}

export interface PendingCheck {
  id: string;
  provider: KycProvider;
  submittedAt: Date;
  organization: { id: string; name: string; slug: string; country: string };
  documents: KycDocumentView[];
}

/** Submitted checks waiting for a decision, oldest first (the review queue). */
export async function listPendingChecks(db: Executor): Promise<PendingCheck[]> {
  const rows = await db
    .select({
      id: kycChecks.id,
      provider: kycChecks.provider,
      submittedAt: kycChecks.createdAt,
      organization: { id: organizations.id, name: organizations.name, slug: organizations.slug, country: organizations.country },
    })
    .from(kycChecks)
    .innerJoin(organizations, eq(organizations.id, kycChecks.organizationId))
    .where(and(eq(kycChecks.status, 'pending'), isNotNull(kycChecks.reference)))
    .orderBy(asc(kycChecks.createdAt), asc(kycChecks.id));
  const documents = await documentsByCheck(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, documents: documents.get(row.id) ?? [] }));
}

export interface DocumentViewer {
  id: string;
  role: UserRole;
}

/** Staff see every document; a brand admin sees their own organization's; everyone else gets null (a 404). */
export async function findViewableDocument(db: Executor, viewer: DocumentViewer, documentId: string) {
  const [row] = await db
    .select({
      storageKey: kycDocuments.storageKey,
      fileName: kycDocuments.fileName,
      contentType: kycDocuments.contentType,
      orgSlug: organizations.slug,
    })
    .from(kycDocuments)
    .innerJoin(kycChecks, eq(kycChecks.id, kycDocuments.checkId))
    .innerJoin(organizations, eq(organizations.id, kycChecks.organizationId))
    .where(eq(kycDocuments.id, documentId));
  if (!row) return null;
  const { orgSlug, ...document } = row;
  if (viewer.role === 'admin' || viewer.role === 'support') return document;
  const membership = await findMembership(db, viewer.id, orgSlug);
  return membership?.role === 'brand_admin' ? document : null;
}
