import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { profiles, shortlistEntries, shortlists } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';

export type OrgCtx = Ctx & { organizationId: string };

export interface ShortlistSummary {
  id: string;
  name: string;
  createdAt: Date;
  entries: number;
}

export async function listShortlists(ctx: OrgCtx): Promise<ShortlistSummary[]> {
  return ctx.db
    .select({
      id: shortlists.id,
      name: shortlists.name,
      createdAt: shortlists.createdAt,
      entries: sql<number>`(select count(*)::int from ${shortlistEntries} e where e.shortlist_id = ${shortlists.id})`,
    })
    .from(shortlists)
    .where(eq(shortlists.organizationId, ctx.organizationId))
    .orderBy(asc(sql`lower(${shortlists.name})`));
}

export interface ShortlistEntryRow {
  creatorId: string;
  displayName: string | null;
  country: string | null;
  note: string | null;
  addedAt: Date;
  /** The creator's largest current audience, any platform. */
  followers: number | null;
}

export async function getShortlist(ctx: OrgCtx, shortlistId: string) {
  const [shortlist] = await ctx.db
    .select({ id: shortlists.id, name: shortlists.name, createdAt: shortlists.createdAt })
    .from(shortlists)
    .where(and(eq(shortlists.id, shortlistId), eq(shortlists.organizationId, ctx.organizationId)));
  if (!shortlist) throw new NotFoundError('Shortlist not found.');
  const entries: ShortlistEntryRow[] = await ctx.db
    .select({
      creatorId: shortlistEntries.creatorId,
      displayName: profiles.displayName,
      country: profiles.country,
      note: shortlistEntries.note,
      addedAt: shortlistEntries.addedAt,
      followers: sql<
        number | null
      >`(select max(s.followers) from creator_current_stats s where s.user_id = ${shortlistEntries.creatorId})`,
    })
    .from(shortlistEntries)
    .leftJoin(profiles, eq(profiles.userId, shortlistEntries.creatorId))
    .where(eq(shortlistEntries.shortlistId, shortlist.id))
    .orderBy(desc(shortlistEntries.addedAt), asc(shortlistEntries.creatorId));
  return { ...shortlist, entries };
}
