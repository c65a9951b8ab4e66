export const correlationHeader = 'x-correlation-id';
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An incoming correlation id is kept when it is a UUID (the audit column's type); otherwise a new one is made. */
export function correlationIdFrom(value: string | null): string {
  return value && uuidPattern.test(value) ? value.toLowerCase() : crypto.randomUUID();
}
