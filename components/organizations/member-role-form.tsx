'use client';

import { useActionState } from 'react';
import { changeMemberRoleAction } from '@/app/(brand)/brand/[orgSlug]/team/actions';
import { memberRoleLabels } from '@/components/labels';
import { Button } from '@/components/ui/button';
import { controlClasses } from '@/components/ui/field';
import type { MemberRole } from '@/db/schema';
import { InlineResult } from './inline-result';

interface MemberRoleFormProps {
  orgSlug: string;
  memberId: string;
  memberName: string;
  role: MemberRole;
}

export function MemberRoleForm({ orgSlug, memberId, memberName, role }: MemberRoleFormProps) {
  const [state, formAction, pending] = useActionState(changeMemberRoleAction, null);
  const selectId = `role-${memberId}`;
  return (
    <form action={formAction} onReset={(event) => event.preventDefault()} className="space-y-1">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="memberId" value={memberId} />
      <div className="flex items-center gap-2">
        <label htmlFor={selectId} className="sr-only">
          Role of {memberName}
        </label>
        <select id={selectId} name="role" defaultValue={role} className={`${controlClasses(false)} w-auto py-1.5`}>
          {(Object.keys(memberRoleLabels) as MemberRole[]).map((value) => (
            <option key={value} value={value}>
              {memberRoleLabels[value]}
            </option>
          ))}
        </select>
        <Button
          type="submit"
          variant="secondary"
          pending={pending}
          pendingLabel="Saving…"
          className="whitespace-nowrap px-3 py-1.5"
        >
          Change role
        </Button>
      </div>
      <InlineResult state={state} />
    </form>
  );
}
