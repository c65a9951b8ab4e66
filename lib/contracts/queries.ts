import { and, desc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { campaigns, contracts, organizationMembers, organizations, profiles, users, type UserRole } from '@/db/schema';
import { isRecordId } from '@/lib/campaigns/queries';
import { contractSchemaVersion, type ContractContent } from './content';

/** True when the stored hash still matches the content: re-checked by PostgreSQL on every read. */
export const intactSql = sql<boolean>`(${contracts.contentHash} = encode(sha256(convert_to(${contracts.content}::text, 'UTF8')), 'hex'))`;

const signerName = (side: 'brand' | 'influencer') => sql<string | null>`(
  select coalesce(p.display_name, u.name, u.email) from ${users} u left join ${profiles} p on p.user_id = u.id
  where u.id::text = ${contracts.signedBy} -> ${sql.raw(`'${side}'`)} ->> 'signer_id'
)`;

const detailColumns = {
  ...getTableColumns(contracts),
  intact: intactSql,
  campaignTitle: campaigns.title,
  orgName: organizations.name,
  orgSlug: organizations.slug,
  creatorName: sql<string>`coalesce(${profiles.displayName}, 'Creator')`,
  brandSignerName: signerName('brand'),
  creatorSignerName: signerName('influencer'),
};

function detailQuery(db: Executor, where: SQL | undefined) {
  return db
    .select(detailColumns)
    .from(contracts)
    .innerJoin(campaigns, eq(campaigns.id, contracts.campaignId))
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
    .leftJoin(profiles, eq(profiles.userId, contracts.influencerId))
    .where(where)
    .limit(1);
}

type DetailRow = Awaited<ReturnType<typeof detailQuery>>[number];
/** `document` is the content in the current schema, or null for older contracts (shown as their raw JSON). */
export type ContractDetail = DetailRow & { document: ContractContent | null };

export const contractDocumentOf = (content: Record<string, unknown>): ContractContent | null =>
  content.schema_version === contractSchemaVersion ? (content as unknown as ContractContent) : null;

const asDetail = (row: DetailRow | undefined): ContractDetail | null =>
  row ? { ...row, document: contractDocumentOf(row.content) } : null;

/** A contract of this organization (the organization comes from the membership), or null. */
export async function getBrandContract(db: Executor, organizationId: string, contractId: string) {
  if (!isRecordId(contractId)) return null;
  const [row] = await detailQuery(db, and(eq(contracts.id, contractId), eq(contracts.organizationId, organizationId)));
  return asDetail(row);
}

/** A contract naming this creator, or null. */
export async function getCreatorContract(db: Executor, influencerId: string, contractId: string) {
  if (!isRecordId(contractId)) return null;
  const [row] = await detailQuery(db, and(eq(contracts.id, contractId), eq(contracts.influencerId, influencerId)));
  return asDetail(row);
}

/** A contract the signed-in user may read: staff any, a creator their own, a brand user their organizations'. */
export async function getContractForViewer(db: Executor, viewer: { id: string; role: UserRole }, contractId: string) {
  if (!isRecordId(contractId)) return null;
  const scope =
    viewer.role === 'admin' || viewer.role === 'support'
      ? undefined
      : viewer.role === 'influencer'
        ? eq(contracts.influencerId, viewer.id)
        : inArray(
            contracts.organizationId,
            db
              .select({ id: organizationMembers.organizationId })
              .from(organizationMembers)
              .where(eq(organizationMembers.userId, viewer.id)),
          );
  const [row] = await detailQuery(db, and(eq(contracts.id, contractId), scope));
  return asDetail(row);
}

const listColumns = {
  id: contracts.id,
  status: contracts.status,
  createdAt: contracts.createdAt,
  signedAt: contracts.signedAt,
  terminationRequestedBy: contracts.terminationRequestedBy,
  intact: intactSql,
  price: sql<string>`coalesce(${contracts.content} #>> '{offer,price}', ${contracts.content} ->> 'price')`,
  currency: sql<string>`coalesce(${contracts.content} #>> '{offer,currency}', ${contracts.content} ->> 'currency', ${campaigns.currency})`,
  campaignId: campaigns.id,
  campaignTitle: campaigns.title,
};

/** Every contract of the organization, newest first, with the creator as counterparty. */
export async function listBrandContracts(db: Executor, organizationId: string) {
  return db
    .select({ ...listColumns, counterparty: sql<string>`coalesce(${profiles.displayName}, 'Creator')` })
    .from(contracts)
    .innerJoin(campaigns, eq(campaigns.id, contracts.campaignId))
    .leftJoin(profiles, eq(profiles.userId, contracts.influencerId))
    .where(eq(contracts.organizationId, organizationId))
    .orderBy(desc(contracts.createdAt), desc(contracts.id));
}

/** Every contract of the creator, newest first, with the brand as counterparty. */
export async function listCreatorContracts(db: Executor, influencerId: string) {
  return db
    .select({ ...listColumns, counterparty: organizations.name })
    .from(contracts)
    .innerJoin(campaigns, eq(campaigns.id, contracts.campaignId))
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
    .where(eq(contracts.influencerId, influencerId))
    .orderBy(desc(contracts.createdAt), desc(contracts.id));
}

export type ContractListRow = Awaited<ReturnType<typeof listBrandContracts>>[number];
