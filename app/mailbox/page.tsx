import { desc } from 'drizzle-orm';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { textLink } from '@/components/auth/auth-heading';
import { demoMailboxEnabled } from '@/components/demo-mailbox';
import { MessageCard } from '@/components/mailbox/message-card';
import { PublicShell } from '@/components/public-shell';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'Mailbox' };

const shownMessages = 100;

export default async function MailboxPage() {
  await connection();
  if (!demoMailboxEnabled()) {
    return (
      <MailboxLayout>
        <p className="text-sm text-zinc-600">
          Mail is delivered by SMTP, so there is nothing to show here. Check the recipient’s inbox.
        </p>
      </MailboxLayout>
    );
  }
  const messages = await db()
    .select({
      id: emailOutbox.id,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      textBody: emailOutbox.textBody,
      createdAt: emailOutbox.createdAt,
    })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt))
    .limit(shownMessages);
  return (
    <MailboxLayout>
      <div className="mb-8">
        <Alert tone="info" title="Demo mailbox: mail is not sent because SMTP_URL is not set.">
          <p>Every message Pactly would have sent is listed here, newest first (the latest {shownMessages}).</p>
        </Alert>
      </div>
      {messages.length === 0 ? (
        <EmptyState title="No mail yet">
          <p>
            Mail appears here when someone{' '}
            <Link href="/sign-up" className={textLink}>
              signs up
            </Link>{' '}
            (an email to confirm the address) or{' '}
            <Link href="/forgot-password" className={textLink}>
              asks to reset a password
            </Link>
            .
          </p>
        </EmptyState>
      ) : (
        <div className="space-y-4">
          {messages.map((message) => (
            <MessageCard key={message.id} message={message} />
          ))}
        </div>
      )}
    </MailboxLayout>
  );
}

function MailboxLayout({ children }: { children: ReactNode }) {
  return (
    <PublicShell>
      <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 lg:px-8">
        <PageHeader title="Mailbox" />
        {children}
      </div>
    </PublicShell>
  );
}
