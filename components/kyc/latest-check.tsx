import type { KycCheckView } from '@/lib/kyc/queries';
import { DocumentList } from './document-list';
import { checkStatusLabels, kycMoment, kycProviderLabels } from './labels';

export function LatestCheck({ check }: { check: KycCheckView }) {
  return (
    <div className="space-y-4">
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-zinc-500">Provider</dt>
          <dd className="font-medium text-zinc-900">{kycProviderLabels[check.provider]}</dd>
        </div>
        <div>
          <dt className="text-zinc-500">Outcome</dt>
          <dd className="font-medium text-zinc-900">{checkStatusLabels[check.status]}</dd>
        </div>
        <div>
          <dt className="text-zinc-500">Submitted</dt>
          <dd className="text-zinc-900">
            <time dateTime={check.submittedAt.toISOString()}>{kycMoment.format(check.submittedAt)} UTC</time>
          </dd>
        </div>
        {check.decidedAt && (
          <div>
            <dt className="text-zinc-500">Decided</dt>
            <dd className="text-zinc-900">
              <time dateTime={check.decidedAt.toISOString()}>{kycMoment.format(check.decidedAt)} UTC</time>
            </dd>
          </div>
        )}
        {check.decisionReason && (
          <div className="sm:col-span-2">
            <dt className="text-zinc-500">Reason</dt>
            <dd className="text-zinc-900">{check.decisionReason}</dd>
          </div>
        )}
      </dl>
      {check.continueUrl && (
        <p className="text-sm text-zinc-700">
          Left before finishing?{' '}
          <a href={check.continueUrl} className="font-medium text-accent-700 underline underline-offset-2 hover:text-accent-800">
            Continue with {kycProviderLabels[check.provider]}
          </a>
        </p>
      )}
      {check.documents.length > 0 && <DocumentList documents={check.documents} linked />}
    </div>
  );
}
