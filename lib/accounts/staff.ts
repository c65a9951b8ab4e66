import { randomBytes } from 'node:crypto';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password';
import { withTransaction, type Ctx } from '@/lib/context';
import { ConflictError, isUniqueViolation } from '@/lib/errors';

export interface StaffUserInput {
  email: string;
  role: 'admin' | 'support';
  name?: string;
  password?: string;
}

/** Creates a verified staff account; without a password one is generated and returned once. */
export async function createStaffUser(ctx: Ctx, input: StaffUserInput): Promise<{ userId: string; generatedPassword?: string }> {
  const generatedPassword = input.password ? undefined : randomBytes(15).toString('base64url');
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  try {
    return await withTransaction(ctx, async (tx) => {
      const [user] = await tx.db
        .insert(users)
        .values({
          email: input.email,
          name: input.name ?? null,
          role: input.role,
          passwordHash,
          emailVerified: true,
          emailVerifiedAt: new Date(),
        })
        .returning({ id: users.id });
      await recordAudit(tx, {
        action: 'create_staff_user',
        resourceType: 'user',
        resourceId: user!.id,
        actorId: ctx.actor?.userId ?? user!.id,
        metadata: { after: { email: input.email, role: input.role }, via: ctx.request.userAgent },
      });
      return { userId: user!.id, generatedPassword };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`A user with the email ${input.email} already exists.`);
    throw error;
  }
}
