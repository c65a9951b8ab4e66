import type { InputHTMLAttributes } from 'react';
import { describedBy } from '@/components/ui/field';

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'type'> {
  label: string;
  name: string;
  id?: string;
  hint?: string;
  error?: string;
}

export function CheckboxField({ label, name, id = name, hint, error, ...input }: CheckboxFieldProps) {
  return (
    <div className="flex gap-3">
      <input
        id={id}
        name={name}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="mt-0.5 size-4 rounded border-zinc-300 text-accent-600"
        {...input}
      />
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-zinc-900">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-sm text-zinc-500">
            {hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="text-sm font-medium text-red-700">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
