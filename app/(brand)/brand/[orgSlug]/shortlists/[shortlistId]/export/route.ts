import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { currentUser } from '@/lib/auth/session';
import type { Ctx } from '@/lib/context';
import { csvByteOrderMark, csvRow } from '@/lib/csv';
import { getShortlist } from '@/lib/discovery/shortlist-queries';
import { NotFoundError, UnauthorizedError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { findMembership } from '@/lib/organizations/queries';
import { roleAllows } from '@/lib/organizations/permissions';

interface ExportContext {
  params: Promise<{ orgSlug: string; shortlistId: string }>;
}

const noQuery = z.record(z.string(), z.unknown());
const header = ['creator_id', 'display_name', 'country', 'followers', 'note', 'added_at'] as const;

/** The shortlist's creators and notes as a CSV download; a shortlist is small, so it is written in one piece. */
export async function GET(request: NextRequest, { params }: ExportContext): Promise<Response> {
  const { orgSlug, shortlistId } = await params;
  return route(noQuery, 'query', (_query, ctx) => exportShortlist(orgSlug, shortlistId, ctx))(request);
}

async function exportShortlist(orgSlug: string, shortlistId: string, ctx: Ctx): Promise<Response> {
  const user = await currentUser();
  if (!user) throw new UnauthorizedError();
  const membership = await findMembership(ctx.db, user.id, orgSlug);
  // Outsiders learn nothing, not even whether the organization exists.
  if (!membership || !roleAllows(membership.role, 'workspace.view')) throw new NotFoundError('Organization not found.');
  if (!z.uuid().safeParse(shortlistId).success) throw new NotFoundError('Shortlist not found.');
  const shortlist = await getShortlist(
    { ...ctx, actor: { userId: user.id, role: user.role }, organizationId: membership.organization.id },
    shortlistId,
  );
  const rows = shortlist.entries.map((entry) =>
    csvRow([entry.creatorId, entry.displayName, entry.country, entry.followers, entry.note, entry.addedAt.toISOString()]),
  );
  return new Response(csvByteOrderMark + csvRow(header) + rows.join(''), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="shortlist-${shortlist.id}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
