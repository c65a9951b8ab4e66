import { fieldError } from '@/components/forms/form-state';
import { Field } from '@/components/ui/field';
import type { Platform, ProfileHandles } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/result';
import { handleField, platformLabels } from '@/lib/creators/schemas';

interface HandleFieldsetProps {
  platform: Platform;
  handle: ProfileHandles[Platform];
  state: ActionResult | null;
}

export function HandleFieldset({ platform, handle, state }: HandleFieldsetProps) {
  const verifiedId = handleField(platform, 'verified');
  return (
    <fieldset className="space-y-3 rounded-lg border border-zinc-200 p-4">
      <legend className="px-1 text-sm font-semibold text-zinc-900">{platformLabels[platform]}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="Username"
          name={handleField(platform, 'username')}
          defaultValue={handle?.username ?? ''}
          autoCapitalize="none"
          spellCheck={false}
          error={fieldError(state, handleField(platform, 'username'))}
        />
        <Field
          label="Followers"
          name={handleField(platform, 'followers')}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          defaultValue={handle?.followers ?? ''}
          error={fieldError(state, handleField(platform, 'followers'))}
        />
      </div>
      <div className="flex items-center gap-2">
        <input
          id={verifiedId}
          name={verifiedId}
          type="checkbox"
          defaultChecked={handle?.verified ?? false}
          className="size-4 rounded border-zinc-300"
        />
        <label htmlFor={verifiedId} className="text-sm text-zinc-900">
          Verified
        </label>
      </div>
    </fieldset>
  );
}
