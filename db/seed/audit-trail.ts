import type { NewAuditLog } from '@/db/schema';
import type { Random } from './random';

/** Who acted: a person from one of the audiences (their requests come from different networks), or a job. */
export type SeedActor = { userId: string; audience: 'creator' | 'brand' | 'staff' } | 'system';

export interface SeedAuditEvent {
  actor: SeedActor;
  action: string;
  resourceType: string;
  resourceId: string;
  at: Date;
  metadata?: Record<string, unknown>;
  /** Events of one request share a correlation id; omitted, the event is a request of its own. */
  correlationId?: string;
}

const userAgents = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
];

// Documentation address ranges (RFC 5737), one per audience.
const networks = { creator: '198.51.100', brand: '203.0.113', staff: '192.0.2' } as const;

export class AuditTrail {
  readonly rows: NewAuditLog[] = [];
  private correlations = 0;

  constructor(
    private readonly id: (kind: string, key: string | number) => string,
    private readonly random: Random,
  ) {}

  newCorrelationId(): string {
    this.correlations += 1;
    return this.id('correlation', this.correlations);
  }

  /** Appends one event and returns its correlation id, for follow-up events of the same request. */
  record(event: SeedAuditEvent): string {
    const correlationId = event.correlationId ?? this.newCorrelationId();
    const person = event.actor === 'system' ? undefined : event.actor;
    this.rows.push({
      id: this.id('audit', this.rows.length + 1),
      actorType: person ? 'user' : 'system',
      actorId: person?.userId ?? null,
      action: event.action,
      resourceType: event.resourceType,
      resourceId: event.resourceId,
      metadata: event.metadata ?? {},
      ipAddress: person ? `${networks[person.audience]}.${this.random.int(2, 254)}` : null,
      userAgent: person ? this.random.pick(userAgents) : 'pactly-worker',
      createdAt: event.at,
      correlationId,
    });
    return correlationId;
  }
}
