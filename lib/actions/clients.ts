import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { organizationMembers, organizations, type MemberRole, type User } from '@/db/schema';
import type { ActorCtx, Ctx, RequestMeta } from '@/lib/context';
import { DomainError, ForbiddenError, NotFoundError, UnauthorizedError } from '@/lib/errors';
import { roleAllows, type BrandPermission } from '@/lib/organizations/permissions';
import { failureOf, formToObject, invalidInput, unexpectedFailure, type ActionResult } from './result';

export type SessionUser = Pick<User, 'id' | 'email' | 'role' | 'status'>;

/** Where the wrappers get the session, the request and the database; tests pass their own. */
export interface ActionEnvironment {
  currentUser(): Promise<SessionUser | null>;
  requestMeta(): Promise<RequestMeta>;
  db(): Database;
  /** Next.js control flow (redirect, notFound) must pass through untouched. */
  rethrowFrameworkError(error: unknown): void;
}

export interface BrandCtx extends ActorCtx {
  organization: { id: string; slug: string; name: string };
  membershipRole: MemberRole;
}

export type ActionInput = FormData | Record<string, unknown>;
export type Action<T> = (previous: ActionResult<T> | null, input: ActionInput) => Promise<ActionResult<T>>;

const orgSlugField = z.object({ orgSlug: z.string().min(1).max(255) });

export function createActionClients(environment: ActionEnvironment) {
  function define<S extends z.ZodType, C, T>(
    schema: S,
    resolveCtx: (input: z.infer<S>, base: Ctx) => Promise<C>,
    handler: (input: z.infer<S>, ctx: C) => Promise<T>,
  ): Action<T> {
    return async (_previous, rawInput) => {
      const parsed = schema.safeParse(formToObject(rawInput));
      if (!parsed.success) return invalidInput(parsed.error);
      try {
        const base: Ctx = { db: environment.db(), actor: null, request: await environment.requestMeta() };
        const ctx = await resolveCtx(parsed.data, base);
        return { ok: true, data: await handler(parsed.data, ctx) };
      } catch (error) {
        if (error instanceof DomainError) return failureOf(error);
        environment.rethrowFrameworkError(error);
        console.error('action failed', error);
        return unexpectedFailure;
      }
    };
  }

  async function requireUser(base: Ctx): Promise<ActorCtx> {
    const user = await environment.currentUser();
    if (!user || user.status !== 'active') throw new UnauthorizedError();
    return { ...base, actor: { userId: user.id, role: user.role } };
  }

  async function requireMembership(ctx: ActorCtx, orgSlug: string, permission: BrandPermission): Promise<BrandCtx> {
    const [membership] = await ctx.db
      .select({ id: organizations.id, slug: organizations.slug, name: organizations.name, role: organizationMembers.role })
      .from(organizationMembers)
      .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
      .where(and(eq(organizations.slug, orgSlug), eq(organizationMembers.userId, ctx.actor.userId)))
      .limit(1);
    // Not telling outsiders whether an organization exists.
    if (!membership) throw new NotFoundError('Organization not found.');
    if (!roleAllows(membership.role, permission)) throw new ForbiddenError('Your role in this organization does not allow that.');
    const { role, ...organization } = membership;
    return { ...ctx, organization, membershipRole: role };
  }

  return {
    publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>, ctx: Ctx) => Promise<T>): Action<T> {
      return define(schema, async (_input, base) => base, handler);
    },

    userAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>, ctx: ActorCtx) => Promise<T>): Action<T> {
      return define(schema, (_input, base) => requireUser(base), handler);
    },

    /** The organization comes from the URL slug in the input and the caller's membership, never from an id in the input. */
    brandAction<S extends z.ZodType<{ orgSlug: string }>, T>(
      schema: S,
      permission: BrandPermission,
      handler: (input: z.infer<S>, ctx: BrandCtx) => Promise<T>,
    ): Action<T> {
      return define(
        schema,
        async (input, base) => requireMembership(await requireUser(base), orgSlugField.parse(input).orgSlug, permission),
        handler,
      );
    },

    creatorAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>, ctx: ActorCtx) => Promise<T>): Action<T> {
      return define(
        schema,
        async (_input, base) => {
          const ctx = await requireUser(base);
          if (ctx.actor.role !== 'influencer') throw new ForbiddenError('Only creators can do that.');
          return ctx;
        },
        handler,
      );
    },

    /** Staff actions: admins always; support only where `allowSupport` says so. */
    adminAction<S extends z.ZodType, T>(
      schema: S,
      handler: (input: z.infer<S>, ctx: ActorCtx) => Promise<T>,
      options: { allowSupport?: boolean } = {},
    ): Action<T> {
      return define(
        schema,
        async (_input, base) => {
          const ctx = await requireUser(base);
          const allowed = ctx.actor.role === 'admin' || (options.allowSupport === true && ctx.actor.role === 'support');
          if (!allowed) throw new ForbiddenError('Only Pactly staff can do that.');
          return ctx;
        },
        handler,
      );
    },
  };
}
