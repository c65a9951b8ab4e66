import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { campaignCsvHeader, campaignCsvValues } from '@/components/campaigns/list/csv-columns';
import { dayIn } from '@/components/campaigns/list/format';
import { currentUser } from '@/lib/auth/session';
import { forEachCampaignPage, organizationFormat, type CampaignListCtx } from '@/lib/campaigns/list';
import { parseCampaignListParams } from '@/lib/campaigns/list-params';
import type { Ctx } from '@/lib/context';
import { csvByteOrderMark, csvRow, textStream } from '@/lib/csv';
import { NotFoundError, UnauthorizedError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { findMembership } from '@/lib/organizations/queries';
import { roleAllows } from '@/lib/organizations/permissions';

interface ExportContext {
  params: Promise<{ orgSlug: string }>;
}

// The list's own parser (lib/campaigns/list-params.ts) reads the filters from the URL, falling back per bad value.
const anyQuery = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

/** Every campaign matching the list's filters, in the list's order, as a CSV download. */
export async function GET(request: NextRequest, { params }: ExportContext): Promise<Response> {
  const { orgSlug } = await params;
  return route(anyQuery, 'query', (_query, ctx, req) => exportCampaigns(orgSlug, ctx, req))(request);
}

async function exportCampaigns(orgSlug: string, ctx: Ctx, request: NextRequest): Promise<Response> {
  const user = await currentUser();
  if (!user) throw new UnauthorizedError();
  const membership = await findMembership(ctx.db, user.id, orgSlug);
  // Outsiders learn nothing, not even whether the organization exists.
  if (!membership || !roleAllows(membership.role, 'workspace.view')) throw new NotFoundError('Organization not found.');
  const listCtx: CampaignListCtx = {
    ...ctx,
    actor: { userId: user.id, role: user.role },
    organizationId: membership.organization.id,
  };
  const listParams = parseCampaignListParams(request.nextUrl.searchParams);
  const format = await organizationFormat(listCtx);
  const filename = `campaigns-${membership.organization.slug}-${dayIn(new Date(), format.timeZone)}.csv`;
  const body = textStream(async (write) => {
    await write(csvByteOrderMark + csvRow(campaignCsvHeader));
    await forEachCampaignPage(listCtx, listParams, (rows) =>
      write(rows.map((row) => csvRow(campaignCsvValues(row, format))).join('')),
    );
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      // The slug is URL-safe kebab-case (organizations_slug_check), so it needs no escaping here.
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
