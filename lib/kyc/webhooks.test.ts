import { and, count, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database as appDatabase } from '@/db/client';
import { auditLogs, kycChecks, kycWebhookEvents, organizations, type KycProvider } from '@/db/schema';
import { onfidoWebhookToken, onfidoWorkflowRunEvent, signedOnfidoHeaders } from '@/tests/doubles/kyc/onfido';
import { signedTruliooHeaders, truliooResultEvent, truliooWebhookSecret } from '@/tests/doubles/kyc/trulioo';
import { createOrganizationWithMember, createUser, testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { decideKycCheck } from './decide';
import { kycWebhookHandler } from './webhook-route';

let database: TestDatabase;
const onfidoRoute = kycWebhookHandler('onfido');
const truliooRoute = kycWebhookHandler('trulioo');

beforeAll(async () => {
  database = await createTestDatabase();
  // The route handlers use the app's database and read the provider secrets from the environment, as in production.
  process.env.DATABASE_URL = database.url;
  process.env.ONFIDO_WEBHOOK_TOKEN = onfidoWebhookToken;
  process.env.TRULIOO_WEBHOOK_SECRET = truliooWebhookSecret;
});
afterAll(async () => {
  await appDatabase().sql.end({ timeout: 5 });
  await database.close();
});

async function pendingProviderCheck(provider: KycProvider, reference: string) {
  const { organization } = await createOrganizationWithMember(database.db, 'brand_admin');
  await database.db
    .update(organizations)
    .set({ kycStatus: 'pending', kycProvider: provider, kycReferenceId: reference })
    .where(eq(organizations.id, organization.id));
  const [check] = await database.db
    .insert(kycChecks)
    .values({ organizationId: organization.id, provider, reference })
    .returning();
  return { organization, check: check! };
}

function deliver(handler: typeof onfidoRoute, path: string, body: string, headers: Headers) {
  return handler(new NextRequest(`http://localhost/api/webhooks/kyc/${path}`, { method: 'POST', body, headers }));
}

const deliverOnfido = (body: string, headers = signedOnfidoHeaders(body)) => deliver(onfidoRoute, 'onfido', body, headers);
const deliverTrulioo = (body: string, headers = signedTruliooHeaders(body)) => deliver(truliooRoute, 'trulioo', body, headers);

const eventsOf = (provider: KycProvider) =>
  database.db.select().from(kycWebhookEvents).where(eq(kycWebhookEvents.provider, provider));
const organizationRow = async (id: string) =>
  (await database.db.select().from(organizations).where(eq(organizations.id, id)))[0]!;
const checkRow = async (id: string) => (await database.db.select().from(kycChecks).where(eq(kycChecks.id, id)))[0]!;
const auditCount = async (organizationId: string) =>
  (await database.db.select({ n: count() }).from(auditLogs).where(eq(auditLogs.resourceId, organizationId)))[0]!.n;

describe('Onfido webhooks', () => {
  it('approves the check and verifies the organization once; a redelivery returns 200 and changes nothing', async () => {
    const { organization, check } = await pendingProviderCheck('onfido', 'run-approved');
    const body = JSON.stringify(onfidoWorkflowRunEvent('run-approved', 'approved'));

    const first = await deliverOnfido(body);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, result: 'processed' });
    expect(await checkRow(check.id)).toMatchObject({
      status: 'approved',
      decidedBy: null,
      result: { decision: JSON.parse(body) },
    });
    const verified = await organizationRow(organization.id);
    expect(verified.kycStatus).toBe('verified');
    const [audit] = await database.db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.resourceId, organization.id), eq(auditLogs.action, 'approve_kyc')));
    expect(audit).toMatchObject({
      actorType: 'system',
      actorId: null,
      metadata: { provider: 'onfido', reference: 'run-approved' },
    });

    const again = await deliverOnfido(body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ received: true, result: 'duplicate' });
    expect((await eventsOf('onfido')).filter((event) => event.eventId.includes('run-approved'))).toHaveLength(1);
    expect(await auditCount(organization.id)).toBe(1);
    expect((await organizationRow(organization.id)).kycVerifiedAt).toEqual(verified.kycVerifiedAt);
  });

  it('rejects on a declined run, with the provider as the reason', async () => {
    const { organization, check } = await pendingProviderCheck('onfido', 'run-declined');
    const body = JSON.stringify(onfidoWorkflowRunEvent('run-declined', 'declined'));
    expect((await deliverOnfido(body)).status).toBe(200);
    expect(await checkRow(check.id)).toMatchObject({ status: 'rejected', decisionReason: 'Onfido workflow run declined.' });
    expect((await organizationRow(organization.id)).kycStatus).toBe('rejected');
  });

  it('refuses a bad signature with 401 and writes nothing', async () => {
    const { organization, check } = await pendingProviderCheck('onfido', 'run-forged');
    const body = JSON.stringify(onfidoWorkflowRunEvent('run-forged', 'approved'));
    const before = (await eventsOf('onfido')).length;
    const response = await deliverOnfido(body, signedOnfidoHeaders(body, 'not-the-token'));
    expect(response.status).toBe(401);
    expect((await deliverOnfido(body, new Headers())).status).toBe(401);
    expect(await eventsOf('onfido')).toHaveLength(before);
    expect((await checkRow(check.id)).status).toBe('pending');
    expect((await organizationRow(organization.id)).kycStatus).toBe('pending');
  });

  it('answers 200 to an unknown reference and keeps the event with its error', async () => {
    const body = JSON.stringify(onfidoWorkflowRunEvent('run-nobody-started', 'approved'));
    const response = await deliverOnfido(body);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, result: 'unknown_reference' });
    const [event] = (await eventsOf('onfido')).filter((row) => row.eventId.includes('run-nobody-started'));
    expect(event).toMatchObject({ error: 'No Onfido check has the reference run-nobody-started.' });
    expect(event!.processedAt).toBeInstanceOf(Date);
  });

  it('records, without applying, an outcome that arrives after staff decided', async () => {
    const { organization, check } = await pendingProviderCheck('onfido', 'run-overridden');
    const admin = await createUser(database.db, { role: 'admin' });
    const staffCtx = { ...testCtx(database.db), actor: { userId: admin.id, role: 'admin' as const } };
    await decideKycCheck(staffCtx, { checkId: check.id, outcome: 'approved' });
    const body = JSON.stringify(onfidoWorkflowRunEvent('run-overridden', 'declined'));
    const response = await deliverOnfido(body);
    expect(await response.json()).toEqual({ received: true, result: 'already_decided' });
    expect((await organizationRow(organization.id)).kycStatus).toBe('verified');
    const [event] = (await eventsOf('onfido')).filter((row) => row.eventId.includes('run-overridden'));
    expect(event!.error).toBe('The check was already approved; this rejected outcome was not applied.');
  });
});

