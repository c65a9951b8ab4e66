import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLogs, kycChecks, organizations } from '@/db/schema';
import { localStore } from '@/lib/storage/local-store';
import { fakeSessionClients } from '@/tests/doubles/kyc/action-session';
import { startHttpDouble, type HttpDouble } from '@/tests/doubles/http-double';
import { onfidoApiToken, onfidoApplicantCreated, onfidoWorkflowId, onfidoWorkflowRunCreated } from '@/tests/doubles/kyc/onfido';
import { truliooApiKey, truliooMatch, truliooNoMatch, truliooPending } from '@/tests/doubles/kyc/trulioo';
import { createOrganizationWithMember } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { defineKycBrandActions } from './action-definitions';
import { parseKycConfig } from './config';
import { offeredProvider } from './provider';

let database: TestDatabase;
let onfidoApi: HttpDouble;
let truliooApi: HttpDouble;
let offered: 'onfido' | 'trulioo' | null = null;
const session = fakeSessionClients(() => database.db);
const brand = defineKycBrandActions(session.clients, {
  store: () => localStore('/nonexistent'),
  offeredProvider: () =>
    offered &&
    offeredProvider(
      parseKycConfig({
        KYC_PROVIDER: offered,
        ONFIDO_API_URL: onfidoApi.url,
        ONFIDO_API_TOKEN: onfidoApiToken,
        ONFIDO_WORKFLOW_ID: onfidoWorkflowId,
        TRULIOO_API_URL: truliooApi.url,
        TRULIOO_API_KEY: truliooApiKey,
      }),
    ),
  returnUrl: (slug) => `https://pactly.test/brand/${slug}/verification`,
});

beforeAll(async () => {
  database = await createTestDatabase();
  onfidoApi = await startHttpDouble({
    'POST /v3.6/applicants': { status: 201, body: onfidoApplicantCreated },
    'POST /v3.6/workflow_runs': { status: 201, body: onfidoWorkflowRunCreated },
  });
  truliooApi = await startHttpDouble({ 'POST /v3/verifications/verify': { status: 200, body: truliooMatch } });
});
afterAll(async () => {
  await Promise.all([onfidoApi.close(), truliooApi.close()]);
  await database.close();
});
beforeEach(() => {
  onfidoApi.requests.length = 0;
  truliooApi.requests.length = 0;
});

const organizationRow = async (id: string) =>
  (await database.db.select().from(organizations).where(eq(organizations.id, id)))[0]!;
const checksOf = (organizationId: string) =>
  database.db.select().from(kycChecks).where(eq(kycChecks.organizationId, organizationId));
const auditActions = async (organizationId: string) =>
  (
    await database.db
      .select({ action: auditLogs.action, actorType: auditLogs.actorType })
      .from(auditLogs)
      .where(eq(auditLogs.resourceId, organizationId))
      .orderBy(asc(auditLogs.createdAt), asc(auditLogs.action))
  ).map((row) => `${row.action}:${row.actorType}`);

