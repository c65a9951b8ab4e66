import type { SubmissionView } from '@/lib/submissions/queries';
import { Moment, submissionStatusLabels } from './labels';

export function SubmissionHistory({ submissions, headingId }: { submissions: SubmissionView[]; headingId: string }) {
  return (
    <div className="space-y-2">
      <h4 id={headingId} className="text-sm font-semibold text-zinc-900">
        Revision history
      </h4>
      <ol aria-labelledby={headingId} className="space-y-3">
        {submissions.map((submission) => (
          <li key={submission.id} className="rounded-md border border-zinc-200 p-3 text-sm">
            <p className="font-medium text-zinc-900">
              Revision {submission.revision}: {submissionStatusLabels[submission.status]}{' '}
              <span className="ml-2 font-normal text-zinc-500">
                submitted <Moment value={submission.submittedAt} />
                {submission.reviewedAt && (
                  <>
                    , reviewed <Moment value={submission.reviewedAt} />
                  </>
                )}
              </span>
            </p>
            {submission.contentUrl && (
              <p className="mt-1 break-all">
                <a
                  href={submission.contentUrl}
                  rel="noopener noreferrer nofollow"
                  target="_blank"
                  className="text-accent-700 underline underline-offset-2 hover:text-accent-800"
                >
                  {submission.contentUrl}
                </a>
              </p>
            )}
            {submission.caption && <p className="mt-1 whitespace-pre-line text-zinc-700">{submission.caption}</p>}
            {submission.hasFile && (
              <p className="mt-1">
                <a
                  href={`/api/files/submissions/${submission.id}`}
                  className="text-accent-700 underline underline-offset-2 hover:text-accent-800"
                >
                  Attached file (revision {submission.revision})
                </a>
              </p>
            )}
            {submission.reviewComment && (
              <p className="mt-2 rounded bg-zinc-50 p-2 whitespace-pre-line text-zinc-800">
                <span className="font-medium">Comments: </span>
                {submission.reviewComment}
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
