import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';

interface SettingsSectionProps {
  id: string;
  title: string;
  readOnlyNote?: string;
  children: ReactNode;
}

export function SettingsSection({ id, title, readOnlyNote, children }: SettingsSectionProps) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Card>
        <h2 id={`${id}-heading`} className="text-lg font-semibold text-zinc-900">
          {title}
        </h2>
        {readOnlyNote && <p className="mt-1 text-sm text-zinc-600">{readOnlyNote}</p>}
        <div className="mt-6">{children}</div>
      </Card>
    </section>
  );
}
