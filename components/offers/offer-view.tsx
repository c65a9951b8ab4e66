import Link from 'next/link';
import { deliverableTypeLabels } from '@/lib/campaigns/schemas';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import type { Action } from '@/lib/actions/clients';
import type { OfferSide } from '@/lib/offers/moves';
import type { OfferDetail } from '@/lib/offers/queries';
import { AcceptOfferForm, RejectOfferForm } from './answer-forms';
import { counterDefaults } from './form-defaults';
import { deliverableLabels } from './labels';
import { OfferHistory } from './offer-history';
import { OfferTermsForm } from './offer-terms-form';
import { OfferTermsView } from './offer-terms';
import { OfferStatusBadge } from './status-badge';

interface OfferViewProps {
  detail: OfferDetail;
  viewer: OfferSide;
  /** orgSlug on the brand side; nothing on the creator side. */
  baseFields: Record<string, string>;
  actions: { counter: Action<unknown>; accept: Action<unknown>; reject: Action<unknown> };
  /** Whether the viewer may accept; otherwise why not. */
  acceptance: { allowed: true } | { allowed: false; reason: string };
  contractHref: string | null;
}

const sideName = (side: OfferSide) => (side === 'brand' ? 'the brand' : 'the creator');

export function OfferView({ detail, viewer, baseFields, actions, acceptance, contractHref }: OfferViewProps) {
  const { offer } = detail;
  const names = deliverableLabels(detail.deliverables);
  const open = offer.status === 'pending' || offer.status === 'counter';
  const expired = offer.status === 'expired' || (open && detail.pastExpiry);
  const myMove = open && !expired && offer.counterBy !== viewer;
  const hidden = { ...baseFields, offerId: offer.id, version: String(offer.version) };
  const formDeliverables = detail.deliverables.map((item) => ({
    id: item.id,
    label: names[item.id] ?? deliverableTypeLabels[item.type],
    campaignCount: item.count,
  }));

  return (
    <div className="space-y-6">
      <section aria-labelledby="terms-heading">
        <Card className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="terms-heading" className="text-base font-semibold text-zinc-900">
              Current terms (version {offer.version})
            </h2>
            <OfferStatusBadge status={offer.status} />
          </div>
          {open && !expired && (
            <p className="text-sm font-semibold text-zinc-900">
              {myMove ? 'Your move' : `Waiting for ${sideName(offer.counterBy === 'brand' ? 'influencer' : 'brand')}`}
            </p>
          )}
          {expired && <Alert tone="info">This offer expired without an answer. Nothing more can change on it.</Alert>}
          {offer.status === 'rejected' && (
            <Alert tone="info" title="Rejected">
              Reason: {offer.rejectionReason ?? 'none given'}
            </Alert>
          )}
          {contractHref && (
            <Alert tone="info" title="Accepted">
              <Link href={contractHref} className="font-semibold underline">
                View the contract
              </Link>
            </Alert>
          )}
          <OfferTermsView
            price={offer.price}
            currency={offer.currency}
            terms={offer.terms}
            expiresAt={offer.expiresAt}
            deliverableNames={names}
          />
        </Card>
      </section>

      {myMove && (
        <section aria-labelledby="answer-heading">
          <Card className="space-y-6">
            <h2 id="answer-heading" className="text-base font-semibold text-zinc-900">
              Answer this offer
            </h2>
            <div className="grid gap-6 md:grid-cols-2">
              <div className="space-y-2">
                <h3 className="text-sm font-semibold text-zinc-900">Accept</h3>
                {acceptance.allowed ? (
                  <AcceptOfferForm action={actions.accept} hidden={hidden} />
                ) : (
                  <p className="text-sm text-zinc-600">{acceptance.reason}</p>
                )}
              </div>
              <div className="space-y-2">
                <h3 className="text-sm font-semibold text-zinc-900">Reject</h3>
                <RejectOfferForm action={actions.reject} hidden={hidden} />
              </div>
            </div>
            <div className="space-y-3 border-t border-zinc-200 pt-4">
              <h3 className="text-sm font-semibold text-zinc-900">Counter-offer</h3>
              <OfferTermsForm
                key={offer.version}
                action={actions.counter}
                hidden={hidden}
                deliverables={formDeliverables}
                currency={offer.currency}
                defaults={counterDefaults(offer.price, offer.terms)}
                submitLabel="Send counter-offer"
                successMessage="Counter-offer sent."
                idPrefix="counter"
              />
            </div>
          </Card>
        </section>
      )}

      <section aria-labelledby="history-heading">
        <Card className="space-y-4">
          <h2 id="history-heading" className="text-base font-semibold text-zinc-900">
            History
          </h2>
          <OfferHistory
            revisions={detail.revisions}
            deliverableNames={names}
            creatorId={detail.creator.id}
            brandName={detail.organization.name}
          />
        </Card>
      </section>
    </div>
  );
}
