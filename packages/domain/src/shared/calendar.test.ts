import { describe, expect, it } from 'vitest';
import {
  dayStatus,
  easterSunday,
  isWorkingDay,
  publicHolidays,
  regionFromPostcode,
  siteCalendarSchema,
} from './calendar.ts';
import { isoDate } from './units.ts';

describe('French public holidays', () => {
  it('computes Easter for known years', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('lists 11 holidays in metropolitan France, 13 in Alsace-Moselle', () => {
    const metro = publicHolidays(2026);
    expect(metro).toHaveLength(11);
    expect(metro.map((h) => h.date)).toContain('2026-05-14'); // Ascension = Easter + 39
    expect(metro.map((h) => h.date)).toContain('2026-05-25'); // Whit Monday = Easter + 50
    const alsace = publicHolidays(2026, 'alsace_moselle');
    expect(alsace).toHaveLength(13);
    expect(alsace.find((h) => h.key === 'good_friday')?.date).toBe('2026-04-03');
    expect(alsace.find((h) => h.key === 'st_stephen')?.date).toBe('2026-12-26');
  });

  it('maps Moselle and Alsace postcodes to local law', () => {
    expect(regionFromPostcode('57000')).toBe('alsace_moselle');
    expect(regionFromPostcode('67100')).toBe('alsace_moselle');
    expect(regionFromPostcode('69001')).toBe('metropolitan');
  });
});

describe('site calendar', () => {
  const cal = siteCalendarSchema.parse({ closedDays: [{ date: '2026-08-10', reason: 'inventaire' }] });

  it('treats Whit Monday as the solidarity day (worked) by default', () => {
    expect(dayStatus(cal, isoDate('2026-05-25'))).toEqual({ kind: 'solidarity_day' });
    expect(isWorkingDay(cal, isoDate('2026-05-25'))).toBe(true);
  });

  it('never works 1 May unless the activity cannot stop', () => {
    expect(dayStatus(cal, isoDate('2026-05-01'))).toEqual({
      kind: 'public_holiday',
      holiday: 'labour_day',
      worked: false,
    });
    const continuous = siteCalendarSchema.parse({ continuousOperation: true });
    expect(dayStatus(continuous, isoDate('2026-05-01'))).toMatchObject({ worked: true });
  });

  it('honours closed days and weekends', () => {
    expect(dayStatus(cal, isoDate('2026-08-10'))).toEqual({ kind: 'closed', reason: 'inventaire' });
    expect(isWorkingDay(cal, isoDate('2026-11-28'))).toBe(false); // Saturday
    expect(isWorkingDay(cal, isoDate('2026-11-27'))).toBe(true);
    expect(isWorkingDay(cal, isoDate('2026-11-11'))).toBe(false);
  });

  it('rejects unknown fields and bad dates', () => {
    expect(siteCalendarSchema.safeParse({ foo: 1 }).success).toBe(false);
    expect(siteCalendarSchema.safeParse({ closedDays: [{ date: '2026-02-30', reason: 'x' }] }).success).toBe(
      false,
    );
  });
});
