// The calendar profile fits: exact recovery of a weekday × month shape, and the additive two-way fit.
import { describe, expect, it } from 'vitest';
import {
  calendarKey,
  calendarKeys,
  fitAdditiveProfile,
  fitMultiplicativeProfile,
  profileCentre,
} from './calendar-profile.ts';

const dates = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 86_400_000)).map(
  (d) => d.toISOString().slice(0, 10),
);
const keys = calendarKeys(dates, { weekday: true, month: true })!;
const mask = dates.map(() => true);
const w = [1.4, 1, 1, 1, 1.1, 0.6, 0.2];
const m = [0.9, 1, 1.2, 1.5];

describe('calendar profile', () => {
  it('derives ISO weekday and month from the date', () => {
    expect(calendarKey('2026-01-04', 0)).toEqual({ weekday: 6, month: 0 }); // a Sunday
    expect(calendarKey('2026-03-02', 0)).toEqual({ weekday: 0, month: 2 }); // a Monday
    expect(() => calendarKey('2026-02-30', 4)).toThrow('SPC_DATE_INVALID');
  });

  it('recovers an exactly multiplicative weekday × month shape (unbalanced calendar)', () => {
    const rows = keys.map((k) => ({ numerator: 50 * w[k.weekday]! * m[k.month]! * 10, denominator: 10 }));
    const profile = fitMultiplicativeProfile(rows, keys, mask, { weekday: true, month: true });
    keys.forEach((k, i) => {
      expect(profileCentre(profile, k)).toBeCloseTo(rows[i]!.numerator / 10, 8);
    });
  });

  it('gives the baseline proportion per weekday in one pass when only the weekday is adjusted', () => {
    const rows = keys.map((k, i) => ({ numerator: (i % 5) + (k.weekday === 6 ? 10 : 1), denominator: 100 }));
    const profile = fitMultiplicativeProfile(rows, keys, mask, { weekday: true });
    for (let d = 0; d < 7; d++) {
      let x = 0;
      let n = 0;
      keys.forEach((k, i) => {
        if (k.weekday === d) {
          x += rows[i]!.numerator;
          n += rows[i]!.denominator;
        }
      });
      expect(profileCentre(profile, { weekday: d, month: 1 })).toBeCloseTo(x / n, 12);
    }
    expect(profile.month).toEqual(new Array(12).fill(1));
  });

  it('recovers an exactly additive weekday + month shape', () => {
    const a = [30, 0, 0, 0, 5, -20, -60];
    const b = [-10, 0, 15, 40];
    const values = keys.map((k) => 200 + a[k.weekday]! + b[k.month]!);
    const profile = fitAdditiveProfile(values, keys, mask, { weekday: true, month: true });
    keys.forEach((k, i) => {
      expect(profileCentre(profile, k)).toBeCloseTo(values[i]!, 8);
    });
  });

  it('keeps a neutral factor for weekdays the baseline never saw', () => {
    const weekdaysOnly = keys.map((k) => k.weekday < 5);
    const rows = keys.map(() => ({ numerator: 5, denominator: 100 }));
    const profile = fitMultiplicativeProfile(rows, keys, weekdaysOnly, { weekday: true });
    expect(profile.weekdayObserved).toEqual([true, true, true, true, true, false, false]);
    expect(profile.weekday[6]).toBe(1);
    expect(profileCentre(profile, { weekday: 6, month: 0 })).toBeCloseTo(0.05, 12);
  });
});
