import { describe, expect, it } from 'vitest';
import { queryToObject } from './route';

describe('queryToObject', () => {
  it('keeps single values as strings and repeated keys as arrays', () => {
    expect(queryToObject(new URLSearchParams('status=active&status=paused&q=summer'))).toEqual({
      status: ['active', 'paused'],
      q: 'summer',
    });
  });
});
