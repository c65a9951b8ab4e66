import type { BillingDetails, OrganizationProfile } from '@/lib/organizations/queries';
import { countryOptions } from '@/lib/reference/countries';
import { currencyOptions } from '@/lib/reference/currencies';
import { DetailsList } from './details-list';
import { OrganizationLogo } from './organization-logo';

const countryName = (code: string | null) => (code ? (countryOptions.find((c) => c.code === code)?.name ?? code) : null);
const currencyName = (code: string) => {
  const name = currencyOptions.find((c) => c.code === code)?.name;
  return name ? `${name} (${code})` : code;
};

export function ProfileSummary({ profile }: { profile: OrganizationProfile }) {
  return (
    <DetailsList
      items={[
        { label: 'Logo', value: <OrganizationLogo name={profile.name} logoUrl={profile.logoUrl} size="lg" /> },
        { label: 'Organization name', value: profile.name },
        { label: 'URL', value: `/brand/${profile.slug}` },
        { label: 'Description', value: profile.description },
        { label: 'Website', value: profile.website },
        { label: 'Country', value: countryName(profile.country) },
        { label: 'Currency', value: currencyName(profile.currency) },
        { label: 'Time zone', value: profile.timezone },
      ]}
    />
  );
}

export function BillingSummary({ billing }: { billing: BillingDetails | null }) {
  if (!billing)
    return <p className="text-sm text-zinc-600">No billing details yet. An admin adds them before the first payment.</p>;
  const address = [billing.addressLine1, billing.addressLine2, [billing.postalCode, billing.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return (
    <DetailsList
      items={[
        { label: 'Legal name', value: billing.legalName },
        { label: 'Address', value: address },
        { label: 'Billing country', value: countryName(billing.country) },
        { label: 'VAT or tax ID', value: billing.vatId },
        { label: 'Billing email', value: billing.billingEmail },
      ]}
    />
  );
}
