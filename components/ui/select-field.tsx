import type { SelectHTMLAttributes } from 'react';
import { controlClasses, describedBy, FieldShell } from './field';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> {
  label: string;
  name: string;
  options: readonly SelectOption[];
  id?: string;
  hint?: string;
  error?: string;
  placeholder?: string;
}

export function SelectField({
  label,
  name,
  options,
  id = name,
  hint,
  error,
  placeholder,
  defaultValue,
  ...select
}: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? (placeholder ? '' : undefined)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClasses(Boolean(error))}
        {...select}
      >
        {placeholder && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
