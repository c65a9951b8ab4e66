import type { NewOrganization, NewOrganizationBilling, NewOrganizationMember, NewUser } from '@/db/schema';
import type { SeedContext } from './context';
import { seededToken } from './ids';
import { asciiSlug } from './names';
import { organizationCatalog, type OrganizationSpec } from './catalog/organizations';
import { addDays, addMinutes, atDay } from './time';
import { userRow } from './users';

export interface OrganizationSeed {
  id: string;
  spec: OrganizationSpec;
  ownerId: string;
  memberIds: string[];
  joinedAt: Date;
}

export interface OrganizationsSeed {
  organizations: NewOrganization[];
  members: NewOrganizationMember[];
  billing: NewOrganizationBilling[];
  users: NewUser[];
  seeds: OrganizationSeed[];
}

function memberEmail(spec: OrganizationSpec, name: string): string {
  const [first = '', ...rest] = name.split(' ');
  return `${asciiSlug(first)}.${asciiSlug(rest.join(''))}@${spec.slug}.test`;
}

export function buildOrganizations(ctx: SeedContext, staffAdminId: string): OrganizationsSeed {
  const random = ctx.random('organizations');
  const result: OrganizationsSeed = { organizations: [], members: [], billing: [], users: [], seeds: [] };
  for (const spec of organizationCatalog) {
    const id = ctx.id('organization', spec.slug);
    const joinedAt = atDay(-spec.joinedDaysAgo, random.int(480, 1080));
    const kycDecidedAt = addDays(joinedAt, random.int(1, 3));
    const kycReference = `${spec.kycProvider === 'onfido' ? 'chk' : 'trx'}_${seededToken(ctx.seed, 'kyc', spec.slug, 20)}`;
    result.organizations.push({
      id,
      name: spec.name,
      slug: spec.slug,
      description: spec.description,
      website: spec.website,
      country: spec.country,
      currency: spec.currency,
      timezone: spec.timezone,
      kycStatus: spec.kycStatus,
      kycVerifiedAt: spec.kycStatus === 'verified' ? kycDecidedAt : null,
      kycProvider: spec.kycProvider,
      kycReferenceId: kycReference,
      createdAt: joinedAt,
      updatedAt: spec.kycStatus === 'pending' ? joinedAt : kycDecidedAt,
    });
    result.billing.push({
      organizationId: id,
      ...spec.billing,
      addressLine2: null,
      country: spec.country,
      billingEmail: `accounts@${spec.slug}.test`,
      stripeCustomerId: spec.kycStatus === 'verified' ? `cus_${seededToken(ctx.seed, 'customer', spec.slug, 14)}` : null,
      createdAt: joinedAt,
      updatedAt: joinedAt,
    });

    const memberIds: string[] = [];
    for (const [index, member] of spec.members.entries()) {
      const memberJoinedAt = index === 0 ? joinedAt : addDays(joinedAt, random.int(2, 40));
      const user = userRow(ctx, {
        key: `${spec.slug}-member-${index}`,
        email: member.email ?? memberEmail(spec, member.name),
        name: member.name,
        role: member.role,
        createdAt: addMinutes(memberJoinedAt, -5),
      });
      result.users.push(user);
      memberIds.push(user.id);
      result.members.push({
        id: ctx.id('organization-member', `${spec.slug}-${index}`),
        organizationId: id,
        userId: user.id,
        role: member.role,
        invitedBy: index === 0 ? null : memberIds[0]!,
        joinedAt: memberJoinedAt,
        createdAt: memberJoinedAt,
      });
      ctx.audit.record(
        index === 0
          ? {
              actor: { userId: user.id, audience: 'brand' },
              action: 'sign_up_brand',
              resourceType: 'organization',
              resourceId: id,
              at: joinedAt,
              metadata: { after: { name: spec.name, slug: spec.slug, country: spec.country, owner: user.email } },
            }
          : {
              actor: { userId: memberIds[0]!, audience: 'brand' },
              action: 'add_member',
              resourceType: 'organization',
              resourceId: id,
              at: memberJoinedAt,
              metadata: { after: { user_id: user.id, role: member.role } },
            },
      );
    }
    if (spec.kycStatus !== 'pending') {
      ctx.audit.record({
        actor: { userId: staffAdminId, audience: 'staff' },
        action: spec.kycStatus === 'verified' ? 'approve_kyc' : 'reject_kyc',
        resourceType: 'organization',
        resourceId: id,
        at: kycDecidedAt,
        metadata: {
          before: { kyc_status: 'pending' },
          after: { kyc_status: spec.kycStatus },
          provider: spec.kycProvider,
          reference: kycReference,
          ...(spec.kycStatus === 'rejected'
            ? { reason: 'Product claims breach UK advertising rules on weight-loss supplements.' }
            : {}),
        },
      });
    }
    result.seeds.push({ id, spec, ownerId: memberIds[0]!, memberIds, joinedAt });
  }
  return result;
}
