import { LinkifiedText } from './linkified-text';

export interface MailboxMessage {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  createdAt: Date;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function MessageCard({ message }: { message: MailboxMessage }) {
  const headingId = `message-${message.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
      <h2 id={headingId} className="text-base font-semibold text-zinc-900">
        {message.subject}
      </h2>
      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-zinc-500">
        <div className="flex gap-1">
          <dt>To:</dt>
          <dd className="font-medium text-zinc-700">{message.toAddress}</dd>
        </div>
        <div className="flex gap-1">
          <dt>Received:</dt>
          <dd>
            <time dateTime={message.createdAt.toISOString()}>{timeFormat.format(message.createdAt)} UTC</time>
          </dd>
        </div>
      </dl>
      <div className="mt-4 border-t border-zinc-100 pt-4">
        <LinkifiedText text={message.textBody} />
      </div>
    </article>
  );
}
