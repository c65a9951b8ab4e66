import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { OrgSwitcher } from '@/components/org-switcher';
import { BillingForm } from '@/components/organizations/billing-form';
import { BillingSummary, ProfileSummary } from '@/components/organizations/settings-summaries';
import { LogoForm } from '@/components/organizations/logo-form';
import { countrySelectOptions, currencySelectOptions } from '@/components/organizations/options';
import { ProfileForm } from '@/components/organizations/profile-form';
import { SettingsSection } from '@/components/organizations/settings-section';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireBrandMembership } from '@/lib/auth/guards';
import { roleAllows } from '@/lib/organizations/permissions';
import { getOrganizationBilling, getOrganizationProfile } from '@/lib/organizations/queries';
import { timeZoneOptionsWith } from '@/lib/reference/timezones';

export const metadata: Metadata = { title: 'Organization settings' };

interface SettingsPageProps {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<{ moved?: string | string[] }>;
}

export default async function OrganizationSettingsPage({ params, searchParams }: SettingsPageProps) {
  const { orgSlug } = await params;
  const { user, membership } = await requireBrandMembership(orgSlug);
  const [profile, billing] = await Promise.all([
    getOrganizationProfile(db(), membership.organization.id),
    getOrganizationBilling(db(), membership.organization.id),
  ]);
  if (!profile) notFound();
  const canManageProfile = roleAllows(membership.role, 'organization.manage');
  const canManageBilling = roleAllows(membership.role, 'billing.manage');
  const { moved } = await searchParams;
  return (
    <>
      <PageHeader
        title="Organization settings"
        description={<p>Your company’s profile, and the details Pactly puts on your invoices.</p>}
        actions={<OrgSwitcher userId={user.id} currentSlug={orgSlug} />}
      />
      <div className="space-y-8">
        {moved === '1' && (
          <Alert tone="success">Profile saved. Your workspace address is now /brand/{profile.slug}: update any bookmarks.</Alert>
        )}
        <SettingsSection
          id="profile"
          title="Profile"
          readOnlyNote={canManageProfile ? undefined : 'Only admins can change the profile.'}
        >
          {canManageProfile ? (
            <div className="space-y-8">
              <ProfileForm
                profile={profile}
                options={{
                  countries: countrySelectOptions,
                  currencies: currencySelectOptions,
                  timeZones: timeZoneOptionsWith(profile.timezone),
                }}
              />
              <div className="border-t border-zinc-100 pt-6">
                <h3 className="mb-4 text-sm font-semibold text-zinc-900">Logo</h3>
                <LogoForm orgSlug={profile.slug} organizationName={profile.name} logoUrl={profile.logoUrl} />
              </div>
            </div>
          ) : (
            <ProfileSummary profile={profile} />
          )}
        </SettingsSection>
        <SettingsSection
          id="billing"
          title="Billing"
          readOnlyNote={canManageBilling ? undefined : 'Only admins can change the billing details.'}
        >
          {canManageBilling ? (
            <BillingForm
              orgSlug={profile.slug}
              billing={billing}
              defaultCountry={profile.country}
              countries={countrySelectOptions}
            />
          ) : (
            <BillingSummary billing={billing} />
          )}
        </SettingsSection>
      </div>
    </>
  );
}
