import { eq } from 'drizzle-orm';
import { organizationBilling } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { diffFields, hasChanges } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction } from '@/lib/context';
import type { BillingInput } from './schemas';

const noBilling = {
  legalName: null,
  addressLine1: null,
  addressLine2: null,
  city: null,
  postalCode: null,
  country: null,
  vatId: null,
  billingEmail: null,
};

/** Creates or updates the organization's billing details; the audit row holds only the fields that changed. */
export async function saveBillingDetails(ctx: BrandCtx, input: BillingInput): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const [existing] = await tx.db
      .select({
        legalName: organizationBilling.legalName,
        addressLine1: organizationBilling.addressLine1,
        addressLine2: organizationBilling.addressLine2,
        city: organizationBilling.city,
        postalCode: organizationBilling.postalCode,
        country: organizationBilling.country,
        vatId: organizationBilling.vatId,
        billingEmail: organizationBilling.billingEmail,
      })
      .from(organizationBilling)
      .where(eq(organizationBilling.organizationId, ctx.organization.id))
      .for('update');
    const after = {
      legalName: input.legalName,
      addressLine1: input.addressLine1,
      addressLine2: input.addressLine2,
      city: input.city,
      postalCode: input.postalCode,
      country: input.country,
      vatId: input.vatId,
      billingEmail: input.billingEmail,
    };
    const changes = diffFields(existing ?? noBilling, after);
    if (!hasChanges(changes)) return;
    // Two first saves at once: the second one's insert becomes an update instead of failing.
    await tx.db
      .insert(organizationBilling)
      .values({ organizationId: ctx.organization.id, ...after })
      .onConflictDoUpdate({ target: organizationBilling.organizationId, set: after });
    await recordAudit(tx, {
      action: 'update_billing',
      resourceType: 'organization',
      resourceId: ctx.organization.id,
      metadata: { ...changes, created: !existing },
    });
  });
}
