import type { ContractStatus } from '@/db/schema';
import { contractStatusLabels } from './labels';

const steps = ['pending', 'signed', 'active', 'completed'] as const satisfies readonly ContractStatus[];
const stepLabels: Record<(typeof steps)[number], string> = {
  pending: 'Pending signatures',
  signed: 'Signed',
  active: 'Work in progress',
  completed: 'Completed',
};

/** pending → signed → active → completed; a disputed or terminated contract says so beside the steps. */
export function ContractStatusSteps({
  status,
  statusBeforeDispute,
}: {
  status: ContractStatus;
  statusBeforeDispute: ContractStatus | null;
}) {
  const reached = status === 'disputed' ? (statusBeforeDispute ?? 'active') : status;
  const current = steps.indexOf(reached as (typeof steps)[number]);
  return (
    <div className="space-y-2">
      <p className="text-sm text-zinc-700">
        Status: <strong>{contractStatusLabels[status]}</strong>
      </p>
      <ol className="flex flex-wrap gap-2 text-sm" aria-label="Contract progress">
        {steps.map((step, index) => {
          const done = current >= 0 && index < current;
          const isCurrent = index === current && status !== 'terminated';
          return (
            <li
              key={step}
              aria-current={isCurrent ? 'step' : undefined}
              className={[
                'rounded-full px-3 py-1 ring-1 ring-inset',
                isCurrent
                  ? 'bg-accent-600 font-semibold text-white ring-accent-600'
                  : done
                    ? 'bg-accent-50 text-accent-800 ring-accent-200'
                    : 'bg-white text-zinc-500 ring-zinc-300',
              ].join(' ')}
            >
              <span className="sr-only">{done ? 'Done: ' : isCurrent ? 'Current: ' : 'Not yet: '}</span>
              {index + 1}. {stepLabels[step]}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
