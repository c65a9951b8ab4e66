import type { MemberRole } from '@/db/schema';

/** The one permission matrix for brand workspaces: what each membership role may do. */
export const brandPermissions = {
  'workspace.view': ['brand_admin', 'brand_member'],
  'campaign.draft': ['brand_admin', 'brand_member'],
  'offer.negotiate': ['brand_admin', 'brand_member'],
  'shortlist.manage': ['brand_admin', 'brand_member'],
  'content.review': ['brand_admin', 'brand_member'],
  'campaign.publish': ['brand_admin'],
  'campaign.cancel': ['brand_admin'],
  'offer.accept': ['brand_admin'],
  'contract.sign': ['brand_admin'],
  'contract.terminate': ['brand_admin'],
  'dispute.manage': ['brand_admin'],
  'payment.fund': ['brand_admin'],
  // Approving the last deliverable of a funded contract releases its escrow to the creator: irreversible money.
  'payment.release': ['brand_admin'],
  'team.manage': ['brand_admin'],
  'billing.manage': ['brand_admin'],
  'kyc.manage': ['brand_admin'],
  'organization.manage': ['brand_admin'],
} as const satisfies Record<string, readonly MemberRole[]>;

export type BrandPermission = keyof typeof brandPermissions;

export function roleAllows(role: MemberRole, permission: BrandPermission): boolean {
  return (brandPermissions[permission] as readonly MemberRole[]).includes(role);
}
