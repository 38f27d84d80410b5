// Unit tests of event-store input parsing: calendar days, ISO instants with offsets, duplicate collapsing.
import { describe, expect, it } from 'vitest';
import { EventStoreError } from './event-store-error.ts';
import { prepareEvents, prepareFlowDays, requireDay, requireInstantMs } from './event-store-validation.ts';

describe('requireDay', () => {
  it('accepts real calendar days, leap days included', () => {
    expect(requireDay('day', '2024-02-29')).toBe('2024-02-29');
    expect(requireDay('day', '2025-12-31')).toBe('2025-12-31');
  });

  it.each(['2025-02-29', '2025-04-31', '2025-00-10', '0999-01-01', '2025-01-01 ', 20250101])(
    'refuses %j',
    (value) => {
      expect(() => requireDay('day', value)).toThrow(EventStoreError);
    },
  );
});

describe('requireInstantMs', () => {
  it('applies offsets and truncates below the millisecond', () => {
    expect(requireInstantMs('at', '2025-01-01T00:30:00+01:00')).toBe(Date.UTC(2024, 11, 31, 23, 30));
    expect(requireInstantMs('at', '2025-01-01T00:00-00:30')).toBe(Date.UTC(2025, 0, 1, 0, 30));
    expect(requireInstantMs('at', '2025-01-01T00:00:00.9876Z')).toBe(Date.UTC(2025, 0, 1, 0, 0, 0, 987));
    expect(requireInstantMs('at', '2025-01-01T00:00:00.5Z')).toBe(Date.UTC(2025, 0, 1, 0, 0, 0, 500));
  });

  it('refuses an instant without offset, with a bad offset or an impossible time', () => {
    for (const value of [
      '2025-01-01T00:00:00',
      '2025-01-01T00:00:00+1',
      '2025-01-01T24:00:00Z',
      '2025-01-01T10:60Z',
    ]) {
      expect(() => requireInstantMs('at', value), value).toThrow(EventStoreError);
    }
  });
});

describe('duplicate keys within one call', () => {
  it('keeps the last flow day of a key, in the position of that last row', () => {
    const base = { siteId: 's', clientId: 'c', flow: 'returns' as const };
    const rows = prepareFlowDays([
      { ...base, day: '2025-01-01', quantity: 1 },
      { ...base, day: '2025-01-02', quantity: 2 },
      { ...base, day: '2025-01-01', quantity: 3 },
    ]);
    expect(rows.map((r) => [r.day, r.quantity])).toEqual([
      ['2025-01-02', 2],
      ['2025-01-01', 3],
    ]);
  });

  it('keeps the first event of an id and normalises its instant', () => {
    const event = { siteId: 's', clientId: null, type: 't', quantity: 1 };
    const rows = prepareEvents([
      { ...event, id: 'e', occurredAt: '2025-01-01T01:00:00+01:00' },
      { ...event, id: 'e', occurredAt: '2025-01-02T00:00:00Z' },
    ]);
    expect(rows.map((r) => r.event.occurredAt)).toEqual(['2025-01-01T00:00:00.000Z']);
  });
});
