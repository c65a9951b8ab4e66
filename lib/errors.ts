/** Typed domain errors; action wrappers and route handlers map them to results and HTTP statuses. */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly code: 'not_found' | 'forbidden' | 'unauthorized' | 'conflict' | 'invalid',
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(message = 'Not found.') {
    super(message, 'not_found');
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You do not have permission to do that.') {
    super(message, 'forbidden');
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = 'Please sign in first.') {
    super(message, 'unauthorized');
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, 'conflict', fieldErrors);
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, 'invalid', fieldErrors);
  }
}

export const httpStatusOf: Record<DomainError['code'], number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
};

/** PostgreSQL's unique_violation, optionally for one named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pgError = (error as { cause?: unknown })?.cause ?? error;
  const candidate = pgError as { code?: string; constraint_name?: string };
  return candidate?.code === '23505' && (!constraint || candidate.constraint_name === constraint);
}

/** PostgreSQL's check_violation (CHECK constraints and our triggers that raise it), optionally for one named rule. */
export function isCheckViolation(error: unknown, constraint?: string): boolean {
  const pgError = (error as { cause?: unknown })?.cause ?? error;
  const candidate = pgError as { code?: string; constraint_name?: string };
  return candidate?.code === '23514' && (!constraint || candidate.constraint_name === constraint);
}
