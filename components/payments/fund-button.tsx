'use client';

import { useActionState } from 'react';
import { FormError } from '@/components/forms/form-state';
import { Button } from '@/components/ui/button';
import type { Action } from '@/lib/actions/clients';

interface FundButtonProps {
  /** Redirects to the checkout on success; returns the failure otherwise. */
  action: Action<unknown>;
  orgSlug: string;
  contractId: string;
  milestoneIndex: number;
  milestoneName: string;
}

export function FundButton({ action, orgSlug, contractId, milestoneIndex, milestoneName }: FundButtonProps) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      <FormError state={state} />
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="contractId" value={contractId} />
      <input type="hidden" name="milestoneIndex" value={milestoneIndex} />
      <Button type="submit" pending={pending} pendingLabel="Opening checkout…">
        Fund {milestoneName}
      </Button>
    </form>
  );
}
