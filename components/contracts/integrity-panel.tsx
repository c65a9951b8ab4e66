import { Alert } from '@/components/ui/alert';

/** The stored SHA-256 and whether PostgreSQL found it still matching the content when this page was read. */
export function IntegrityPanel({ hash, intact }: { hash: string; intact: boolean }) {
  return (
    <section aria-labelledby="integrity" className="space-y-3">
      <h2 id="integrity" className="text-base font-semibold text-zinc-900">
        Integrity
      </h2>
      <p className="text-sm text-zinc-700">
        SHA-256: <code className="font-mono text-xs break-all">{hash}</code>
      </p>
      {intact ? (
        <p className="flex items-center gap-2 text-sm font-medium text-green-800">
          <span aria-hidden="true">✓</span>Integrity verified
        </p>
      ) : (
        <Alert tone="error" title="Integrity check failed">
          The content no longer matches the hash recorded when the contract was created: it may have been altered. Do not rely on
          it and contact Pactly support.
        </Alert>
      )}
    </section>
  );
}
