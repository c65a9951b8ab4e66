import type { ActionResult } from '@/lib/actions/result';

/** A row action's outcome, next to its button: errors announced at once, successes politely. */
export function InlineResult({ state }: { state: ActionResult<string> | null }) {
  if (!state) return null;
  if (!state.ok)
    return (
      <p role="alert" className="text-sm font-medium text-red-700">
        {state.error}
      </p>
    );
  return (
    <p role="status" className="text-sm text-green-800">
      {state.data}
    </p>
  );
}
