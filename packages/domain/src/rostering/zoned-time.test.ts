import { describe, expect, it } from 'vitest';
import { minutesBetween, zonedInstant, zoneOffsetMinutes } from './zoned-time.ts';

describe('wall clock of a time zone → instants', () => {
  it('reads Paris at UTC+1 in winter and UTC+2 in summer', () => {
    expect(zoneOffsetMinutes('Europe/Paris', Date.parse('2026-01-15T12:00:00Z'))).toBe(60);
    expect(zoneOffsetMinutes('Europe/Paris', Date.parse('2026-07-15T12:00:00Z'))).toBe(120);
    expect(zonedInstant('2026-01-15', 8 * 60, 'Europe/Paris')).toBe(Date.parse('2026-01-15T07:00:00Z'));
    expect(zonedInstant('2026-07-15', 8 * 60, 'Europe/Paris')).toBe(Date.parse('2026-07-15T06:00:00Z'));
  });

  it('counts 23 real hours on the spring-forward day and 25 on the fall-back day', () => {
    const day = (d: string, next: string) =>
      minutesBetween(zonedInstant(d, 0, 'Europe/Paris'), zonedInstant(next, 0, 'Europe/Paris'));
    expect(day('2026-03-29', '2026-03-30')).toBe(23 * 60);
    expect(day('2026-10-25', '2026-10-26')).toBe(25 * 60);
    // 02:30 does not exist on 29 March: it reads as the hour after (03:30 CEST = 01:30Z).
    expect(zonedInstant('2026-03-29', 150, 'Europe/Paris')).toBe(Date.parse('2026-03-29T01:30:00Z'));
  });

  it('takes minutes past 24:00 as the next days', () => {
    expect(zonedInstant('2026-01-15', 1440 + 5 * 60, 'Europe/Paris')).toBe(
      Date.parse('2026-01-16T04:00:00Z'),
    );
  });
});
