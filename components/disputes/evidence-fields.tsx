import { fieldError } from '@/components/forms/form-state';
import { Field } from '@/components/ui/field';
import { TextareaField } from '@/components/ui/textarea-field';
import type { ActionResult } from '@/lib/actions/result';

/** Links and files, shared by the open and respond forms. */
export function EvidenceFields({ state, idPrefix }: { state: ActionResult | null; idPrefix: string }) {
  return (
    <>
      <TextareaField
        label="Links"
        name="links"
        id={`${idPrefix}-links`}
        rows={3}
        hint="Up to 5 links starting with https://, one per line."
        error={fieldError(state, 'links')}
      />
      <Field
        label="Files"
        name="files"
        id={`${idPrefix}-files`}
        type="file"
        multiple
        accept="image/png,image/jpeg,image/webp,video/mp4,application/pdf"
        hint="Up to 3 files: PNG, JPEG, WebP, MP4 or PDF, each up to 10 MB."
        error={fieldError(state, 'files')}
      />
    </>
  );
}
