import type { TextareaHTMLAttributes } from 'react';
import { controlClasses, describedBy, FieldShell } from '@/components/ui/field';

interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> {
  label: string;
  name: string;
  id?: string;
  hint?: string;
  error?: string;
}

export function TextareaField({ label, name, id = name, hint, error, rows = 3, ...textarea }: TextareaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClasses(Boolean(error))}
        {...textarea}
      />
    </FieldShell>
  );
}
