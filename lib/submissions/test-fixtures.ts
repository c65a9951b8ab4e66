import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import {
  auditLogs,
  campaigns,
  contracts,
  deliverables,
  notifications,
  offers,
  organizationMembers,
  type CampaignStatus,
  type ContractStatus,
} from '@/db/schema';
import { localStore } from '@/lib/storage/local-store';
import { createCreator, createOrganizationWithMember, createUser } from '@/tests/helpers/factories';

/** Test-only: a signed-off contract inserted directly, with its campaign, deliverables and accepted offer. */
export async function createContractFixture(
  db: Database,
  options: {
    campaignStatus?: CampaignStatus;
    contractStatus?: ContractStatus;
    contentApprovalRequired?: boolean;
    revisions?: number;
    deliverableCount?: number;
    price?: string;
  } = {},
) {
  const brand = await createOrganizationWithMember(db, 'brand_admin');
  const member = await createUser(db, { role: 'brand_member' });
  await db.insert(organizationMembers).values({ organizationId: brand.organization.id, userId: member.id, role: 'brand_member' });
  const creator = await createCreator(db);
  const [campaign] = await db
    .insert(campaigns)
    .values({
      organizationId: brand.organization.id,
      title: 'Spring launch',
      status: options.campaignStatus ?? 'active',
      contentApprovalRequired: options.contentApprovalRequired ?? true,
    })
    .returning();
  const items = await db
    .insert(deliverables)
    .values(
      Array.from({ length: options.deliverableCount ?? 2 }, (_, index) => ({
        campaignId: campaign!.id,
        type: index === 0 ? ('reel' as const) : ('story' as const),
      })),
    )
    .returning();
  const terms = {
    deliverables: items.map((item) => ({ deliverable_id: item.id, count: 1 })),
    revisions: options.revisions ?? 2,
  };
  const [offer] = await db
    .insert(offers)
    .values({
      campaignId: campaign!.id,
      influencerId: creator.id,
      organizationId: brand.organization.id,
      price: options.price ?? '1500.00',
      terms,
      status: 'accepted',
      version: 3,
    })
    .returning();
  const [contract] = await db
    .insert(contracts)
    .values({
      campaignId: campaign!.id,
      offerId: offer!.id,
      influencerId: creator.id,
      organizationId: brand.organization.id,
      status: options.contractStatus ?? 'signed',
      // The sealed terms, as lib/contracts/content.ts writes them (the parts the submission rules read).
      content: {
        deliverables: terms.deliverables,
        offer: { terms },
        campaign: { content_approval_required: options.contentApprovalRequired ?? true },
        clauses: { revisions: { count: terms.revisions } },
      },
    })
    .returning();
  return {
    admin: brand.user,
    member,
    organization: brand.organization,
    creator,
    campaign: campaign!,
    deliverables: items,
    offer: offer!,
    contract: contract!,
  };
}

export type ContractFixture = Awaited<ReturnType<typeof createContractFixture>>;

/** Test-only: a second creator's contract on the fixture's campaign. */
export async function insertContractFor(db: Database, f: ContractFixture, status: ContractStatus) {
  const creator = await createCreator(db);
  const [offer] = await db
    .insert(offers)
    .values({
      campaignId: f.campaign.id,
      influencerId: creator.id,
      organizationId: f.organization.id,
      price: '1500.00',
      terms: f.offer.terms,
      status: 'accepted',
    })
    .returning();
  const [contract] = await db
    .insert(contracts)
    .values({
      campaignId: f.campaign.id,
      offerId: offer!.id,
      influencerId: creator.id,
      organizationId: f.organization.id,
      status,
      content: { second: true },
    })
    .returning();
  return { ...contract!, creator };
}

export const testStore = () => localStore(mkdtempSync(join(tmpdir(), 'pactly-delivery-')));

export const contractRow = async (db: Database, id: string) =>
  (await db.select().from(contracts).where(eq(contracts.id, id)))[0]!;
export const campaignRow = async (db: Database, id: string) =>
  (await db.select().from(campaigns).where(eq(campaigns.id, id)))[0]!;
export const auditActionsOf = async (db: Database, resourceId: string) =>
  (await db.select({ action: auditLogs.action }).from(auditLogs).where(eq(auditLogs.resourceId, resourceId))).map(
    (row) => row.action,
  );
export const notificationTypesOf = async (db: Database, userId: string) =>
  (await db.select({ type: notifications.type }).from(notifications).where(eq(notifications.userId, userId))).map(
    (row) => row.type,
  );

export const samplePng = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
export const fileOf = (bytes: Uint8Array, name: string, type = 'image/png') => new File([new Uint8Array(bytes)], name, { type });
