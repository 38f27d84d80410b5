import { describe, expect, it } from 'vitest';
import {
  activityWindow,
  hourOf,
  minutesOfDay,
  operatingProfileSchema,
  shiftLengthMinutes,
} from './profiles.ts';

describe('operating profile', () => {
  it('defaults to three 8-hour shifts, trucks 05:00–13:00, cut-off 14:00, putaway 2 h after receipt', () => {
    const p = operatingProfileSchema.parse({});
    expect(p.shifts.map((s) => `${s.key} ${s.start}-${s.end}`)).toEqual([
      'morning 05:00-13:00',
      'afternoon 13:00-21:00',
      'night 21:00-05:00',
    ]);
    expect(p.inboundArrivalWeights.filter((w) => w > 0)).toHaveLength(8);
    expect(p.shippingCutoff).toBe('14:00');
    expect(p.putawayDelayHours).toBe(2);
  });

  it('measures a night shift across midnight: 21:00 → 05:00 = 3 h + 5 h = 480 min', () => {
    expect(shiftLengthMinutes({ start: '21:00', end: '05:00' })).toBe(480);
    expect(shiftLengthMinutes({ start: '05:30', end: '13:00' })).toBe(450);
    expect(minutesOfDay('24:00')).toBe(1440);
    expect(hourOf('14:00')).toBe(14);
  });

  it('uses the site window of an activity, else the default', () => {
    const p = operatingProfileSchema.parse({ activityHours: { vas: { start: '08:00', end: '16:00' } } });
    expect(activityWindow(p, 'vas')).toEqual({ start: '08:00', end: '16:00' });
    expect(activityWindow(p, 'returns')).toEqual({ start: '05:00', end: '21:00' });
  });

  it('rejects windows off the hourly grid or backwards, and an empty arrival profile', () => {
    const bad = (activityHours: unknown) =>
      operatingProfileSchema.safeParse({ activityHours }).error?.issues[0]?.message;
    expect(bad({ vas: { start: '08:30', end: '16:00' } })).toBe('INVALID_WHOLE_HOUR');
    expect(bad({ vas: { start: '16:00', end: '08:00' } })).toBe('WINDOW_END_BEFORE_START');
    const empty = operatingProfileSchema.safeParse({ inboundArrivalWeights: Array(24).fill(0) });
    expect(empty.error?.issues[0]?.message).toBe('ARRIVAL_PROFILE_EMPTY');
  });
});
