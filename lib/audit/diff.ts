export type FieldChanges = {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

function comparable(value: unknown): string {
  return JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));
}

function serialisable(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}

/** The fields of `after` whose values differ from `before`, as the audit log's `{ before, after }`. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): FieldChanges {
  const changes: FieldChanges = { before: {}, after: {} };
  for (const key of Object.keys(after)) {
    if (comparable(before[key]) === comparable(after[key])) continue;
    changes.before[key] = serialisable(before[key]);
    changes.after[key] = serialisable(after[key]);
  }
  return changes;
}

export function hasChanges(changes: FieldChanges): boolean {
  return Object.keys(changes.after).length > 0;
}
