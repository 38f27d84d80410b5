import { describe, expect, it } from 'vitest';
import {
  breakShortfall,
  DEFAULT_SHIFT_TEMPLATES,
  deriveTemplates,
  nominalRestMinutes,
  type ShiftTemplate,
  shiftTemplateSchema,
  shiftTimingOn,
} from './shift-template.ts';

const night = DEFAULT_SHIFT_TEMPLATES.find((t) => t.key === 'night')!;
const derivation = {
  night: { nightStart: '21:00', nightEnd: '06:00' },
  nightHoursThreshold: 3,
  minDailyRestMinutes: 660,
  forbidden: [],
};

describe('shift templates', () => {
  it('derive from the staffing shifts: 05:00–13:00, 13:00–21:00, 21:00–05:00 with a 30-minute break in the middle', () => {
    expect(DEFAULT_SHIFT_TEMPLATES.map((t) => [t.key, t.kind, t.label])).toEqual([
      ['morning', 'morning', '05:00–13:00'],
      ['afternoon', 'afternoon', '13:00–21:00'],
      ['night', 'night', '21:00–05:00'],
    ]);
    expect(night.breaks).toEqual([{ start: null, minutes: 30 }]);
  });

  it('give worked minutes, the civil-day split, night minutes and the night flag (nominal)', () => {
    const [morning, afternoon, n] = deriveTemplates(DEFAULT_SHIFT_TEMPLATES, derivation);
    // 480 − 30 = 450 worked. The night's break sits at 21:00 + (480 / 2 − 15) = 00:45, after midnight:
    // 21:00–24:00 = 180 on the start day, 00:00–05:00 less the break = 300 − 30 = 270 on the next.
    expect(n).toMatchObject({
      start: 1260,
      end: 1740,
      workedMinutes: 450,
      minutesByCivilDay: [180, 270],
      night: true,
    });
    expect(n!.nightMinutes).toBe(450);
    // 05:00–06:00 lies in the night period, one hour: not a night shift (3 h needed).
    expect(morning).toMatchObject({
      workedMinutes: 450,
      minutesByCivilDay: [450, 0],
      nightMinutes: 60,
      night: false,
    });
    expect(afternoon).toMatchObject({ end: 1260, nightMinutes: 0, night: false });
  });

  it('split a night shift across two civil days around its break: 22:00–06:00, break at 00:00', () => {
    const t = shiftTemplateSchema.parse({
      key: 'late',
      label: 'Late',
      start: '22:00',
      end: '06:00',
      breaks: [{ start: '00:00', minutes: 30 }],
    });
    const timing = shiftTimingOn(t, '2026-02-10', 'Europe/Paris');
    // 22:00–24:00 = 120 on the 10th; 00:30–06:00 = 330 on the 11th; all of it inside 21:00–06:00.
    expect(timing.minutesByCivilDay).toEqual([120, 330]);
    expect(timing.workedMinutes).toBe(450);
    expect(timing.nightMinutes).toBe(450);
  });

  it('measure real time across the March clock change in Europe/Paris: one hour less', () => {
    // Night of Saturday 28 to Sunday 29 March 2026: 21:00 CET (20:00Z) to 05:00 CEST (03:00Z) = 7 h, not 8.
    const short = shiftTimingOn(night, '2026-03-28', 'Europe/Paris');
    expect((short.endMs - short.startMs) / 60_000).toBe(420);
    expect(short.workedMinutes).toBe(420 - 30);
    // Midnight is 23:00Z: 180 min on the 28th; 23:00Z–03:00Z = 240 less the 30-min break on the 29th.
    expect(short.minutesByCivilDay).toEqual([180, 210]);
    // The next night is back to 8 h: 480 − 30.
    expect(shiftTimingOn(night, '2026-03-29', 'Europe/Paris').workedMinutes).toBe(450);
    // And the October night has one more hour: 540 − 30.
    expect(shiftTimingOn(night, '2026-10-24', 'Europe/Paris').workedMinutes).toBe(510);
  });

  it('list the templates that cannot follow each one under 11 h of daily rest', () => {
    const [morning, afternoon, n] = deriveTemplates(DEFAULT_SHIFT_TEMPLATES, derivation);
    // Afternoon ends 21:00, next morning starts 05:00: 8 h of rest.
    expect(nominalRestMinutes(afternoon!.template, morning!.template)).toBe(480);
    expect(afternoon!.cannotFollow).toEqual(['morning']);
    // Night ends 05:00: a morning starts at once (0 h), an afternoon after 8 h; another night after 16 h.
    expect(n!.cannotFollow).toEqual(['morning', 'afternoon']);
    expect(morning!.cannotFollow).toEqual([]);
    const strict = deriveTemplates(DEFAULT_SHIFT_TEMPLATES, {
      ...derivation,
      forbidden: [{ from: 'morning', to: 'night' }],
    });
    expect(strict[0]!.cannotFollow).toEqual(['night']);
  });

  it('reject a break outside its shift', () => {
    const r = shiftTemplateSchema.safeParse({
      key: 'x',
      label: 'X',
      start: '08:00',
      end: '12:00',
      breaks: [{ start: '13:00', minutes: 20 }],
    });
    expect(r.success).toBe(false);
  });

  it('find the 20-minute break missing before 6 h of work in a row', () => {
    const t = (breaks: ShiftTemplate['breaks']) =>
      shiftTemplateSchema.parse({ key: 'early', label: 'Early', start: '06:00', end: '13:00', breaks });
    // 7 h without a break: 420 worked, 420 in a row.
    expect(breakShortfall(t([]), 360, 20)).toEqual({
      workedMinutes: 420,
      longestStretchMinutes: 420,
      longestBreakMinutes: 0,
    });
    // A 15-minute pause is too short to count: 405 min in a row.
    expect(breakShortfall(t([{ start: '09:00', minutes: 15 }]), 360, 20)?.longestStretchMinutes).toBe(405);
    // 20 min at 11:30: 330 then 70 minutes: fine.
    expect(breakShortfall(t([{ start: '11:30', minutes: 20 }]), 360, 20)).toBeNull();
    // 20 min at 12:10 comes after 370 minutes: too late.
    expect(breakShortfall(t([{ start: '12:10', minutes: 20 }]), 360, 20)?.longestStretchMinutes).toBe(370);
    // Under 6 h of work there is nothing to check.
    expect(breakShortfall({ start: '08:00', end: '13:30', breaks: [] }, 360, 20)).toBeNull();
    expect(DEFAULT_SHIFT_TEMPLATES.map((d) => breakShortfall(d, 360, 20))).toEqual([null, null, null]);
  });
});
