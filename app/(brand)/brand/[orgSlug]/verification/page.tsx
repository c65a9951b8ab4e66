import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { DocumentList } from '@/components/kyc/document-list';
import { LatestCheck } from '@/components/kyc/latest-check';
import { ProviderCheckForm } from '@/components/kyc/provider-check-form';
import { SubmitReviewForm } from '@/components/kyc/submit-review-form';
import { UploadDocumentForm } from '@/components/kyc/upload-document-form';
import { kycStatusLabels, kycStatusMeanings } from '@/components/labels';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireBrandMembership } from '@/lib/auth/guards';
import { kycConfig } from '@/lib/kyc/config';
import { offeredProvider } from '@/lib/kyc/provider';
import { getVerificationOverview } from '@/lib/kyc/queries';
import { roleAllows } from '@/lib/organizations/permissions';

export const metadata: Metadata = { title: 'Verification' };

const sectionHeading = 'text-lg font-semibold text-zinc-900';

export default async function VerificationPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { membership } = await requireBrandMembership(orgSlug);
  const overview = await getVerificationOverview(db(), membership.organization.id);
  if (!overview) notFound();
  const canManage = roleAllows(membership.role, 'kyc.manage');
  const waiting = overview.latestCheck?.status === 'pending';
  const open = canManage && !waiting && (overview.status === 'pending' || overview.status === 'rejected');
  const provider = open ? offeredProvider(kycConfig()) : null;

  return (
    <>
      <PageHeader
        title="Verification"
        description={<p>Pactly verifies every brand before it can publish campaigns and pay creators.</p>}
      />
      <div className="space-y-8">
        <section aria-labelledby="status-heading">
          <Card>
            <h2 id="status-heading" className={sectionHeading}>
              Current status: {kycStatusLabels[overview.status]}
            </h2>
            <p className="mt-2 text-sm text-zinc-600">{kycStatusMeanings[overview.status]}</p>
            {waiting && (
              <p className="mt-2 text-sm text-zinc-600">
                Your latest submission is waiting for a decision. We will update this page.
              </p>
            )}
            {!canManage && <p className="mt-2 text-sm text-zinc-600">Only admins of this organization can submit documents.</p>}
          </Card>
        </section>

        {canManage && overview.latestCheck && (
          <section aria-labelledby="latest-heading" className="space-y-4">
            <h2 id="latest-heading" className={sectionHeading}>
              Latest check
            </h2>
            <LatestCheck check={overview.latestCheck} />
          </section>
        )}

        {canManage && waiting && <Alert tone="info">You can upload new documents once the current check is decided.</Alert>}

        {open && (
          <section aria-labelledby="upload-heading">
            <Card className="space-y-6">
              <div>
                <h2 id="upload-heading" className={sectionHeading}>
                  Upload documents
                </h2>
                <p className="mt-1 text-sm text-zinc-600">
                  Upload your certificate of incorporation, a proof of your company&apos;s address and an ID document of a
                  director, then submit them for review. Pactly staff usually decide within two working days.
                </p>
              </div>
              {overview.draftDocuments.length > 0 ? (
                <div className="space-y-2">
                  <h3 className="text-sm font-semibold text-zinc-900">Ready to submit</h3>
                  <DocumentList documents={overview.draftDocuments} linked removableFor={orgSlug} />
                </div>
              ) : (
                <p className="text-sm text-zinc-600">No documents uploaded yet. Start with your certificate of incorporation.</p>
              )}
              <UploadDocumentForm orgSlug={orgSlug} />
              <div className="border-t border-zinc-200 pt-6">
                <SubmitReviewForm orgSlug={orgSlug} />
              </div>
            </Card>
          </section>
        )}

        {open && provider && (
          <section aria-labelledby="provider-heading">
            <Card className="space-y-4">
              <div>
                <h2 id="provider-heading" className={sectionHeading}>
                  Verify with {provider.label}
                </h2>
                <p className="mt-1 text-sm text-zinc-600">
                  {provider.name === 'onfido'
                    ? 'Onfido checks your identity as the company contact in a secure flow on its site, then brings you back here.'
                    : 'Trulioo checks your company against official business registries. Most answers arrive at once.'}
                </p>
              </div>
              <ProviderCheckForm orgSlug={orgSlug} provider={provider.name} label={provider.label} />
            </Card>
          </section>
        )}
      </div>
    </>
  );
}
