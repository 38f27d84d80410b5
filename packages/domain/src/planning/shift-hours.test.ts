import { describe, expect, it } from 'vitest';
import { DEFAULT_SHIFTS } from './profiles.ts';
import { shiftSharesOfHour } from './shift-hours.ts';

describe('hour → shift', () => {
  it('gives each hour to its shift; after midnight, to the night shift started the day before', () => {
    expect(shiftSharesOfHour(DEFAULT_SHIFTS, 5)).toEqual([{ shift: 'morning', dayOffset: 0, fraction: 1 }]);
    expect(shiftSharesOfHour(DEFAULT_SHIFTS, 13)).toEqual([
      { shift: 'afternoon', dayOffset: 0, fraction: 1 },
    ]);
    expect(shiftSharesOfHour(DEFAULT_SHIFTS, 22)).toEqual([{ shift: 'night', dayOffset: 0, fraction: 1 }]);
    expect(shiftSharesOfHour(DEFAULT_SHIFTS, 3)).toEqual([{ shift: 'night', dayOffset: -1, fraction: 1 }]);
  });

  it('splits an hour a shift boundary cuts, and shares a handover hour', () => {
    const shifts = [
      { key: 'a', start: '05:30', end: '13:30' },
      { key: 'b', start: '13:00', end: '21:00' },
    ];
    // 05:00–06:00: 30 min in a, the rest in no shift
    expect(shiftSharesOfHour(shifts, 5)).toEqual([{ shift: 'a', dayOffset: 0, fraction: 0.5 }]);
    // 13:00–14:00: a 0.5 + b 1 = 1.5 > 1 → a 0.5 / 1.5 = 1/3, b 1 / 1.5 = 2/3
    const handover = shiftSharesOfHour(shifts, 13);
    expect(handover.map((s) => s.shift)).toEqual(['a', 'b']);
    expect(handover[0]?.fraction).toBeCloseTo(1 / 3, 12);
    expect(handover[1]?.fraction).toBeCloseTo(2 / 3, 12);
    expect(shiftSharesOfHour(shifts, 23)).toEqual([]);
  });
});
