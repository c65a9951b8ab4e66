import { describe, expect, it } from 'vitest';
import { diffFields, hasChanges } from './diff';

describe('diffFields', () => {
  it('keeps only the changed fields, before and after', () => {
    const before = {
      title: 'Spring drop',
      budgetMax: '500.00',
      startDate: new Date('2026-12-01T00:00:00Z'),
      brief: { tone: 'warm' },
    };
    const changes = diffFields(before, {
      title: 'Spring drop',
      budgetMax: '750.00',
      startDate: new Date('2026-12-02T00:00:00Z'),
      brief: { tone: 'warm' },
    });
    expect(changes).toEqual({
      before: { budgetMax: '500.00', startDate: '2026-12-01T00:00:00.000Z' },
      after: { budgetMax: '750.00', startDate: '2026-12-02T00:00:00.000Z' },
    });
    expect(hasChanges(changes)).toBe(true);
  });

  it('treats undefined and null alike and reports no change for equal values', () => {
    const changes = diffFields({ description: null as string | null }, { description: undefined });
    expect(hasChanges(changes)).toBe(false);
  });
});
