import type { ReactNode } from 'react';
import type { ContractSignature } from '@/db/schema';
import { formatWhen } from './format';

interface SignaturesPanelProps {
  signatures: { label: string; signerName: string | null; signature: ContractSignature | undefined }[];
  /** The Sign button, or why the viewer cannot sign. */
  children?: ReactNode;
}

export function SignaturesPanel({ signatures, children }: SignaturesPanelProps) {
  return (
    <section aria-labelledby="signatures" className="space-y-4">
      <h2 id="signatures" className="text-base font-semibold text-zinc-900">
        Signatures
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {signatures.map(({ label, signerName, signature }) => (
          <li key={label} className="rounded-md border border-zinc-200 p-4 text-sm">
            <p className="font-semibold text-zinc-900">{label}</p>
            {signature ? (
              <dl className="mt-2 space-y-1 text-zinc-700">
                <div>
                  <dt className="inline font-medium">Signed by: </dt>
                  <dd className="inline">{signerName ?? signature.signer_id}</dd>
                </div>
                <div>
                  <dt className="inline font-medium">When: </dt>
                  <dd className="inline">{formatWhen(signature.signed_at)}</dd>
                </div>
                <div>
                  <dt className="inline font-medium">IP address: </dt>
                  <dd className="inline">{signature.ip ?? 'Not recorded'}</dd>
                </div>
              </dl>
            ) : (
              <p className="mt-2 text-zinc-600">Not signed yet.</p>
            )}
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}