describe('starting a check with Onfido', () => {
  beforeEach(() => {
    offered = 'onfido';
  });

  it('creates the applicant from the brand admin, records a pending check and sends them to the hosted flow', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(user);
    const started = await brand.startProvider(null, { orgSlug: organization.slug, provider: 'onfido' });
    expect(started).toMatchObject({ ok: true, data: { status: 'pending', redirectUrl: onfidoWorkflowRunCreated.link.url } });

    const applicant = onfidoApi.requests[0]!.json as Record<string, string>;
    expect(applicant.email).toBe(user.email);
    expect(onfidoApi.requests[1]!.json).toMatchObject({
      link: { completed_redirect_url: `https://pactly.test/brand/${organization.slug}/verification` },
    });
    const [check] = await checksOf(organization.id);
    expect(check).toMatchObject({
      provider: 'onfido',
      status: 'pending',
      reference: onfidoWorkflowRunCreated.id,
      submittedBy: user.id,
    });
    expect(await organizationRow(organization.id)).toMatchObject({
      kycStatus: 'pending',
      kycProvider: 'onfido',
      kycReferenceId: onfidoWorkflowRunCreated.id,
    });
    expect(await auditActions(organization.id)).toEqual(['submit_kyc:user']);
  });

  it('refuses a second start while the first is pending, without calling Onfido', async () => {
    onfidoApi.respond('POST /v3.6/workflow_runs', {
      status: 201,
      body: { ...onfidoWorkflowRunCreated, id: 'b7a1c0de-0000-4000-8000-000000000001' },
    });
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(user);
    expect(await brand.startProvider(null, { orgSlug: organization.slug, provider: 'onfido' })).toMatchObject({ ok: true });
    onfidoApi.requests.length = 0;
    expect(await brand.startProvider(null, { orgSlug: organization.slug, provider: 'onfido' })).toEqual({
      ok: false,
      error: 'A verification is already in progress. Wait for its decision before submitting again.',
    });
    expect(onfidoApi.requests).toHaveLength(0);
    expect(await checksOf(organization.id)).toHaveLength(1);
    onfidoApi.respond('POST /v3.6/workflow_runs', { status: 201, body: onfidoWorkflowRunCreated });
  });

  it('writes nothing when Onfido refuses the request', async () => {
    onfidoApi.respond('POST /v3.6/applicants', { status: 401, body: { error: { type: 'authorization_error' } } });
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(user);
    const result = await brand.startProvider(null, { orgSlug: organization.slug, provider: 'onfido' });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('Onfido did not accept the request (HTTP 401)') });
    expect(await checksOf(organization.id)).toHaveLength(0);
    expect((await organizationRow(organization.id)).kycProvider).toBeNull();
    onfidoApi.respond('POST /v3.6/applicants', { status: 201, body: onfidoApplicantCreated });
  });

  it('refuses a brand member and another organization, without calling Onfido', async () => {
    const member = await createOrganizationWithMember(database.db, 'brand_member');
    session.signIn(member.user);
    expect(await brand.startProvider(null, { orgSlug: member.organization.slug, provider: 'onfido' })).toEqual({
      ok: false,
      error: 'Your role in this organization does not allow that.',
    });
    const target = await createOrganizationWithMember(database.db, 'brand_admin');
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(outsider.user);
    expect(await brand.startProvider(null, { orgSlug: target.organization.slug, provider: 'onfido' })).toEqual({
      ok: false,
      error: 'Organization not found.',
    });
    expect(onfidoApi.requests).toHaveLength(0);
    expect(await checksOf(target.organization.id)).toHaveLength(0);
  });

  it('refuses a provider that is not offered', async () => {
    offered = null;
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(user);
    expect(await brand.startProvider(null, { orgSlug: organization.slug, provider: 'onfido' })).toMatchObject({
      ok: false,
      error: 'That verification provider is not available. Upload documents for manual review instead.',
    });
  });
});

describe('starting a check with Trulioo', () => {
  beforeEach(() => {
    offered = 'trulioo';
  });

  it('verifies at once on a registry match: submitted by the admin, approved by the system', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(user);
    const started = await brand.startProvider(null, {
      orgSlug: organization.slug,
      provider: 'trulioo',
      registrationNumber: ' 01234567 ',
    });
    expect(started).toMatchObject({ ok: true, data: { status: 'approved' } });
    expect(truliooApi.requests[0]!.json).toMatchObject({
      CountryCode: 'GB',
      DataFields: { Business: { BusinessName: organization.name, BusinessRegistrationNumber: '01234567' } },
    });
    const [check] = await checksOf(organization.id);
    expect(check).toMatchObject({
      provider: 'trulioo',
      status: 'approved',
      reference: truliooMatch.TransactionID,
      decidedBy: null,
    });
    expect(await organizationRow(organization.id)).toMatchObject({ kycStatus: 'verified', kycProvider: 'trulioo' });
    expect(await auditActions(organization.id)).toEqual(['approve_kyc:system', 'submit_kyc:user']);
  });

  it('rejects at once on nomatch, and waits for the webhook when the result is pending', async () => {
    truliooApi.respond('POST /v3/verifications/verify', { status: 200, body: truliooNoMatch });
    const rejected = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(rejected.user);
    expect(
      await brand.startProvider(null, { orgSlug: rejected.organization.slug, provider: 'trulioo', registrationNumber: '999' }),
    ).toMatchObject({ ok: true, data: { status: 'rejected' } });
    expect((await organizationRow(rejected.organization.id)).kycStatus).toBe('rejected');

    truliooApi.respond('POST /v3/verifications/verify', { status: 200, body: truliooPending });
    const waiting = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(waiting.user);
    expect(
      await brand.startProvider(null, { orgSlug: waiting.organization.slug, provider: 'trulioo', registrationNumber: '123' }),
    ).toMatchObject({ ok: true, data: { status: 'pending' } });
    expect((await checksOf(waiting.organization.id))[0]).toMatchObject({
      status: 'pending',
      reference: truliooPending.TransactionID,
    });
    truliooApi.respond('POST /v3/verifications/verify', { status: 200, body: truliooMatch });
  });

  it('asks for the registration number before calling Trulioo', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    session.signIn(user);
    expect(
      await brand.startProvider(null, { orgSlug: organization.slug, provider: 'trulioo', registrationNumber: '' }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { registrationNumber: ['Enter the company registration number.'] },
    });
    expect(truliooApi.requests).toHaveLength(0);
  });
});
