import type { Metadata } from 'next';
import Link from 'next/link';
import { PlatformCard } from '@/components/social/platform-card';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { platforms } from '@/db/schema';
import { requireCreatorPage } from '@/lib/auth/guards';
import { creatorPageCtx } from '@/lib/creators/page-ctx';
import { connectionNoticeText, readConnectionNotice } from '@/lib/social/notices';
import { configuredProvider } from '@/lib/social/providers';
import { listOwnSocialAccounts } from '@/lib/social/queries';

export const metadata: Metadata = { title: 'Connected accounts' };

export default async function ConnectedAccountsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireCreatorPage('/creator/accounts');
  const ctx = await creatorPageCtx(user);
  const [accounts, params] = await Promise.all([listOwnSocialAccounts(ctx), searchParams]);
  const notice = readConnectionNotice(params);
  const message = notice && connectionNoticeText(notice);
  return (
    <>
      <PageHeader
        title="Connected accounts"
        description={
          <p>
            Connect a platform and Pactly reads your followers and engagement from it, so brands see verified numbers. Where a
            platform is not available,{' '}
            <Link href="/creator/stats" className="font-medium text-accent-700 underline">
              enter your stats by hand
            </Link>
            .
          </p>
        }
      />
      {message && (
        <div className="mb-6">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        {platforms.map((platform) => (
          <PlatformCard
            key={platform}
            platform={platform}
            account={accounts.find((account) => account.platform === platform)}
            configured={configuredProvider(platform) !== null}
          />
        ))}
      </div>
    </>
  );
}
