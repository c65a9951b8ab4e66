import type { ContractContent } from '@/lib/contracts/content';
import { formatDate, formatMoney, formatWhen } from './format';

const sectionHeading = 'text-base font-semibold text-zinc-900';

function Facts({ rows }: { rows: [string, string | null | undefined][] }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-zinc-600">{label}</dt>
          <dd className="text-zinc-900">{value || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

function Parties({ document }: { document: ContractContent }) {
  const { brand, creator } = document;
  return (
    <section aria-labelledby="parties" className="space-y-3">
      <h3 id="parties" className={sectionHeading}>
        Parties
      </h3>
      <Facts
        rows={[
          ['Brand', brand.name],
          ['Legal name', brand.legal_name],
          ['Address', brand.address],
          ['Brand country', brand.country],
          ['Creator', creator.display_name],
          ['Creator country', creator.country],
        ]}
      />
    </section>
  );
}

function Campaign({ document }: { document: ContractContent }) {
  const { campaign } = document;
  return (
    <section aria-labelledby="campaign" className="space-y-3">
      <h3 id="campaign" className={sectionHeading}>
        Campaign
      </h3>
      <Facts
        rows={[
          ['Title', campaign.title],
          ['Description', campaign.description],
          ['Starts', formatDate(campaign.dates.start)],
          ['Ends', formatDate(campaign.dates.end)],
          ['Submission deadline', formatDate(campaign.dates.submission_deadline)],
          ['Deliverable deadline', formatDate(campaign.dates.deliverable_deadline)],
          ['Content approval', campaign.content_approval_required ? 'The brand approves each deliverable' : 'Not required'],
        ]}
      />
    </section>
  );
}

function Deliverables({ document }: { document: ContractContent }) {
  return (
    <section aria-labelledby="deliverables" className="space-y-3">
      <h3 id="deliverables" className={sectionHeading}>
        Deliverables
      </h3>
      <table className="w-full text-left text-sm">
        <thead className="border-b border-zinc-200 text-zinc-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              Deliverable
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Platform
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Instructions
            </th>
            <th scope="col" className="py-2 font-medium">
              Count
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {document.deliverables.map((item) => (
            <tr key={item.id}>
              <th scope="row" className="py-2 pr-4 font-medium text-zinc-900">
                {item.title}
              </th>
              <td className="py-2 pr-4">{item.platform ?? 'Any'}</td>
              <td className="py-2 pr-4">{item.description ?? '—'}</td>
              <td className="py-2">{item.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Payment({ document }: { document: ContractContent }) {
  const { payment } = document.clauses;
  return (
    <section aria-labelledby="payment" className="space-y-3">
      <h3 id="payment" className={sectionHeading}>
        Price and payment
      </h3>
      <p className="text-sm">
        Total price: <strong>{formatMoney(payment.total, payment.currency)}</strong>
      </p>
      {payment.milestones.length > 0 && (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Payment milestones</caption>
          <thead className="border-b border-zinc-200 text-zinc-600">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">
                Milestone
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Amount
              </th>
              <th scope="col" className="py-2 font-medium">
                Due
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {payment.milestones.map((milestone, index) => (
              <tr key={`${index}-${milestone.name}`}>
                <th scope="row" className="py-2 pr-4 font-medium text-zinc-900">
                  {milestone.name}
                </th>
                <td className="py-2 pr-4">{formatMoney(milestone.amount, payment.currency)}</td>
                <td className="py-2">{milestone.due_at ? formatDate(milestone.due_at) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="text-sm text-zinc-700">{payment.text}</p>
    </section>
  );
}

function Clauses({ document }: { document: ContractContent }) {
  const { clauses } = document;
  const items: [string, string][] = [
    ['Usage rights', clauses.usage_rights.text],
    ['Disclosure', clauses.disclosure.text],
    ['Revisions', clauses.revisions.text],
    ['Cancellation', clauses.cancellation.text],
  ];
  return (
    <section aria-labelledby="clauses" className="space-y-3">
      <h3 id="clauses" className={sectionHeading}>
        Clauses
      </h3>
      <ol className="list-decimal space-y-3 pl-5 text-sm text-zinc-800">
        {items.map(([title, text]) => (
          <li key={title}>
            <h4 className="font-semibold text-zinc-900">{title}</h4>
            <p>{text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The frozen contract content as a readable document; older contracts without a known schema show their raw data. */
export function ContractDocument({ document, content }: { document: ContractContent | null; content: Record<string, unknown> }) {
  if (!document) {
    return (
      <pre className="overflow-x-auto rounded-md bg-zinc-50 p-4 text-xs whitespace-pre-wrap text-zinc-800">
        {JSON.stringify(content, null, 2)}
      </pre>
    );
  }
  return (
    <div className="space-y-8">
      <Parties document={document} />
      <Campaign document={document} />
      <Deliverables document={document} />
      <Payment document={document} />
      <Clauses document={document} />
      <p className="text-xs text-zinc-500">
        Drawn up from version {document.offer.version} of the accepted offer on {formatWhen(document.created_at)}.
      </p>
    </div>
  );
}
