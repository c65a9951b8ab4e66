import { Moment } from '@/components/submissions/labels';
import { evidenceFileUrl, type DisputeEvidence, type EvidenceEntry } from '@/lib/disputes/evidence';
import { sideLabels } from './labels';

const linkClass = 'text-accent-700 underline underline-offset-2 hover:text-accent-800';

function Entry({
  contractId,
  entry,
  title,
  Heading,
}: {
  contractId: string;
  entry: EvidenceEntry;
  title: string;
  Heading: 'h3' | 'h4';
}) {
  return (
    <article className="space-y-2 rounded-md border border-zinc-200 p-4 text-sm">
      <Heading className="font-semibold text-zinc-900">
        {title}{' '}
        <span className="font-normal text-zinc-500">
          (<Moment value={entry.at} />)
        </span>
      </Heading>
      {entry.statement ? (
        <p className="whitespace-pre-line text-zinc-800">{entry.statement}</p>
      ) : (
        <p className="text-zinc-500">No statement.</p>
      )}
      {entry.links.length > 0 && (
        <ul className="list-disc space-y-1 pl-5">
          {entry.links.map((link) => (
            <li key={link} className="break-all">
              <a href={link} rel="noopener noreferrer nofollow" target="_blank" className={linkClass}>
                {link}
              </a>
            </li>
          ))}
        </ul>
      )}
      {entry.files.length > 0 && (
        <ul className="space-y-1">
          {entry.files.map((file) => (
            <li key={file.key}>
              <a href={evidenceFileUrl(contractId, file)} className={linkClass}>
                {file.name}
              </a>{' '}
              <span className="text-zinc-500">({Math.max(1, Math.round(file.size / 1024))} KB)</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** Both sides' evidence: the opener's first, then every response in order. */
export function DisputeEvidenceView({
  contractId,
  evidence,
  headingLevel = 'h3',
}: {
  contractId: string;
  evidence: DisputeEvidence;
  headingLevel?: 'h3' | 'h4';
}) {
  const opening: EvidenceEntry = { ...evidence, by: evidence.opened_by, at: evidence.opened_at };
  return (
    <div className="space-y-3">
      <Entry
        contractId={contractId}
        entry={opening}
        title={`${sideLabels[evidence.side]} (opened the dispute)`}
        Heading={headingLevel}
      />
      {evidence.responses.map((response, index) => (
        <Entry
          key={`${response.at}-${index}`}
          contractId={contractId}
          entry={response}
          title={`${sideLabels[response.side]} (response ${index + 1})`}
          Heading={headingLevel}
        />
      ))}
      {evidence.responses.length === 0 && <p className="text-sm text-zinc-600">The other party has not responded yet.</p>}
    </div>
  );
}
