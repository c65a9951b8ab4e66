import { Moment } from '@/components/submissions/labels';
import type { ActionInput } from '@/lib/actions/clients';
import type { ActionResult } from '@/lib/actions/result';
import type { ReconciliationIssueRow } from '@/lib/payments/queries';
import { reconciliationKindLabels } from './labels';
import { ResolveIssueForm } from './resolve-issue-form';

const th = 'px-4 py-3';

/** The issue's details (ids, amounts in the gateway's minor units) as short "key: value" lines. */
export function detailLines(details: unknown): string[] {
  if (!details || typeof details !== 'object') return [];
  return Object.entries(details as Record<string, unknown>).map(
    ([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
  );
}

interface ReconciliationTableProps {
  issues: ReconciliationIssueRow[];
  resolveAction: (previous: ActionResult | null, input: ActionInput) => Promise<ActionResult>;
}

export function ReconciliationTable({ issues, resolveAction }: ReconciliationTableProps) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-zinc-200 text-left text-sm">
        <caption className="sr-only">Open reconciliation issues, oldest first</caption>
        <thead className="bg-zinc-50 text-xs font-semibold tracking-wide text-zinc-500 uppercase">
          <tr>
            {['Kind', 'Contract', 'Details', 'Detected', 'Resolve'].map((label) => (
              <th key={label} scope="col" className={th}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {issues.map((issue) => (
            <tr key={issue.id} className="align-top">
              <th scope="row" className="px-4 py-3 font-medium">
                {reconciliationKindLabels[issue.kind]}
              </th>
              <td className="px-4 py-3 font-mono text-xs break-all">
                {issue.contractId ?? '—'}
                {issue.paymentId && <span className="block text-zinc-600">Payment {issue.paymentId}</span>}
                {issue.amount && (
                  <span className="block text-zinc-600">
                    {issue.amount} {issue.currency} · {issue.status}
                  </span>
                )}
              </td>
              <td className="px-4 py-3">
                <ul className="space-y-0.5 font-mono text-xs">
                  {detailLines(issue.details).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </td>
              <td className="px-4 py-3 whitespace-nowrap">
                <Moment value={issue.detectedAt} />
              </td>
              <td className="px-4 py-3">
                <ResolveIssueForm issueId={issue.id} action={resolveAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
