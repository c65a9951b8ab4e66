import { and, eq } from 'drizzle-orm';
import { shortlistEntries, shortlists, users } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction, type ActorCtx } from '@/lib/context';
import { ConflictError, NotFoundError, isUniqueViolation } from '@/lib/errors';
import type { AddToShortlistInput, RemoveFromShortlistInput, UpdateNoteInput } from './schemas';

/** The organization comes from the caller's membership (the action wrapper), never from input. */
export type OrgActorCtx = ActorCtx & { organization: { id: string } };

const resourceType = 'shortlist';

async function ownShortlist(ctx: OrgActorCtx, shortlistId: string) {
  const [shortlist] = await ctx.db
    .select({ id: shortlists.id, name: shortlists.name })
    .from(shortlists)
    .where(and(eq(shortlists.id, shortlistId), eq(shortlists.organizationId, ctx.organization.id)))
    .for('update');
  if (!shortlist) throw new NotFoundError('Shortlist not found.');
  return shortlist;
}

export async function createShortlist(ctx: OrgActorCtx, name: string): Promise<{ id: string }> {
  try {
    return await withTransaction(ctx, async (tx) => {
      const [created] = await tx.db
        .insert(shortlists)
        .values({ organizationId: ctx.organization.id, name, createdBy: ctx.actor.userId })
        .returning({ id: shortlists.id });
      await recordAudit(tx, { action: 'create_shortlist', resourceType, resourceId: created!.id, metadata: { name } });
      return created!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'shortlists_organization_id_name_unique'))
      throw new ConflictError('A shortlist with this name already exists.');
    throw error;
  }
}

export async function addToShortlist(ctx: OrgActorCtx, input: Omit<AddToShortlistInput, 'orgSlug'>): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const shortlist = await ownShortlist(tx, input.shortlistId);
    // Only active creators can be shortlisted, as only they appear in discovery.
    const [creator] = await tx.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, input.creatorId), eq(users.role, 'influencer'), eq(users.status, 'active')));
    if (!creator) throw new NotFoundError('Creator not found.');
    const inserted = await tx.db
      .insert(shortlistEntries)
      .values({ shortlistId: shortlist.id, creatorId: creator.id, addedBy: ctx.actor.userId })
      .onConflictDoNothing()
      .returning({ creatorId: shortlistEntries.creatorId });
    if (inserted.length === 0) throw new ConflictError(`This creator is already on “${shortlist.name}”.`);
    await recordAudit(tx, {
      action: 'add_shortlist_entry',
      resourceType,
      resourceId: shortlist.id,
      metadata: { creatorId: creator.id },
    });
  });
}

export async function updateShortlistNote(ctx: OrgActorCtx, input: Omit<UpdateNoteInput, 'orgSlug'>): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const shortlist = await ownShortlist(tx, input.shortlistId);
    const where = and(eq(shortlistEntries.shortlistId, shortlist.id), eq(shortlistEntries.creatorId, input.creatorId));
    const [entry] = await tx.db.select({ note: shortlistEntries.note }).from(shortlistEntries).where(where);
    if (!entry) throw new NotFoundError('This creator is not on the shortlist.');
    const note = input.note === '' ? null : input.note;
    await tx.db.update(shortlistEntries).set({ note }).where(where);
    await recordAudit(tx, {
      action: 'update_shortlist_note',
      resourceType,
      resourceId: shortlist.id,
      metadata: { creatorId: input.creatorId, ...diffFields(entry, { note }) },
    });
  });
}

export async function removeFromShortlist(ctx: OrgActorCtx, input: Omit<RemoveFromShortlistInput, 'orgSlug'>): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const shortlist = await ownShortlist(tx, input.shortlistId);
    const removed = await tx.db
      .delete(shortlistEntries)
      .where(and(eq(shortlistEntries.shortlistId, shortlist.id), eq(shortlistEntries.creatorId, input.creatorId)))
      .returning({ note: shortlistEntries.note });
    if (removed.length === 0) throw new NotFoundError('This creator is not on the shortlist.');
    await recordAudit(tx, {
      action: 'remove_shortlist_entry',
      resourceType,
      resourceId: shortlist.id,
      metadata: { creatorId: input.creatorId, note: removed[0]!.note },
    });
  });
}
