import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import * as schema from '@/db/schema';
import { buildCampaigns } from './campaigns';
import { createSeedContext } from './context';
import { insertInChunks } from './insert';
import { buildContracts } from './contracts';
import { planCreators } from './creator-plans';
import { buildCreatorRows } from './creators';
import { buildMetricRows, type MetricSnapshotRow } from './metrics';
import { buildNotifications } from './notifications';
import { buildOffers } from './offers';
import { buildOrganizations } from './organizations';
import { applyBudgetSpent, buildLedgerEntries, buildPayments } from './payments';
import { buildStatsHistory } from './stats';
import { buildStaff } from './users';

export interface TableRows {
  name: string;
  rows: readonly object[];
  insert(db: Executor): Promise<number>;
}

export interface DemoDataset {
  /** In foreign-key order: each table only references tables listed before it. */
  tables: TableRows[];
  metrics: MetricSnapshotRow[];
}

function tableRows<T extends PgTable>(name: string, table: T, rows: PgInsertValue<T>[]): TableRows {
  return { name, rows, insert: (db) => insertInChunks(db, table, rows) };
}

/** The whole demo marketplace as rows, computed from the seed alone (no I/O, no clock). */
export function buildDemoDataset(seed: number, passwordHash: string): DemoDataset {
  const ctx = createSeedContext(seed, passwordHash);
  const staff = buildStaff(ctx);
  const organizations = buildOrganizations(ctx, staff.adminId);
  const creatorPlans = planCreators(ctx);
  const stats = buildStatsHistory(ctx, creatorPlans);
  const creators = buildCreatorRows(ctx, creatorPlans, stats.latestFollowers, staff.adminId);
  const campaigns = buildCampaigns(ctx, organizations.seeds);
  const offers = buildOffers(ctx, campaigns.campaigns, creatorPlans);
  const contracts = buildContracts(ctx, offers.seeds, staff.adminId);
  const payments = buildPayments(ctx, contracts.seeds, staff.adminId);
  applyBudgetSpent(campaigns.campaigns, payments);
  const notifications = buildNotifications(ctx, {
    offers: offers.seeds,
    contracts: contracts.seeds,
    organizations: organizations.seeds,
    staffAdminId: staff.adminId,
  });

  return {
    tables: [
      tableRows('users', schema.users, [...staff.users, ...organizations.users, ...creators.users]),
      tableRows('organizations', schema.organizations, organizations.organizations),
      tableRows('organization_members', schema.organizationMembers, organizations.members),
      tableRows('organization_billing', schema.organizationBilling, organizations.billing),
      tableRows('profiles', schema.profiles, creators.profiles),
      tableRows('influencer_stats_history', schema.influencerStatsHistory, stats.rows),
      tableRows(
        'campaigns',
        schema.campaigns,
        campaigns.campaigns.map((campaign) => campaign.row),
      ),
      tableRows('deliverables', schema.deliverables, campaigns.deliverables),
      tableRows('offers', schema.offers, offers.offers),
      tableRows('offer_revisions', schema.offerRevisions, offers.revisions),
      tableRows('contracts', schema.contracts, contracts.contracts),
      tableRows('deliverable_submissions', schema.deliverableSubmissions, contracts.submissions),
      tableRows('payments', schema.payments, payments),
      tableRows('ledger_entries', schema.ledgerEntries, buildLedgerEntries(ctx, payments)),
      tableRows('audit_logs', schema.auditLogs, ctx.audit.rows),
      tableRows('notifications', schema.notifications, notifications),
    ],
    metrics: buildMetricRows(ctx, campaigns.campaigns),
  };
}
