import type { KycDocumentView } from '@/lib/kyc/queries';
import { documentKindLabels, formatBytes } from './labels';
import { RemoveDocumentButton } from './remove-document-button';

interface DocumentListProps {
  documents: KycDocumentView[];
  /** Links to the file (only for people the download route serves). */
  linked: boolean;
  /** Unsubmitted documents of a brand admin can be removed. */
  removableFor?: string;
}

export function DocumentList({ documents, linked, removableFor }: DocumentListProps) {
  return (
    <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200">
      {documents.map((document) => (
        <li key={document.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
          <div>
            <p className="font-medium text-zinc-900">{documentKindLabels[document.kind]}</p>
            <p className="text-zinc-600">
              {linked ? (
                <a
                  href={`/api/files/kyc/${document.id}`}
                  className="text-accent-700 underline underline-offset-2 hover:text-accent-800"
                >
                  {document.fileName}
                </a>
              ) : (
                document.fileName
              )}{' '}
              <span className="text-zinc-500">({formatBytes(document.sizeBytes)})</span>
            </p>
          </div>
          {removableFor && <RemoveDocumentButton orgSlug={removableFor} documentId={document.id} fileName={document.fileName} />}
        </li>
      ))}
    </ul>
  );
}
