import { Alert } from '@/components/ui/alert';
import type { ActionResult } from '@/lib/actions/result';

/** The outcome of a small form: errors as role="alert", successes as role="status". */
export function ActionMessage({ state }: { state: ActionResult | null }) {
  if (!state) return null;
  if (!state.ok) return <Alert tone="error">{state.error}</Alert>;
  return state.message ? <Alert tone="success">{state.message}</Alert> : null;
}
