import type { PendingCheck } from '@/lib/kyc/queries';
import { ApproveCheckForm, RejectCheckForm } from './decision-forms';
import { documentKindLabels, kycMoment, kycProviderLabels } from './labels';

export function PendingChecksTable({ checks }: { checks: PendingCheck[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-zinc-200 text-left text-sm">
        <caption className="sr-only">Verification checks waiting for a decision, oldest first</caption>
        <thead className="bg-zinc-50 text-xs font-semibold uppercase tracking-wide text-zinc-500">
          <tr>
            <th scope="col" className="px-4 py-3">
              Organization
            </th>
            <th scope="col" className="px-4 py-3">
              Provider
            </th>
            <th scope="col" className="px-4 py-3">
              Submitted at
            </th>
            <th scope="col" className="px-4 py-3">
              Documents
            </th>
            <th scope="col" className="px-4 py-3">
              Decision
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {checks.map((check) => (
            <tr key={check.id} className="align-top">
              <th scope="row" className="px-4 py-3 font-medium text-zinc-900">
                {check.organization.name}
                <span className="block text-xs font-normal text-zinc-500">
                  {check.organization.slug} · {check.organization.country}
                </span>
              </th>
              <td className="px-4 py-3 text-zinc-700">{kycProviderLabels[check.provider]}</td>
              <td className="px-4 py-3 whitespace-nowrap text-zinc-700">
                <time dateTime={check.submittedAt.toISOString()}>{kycMoment.format(check.submittedAt)} UTC</time>
              </td>
              <td className="px-4 py-3">
                {check.documents.length === 0 ? (
                  <span className="text-zinc-500">Collected by {kycProviderLabels[check.provider]}</span>
                ) : (
                  <ul className="space-y-1">
                    {check.documents.map((document) => (
                      <li key={document.id}>
                        <a
                          href={`/api/files/kyc/${document.id}`}
                          className="text-accent-700 underline underline-offset-2 hover:text-accent-800"
                        >
                          {documentKindLabels[document.kind]}: {document.fileName}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="min-w-64 space-y-4 px-4 py-3">
                <ApproveCheckForm checkId={check.id} />
                <RejectCheckForm checkId={check.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
