import { describe, expect, it } from 'vitest';
import { brandPermissions, roleAllows, type BrandPermission } from './permissions';

const memberMay: BrandPermission[] = [
  'workspace.view',
  'campaign.draft',
  'offer.negotiate',
  'shortlist.manage',
  'content.review',
];

describe('brand permission matrix', () => {
  it('lets a brand admin do everything', () => {
    for (const permission of Object.keys(brandPermissions) as BrandPermission[])
      expect(roleAllows('brand_admin', permission)).toBe(true);
  });

  it('lets a brand member draft and negotiate but not publish, cancel, sign, fund or manage', () => {
    for (const permission of Object.keys(brandPermissions) as BrandPermission[]) {
      expect(roleAllows('brand_member', permission), permission).toBe(memberMay.includes(permission));
    }
  });
});
