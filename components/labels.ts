import { type CampaignStatus, type KycStatus, type MemberRole, type UserRole } from '@/db/schema';

export const userRoleLabels: Record<UserRole, string> = {
  admin: 'Admin',
  support: 'Support',
  brand_admin: 'Brand admin',
  brand_member: 'Brand member',
  influencer: 'Creator',
};

export const memberRoleLabels: Record<MemberRole, string> = {
  brand_admin: 'Admin',
  brand_member: 'Member',
};

export const kycStatusLabels: Record<KycStatus, string> = {
  pending: 'Pending',
  verified: 'Verified',
  rejected: 'Rejected',
  suspended: 'Suspended',
};

export const kycStatusMeanings: Record<KycStatus, string> = {
  pending: 'Pactly has not verified your company yet. Verification confirms that your business is real before money moves.',
  verified: 'Pactly has verified your company. Creators can see that they are dealing with a real business.',
  rejected: 'Pactly could not verify your company with the details provided. Contact Pactly support to resolve it.',
  suspended: 'This organization is suspended. Contact Pactly support before running campaigns or paying creators.',
};

export const campaignStatusLabels: Record<CampaignStatus, string> = {
  draft: 'Draft',
  published: 'Published',
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
  disputed: 'Disputed',
  cancelled: 'Cancelled',
};
