import { env } from '@/lib/config/env';

/**
 * The demo mailbox shows every user's links, so it is only on where the launcher turned it on:
 * an embedded demo install without SMTP (or PACTLY_DEMO_MAILBOX=on set on purpose).
 */
export function demoMailboxEnabled(): boolean {
  return !env().SMTP_URL && env().PACTLY_DEMO_MAILBOX === 'on';
}