describe('Trulioo webhooks', () => {
  it('verifies on match once; a redelivery returns 200 and changes nothing', async () => {
    const { organization, check } = await pendingProviderCheck('trulioo', 'trx-match');
    const body = JSON.stringify(truliooResultEvent('trx-match', 'match'));
    const first = await deliverTrulioo(body);
    expect(await first.json()).toEqual({ received: true, result: 'processed' });
    expect((await checkRow(check.id)).status).toBe('approved');
    expect((await organizationRow(organization.id)).kycStatus).toBe('verified');
    const audits = await auditCount(organization.id);

    // A retried delivery carries the same record and status.
    const retried = await deliverTrulioo(body);
    expect(retried.status).toBe(200);
    expect(await retried.json()).toEqual({ received: true, result: 'duplicate' });
    expect(await auditCount(organization.id)).toBe(audits);
    expect((await eventsOf('trulioo')).filter((event) => event.eventId.startsWith('trx-match'))).toHaveLength(1);
  });

  it('rejects on nomatch', async () => {
    const { organization, check } = await pendingProviderCheck('trulioo', 'trx-nomatch');
    const body = JSON.stringify(truliooResultEvent('trx-nomatch', 'nomatch'));
    expect((await deliverTrulioo(body)).status).toBe(200);
    expect(await checkRow(check.id)).toMatchObject({
      status: 'rejected',
      decisionReason: 'Trulioo found no registry match for the business details.',
    });
    expect((await organizationRow(organization.id)).kycStatus).toBe('rejected');
  });

  it('refuses a bad signature with 401 and writes nothing', async () => {
    const { check } = await pendingProviderCheck('trulioo', 'trx-forged');
    const body = JSON.stringify(truliooResultEvent('trx-forged', 'match'));
    const before = (await eventsOf('trulioo')).length;
    expect((await deliverTrulioo(body, signedTruliooHeaders(body, 'guessed-secret'))).status).toBe(401);
    expect(await eventsOf('trulioo')).toHaveLength(before);
    expect((await checkRow(check.id)).status).toBe('pending');
  });

  it('answers 200 to an unknown reference and records the error', async () => {
    const body = JSON.stringify(truliooResultEvent('trx-unknown', 'match'));
    const response = await deliverTrulioo(body);
    expect(await response.json()).toEqual({ received: true, result: 'unknown_reference' });
    const [event] = (await eventsOf('trulioo')).filter((row) => row.eventId.startsWith('trx-unknown'));
    expect(event!.error).toBe('No Trulioo check has the reference trx-unknown.');
  });

  it('is closed (404) while its secret is not configured', async () => {
    const saved = process.env.TRULIOO_WEBHOOK_SECRET;
    delete process.env.TRULIOO_WEBHOOK_SECRET;
    try {
      const body = JSON.stringify(truliooResultEvent('trx-any', 'match'));
      expect((await deliverTrulioo(body)).status).toBe(404);
    } finally {
      process.env.TRULIOO_WEBHOOK_SECRET = saved;
    }
  });
});
