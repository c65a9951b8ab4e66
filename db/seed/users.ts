import type { NewUser, UserRole, UserStatus } from '@/db/schema';
import type { SeedContext } from './context';
import { demoAccounts } from './demo-accounts';
import { addMinutes, atDay } from './time';

export interface UserSpec {
  key: string;
  email: string;
  name: string;
  role: UserRole;
  createdAt: Date;
  status?: UserStatus;
}

/** Every seeded user signs in with the demo password and has a verified e-mail address. */
export function userRow(ctx: SeedContext, spec: UserSpec): NewUser & { id: string } {
  return {
    id: ctx.id('user', spec.key),
    email: spec.email.toLowerCase(),
    name: spec.name,
    passwordHash: ctx.passwordHash,
    role: spec.role,
    status: spec.status ?? 'active',
    createdAt: spec.createdAt,
    updatedAt: spec.createdAt,
    emailVerified: true,
    emailVerifiedAt: addMinutes(spec.createdAt, 12),
  };
}

export interface StaffSeed {
  users: NewUser[];
  adminId: string;
  supportId: string;
}

export function buildStaff(ctx: SeedContext): StaffSeed {
  const admin = userRow(ctx, {
    key: 'staff-admin',
    email: demoAccounts.admin.email,
    name: 'Ada Whitfield',
    role: demoAccounts.admin.role,
    createdAt: atDay(-400),
  });
  const support = userRow(ctx, {
    key: 'staff-support',
    email: demoAccounts.support.email,
    name: 'Sol Reyes',
    role: demoAccounts.support.role,
    createdAt: atDay(-380),
  });
  return { users: [admin, support], adminId: admin.id, supportId: support.id };
}
