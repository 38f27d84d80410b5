import { describe, expect, it } from 'vitest';
import { siteCalendarSchema } from '../shared/calendar.ts';
import type { ProductivityStandard } from './activity.ts';
import { operatingProfileSchema } from './profiles.ts';
import { computeWorkload, directHours, type VolumeInput } from './workload.ts';

const calendar = siteCalendarSchema.parse({});
const profile = operatingProfileSchema.parse({});
const MON = '2026-03-02';
const TUE = '2026-03-03';

function std(
  activity: ProductivityStandard['activity'],
  method: string,
  unit: ProductivityStandard['unit'],
  minutesPerUnit: number,
  extra: Partial<ProductivityStandard> = {},
): ProductivityStandard {
  return {
    id: `${activity}-${method}-${unit}-${extra.zoneId ?? ''}`,
    siteId: 's1',
    activity,
    method,
    unit,
    minutesPerUnit,
    zoneId: null,
    allowancePfd: 0.12,
    efficiency: 1,
    ...extra,
  };
}
const vol = (flow: VolumeInput['flow'], day: string, quantity: number, clientId = 'c1'): VolumeInput => ({
  clientId,
  flow,
  day,
  quantity,
});

describe('direct hours', () => {
  it('volume × minutes × (1 + PF&D) / efficiency / 60', () => {
    // 100 pallets × 3 min × 1.12 / 1 / 60 = 336 / 60 = 5.6 h
    expect(directHours(100, { minutesPerUnit: 3, allowancePfd: 0.12, efficiency: 1 })).toBeCloseTo(5.6, 10);
    // 100 × 3 × 1.15 / 0.7 / 60 = 345 / 0.7 / 60 = 8.2143 h (freezer standard)
    expect(directHours(100, { minutesPerUnit: 3, allowancePfd: 0.15, efficiency: 0.7 })).toBeCloseTo(
      8.2143,
      4,
    );
  });
});

describe('computeWorkload', () => {
  it("reproduces the handbook's direct hours: 12,000 lines at 110 lines/h, η 0.92 ⇒ 118.6 h", () => {
    // 60 / 110 min per line, no PF&D (the rate already holds it), η = 0.92
    const standards = [
      std('picking', 'rf_scan', 'order_line', 60 / 110, { allowancePfd: 0, efficiency: 0.92 }),
    ];
    const w = computeWorkload({ volumes: [vol('order_lines', MON, 12_000)], standards, profile, calendar });
    // 12,000 × (60 / 110) / 0.92 / 60 = 118.577 h
    expect(w.byDay).toHaveLength(1);
    expect(w.byDay[0]?.hours).toBeCloseTo(118.577, 3);
    // picking 05:00–13:00 (cut-off 14:00 − 1 h packing lag): 118.577 / 8 = 14.822 h an hour
    expect(w.hourly.map((h) => h.hour)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(w.hourly[0]?.hours).toBeCloseTo(14.822, 3);
    // all in the morning shift
    expect(w.byShift.map((s) => [s.shift, Number(s.hours.toFixed(3))])).toEqual([['morning', 118.577]]);
    expect(w.issues).toEqual([]);
  });

  it('spreads putaway 2 h after the trucks, across the morning and afternoon shifts', () => {
    const standards = [
      std('unloading', 'pallet_truck', 'truck', 30),
      std('putaway', 'reach_truck', 'pallet', 3),
    ];
    const w = computeWorkload({
      volumes: [vol('inbound_trucks', MON, 8), vol('putaway_pallets', MON, 160)],
      standards,
      profile,
      calendar,
    });
    // unloading: 8 × 30 × 1.12 / 60 = 4.48 h, 05:00–13:00 → morning
    // putaway: 160 × 3 × 1.12 / 60 = 8.96 h, 07:00–15:00 → morning 6/8 = 6.72 h, afternoon 2/8 = 2.24 h
    const shift = (s: string, a: string) =>
      w.byShift.find((r) => r.shift === s && r.activity === a)?.hours ?? Number.NaN;
    expect(shift('morning', 'unloading')).toBeCloseTo(4.48, 10);
    expect(shift('morning', 'putaway')).toBeCloseTo(6.72, 10);
    expect(shift('afternoon', 'putaway')).toBeCloseTo(2.24, 10);
    expect(w.days).toEqual([{ day: MON, hours: expect.closeTo(13.44, 10), peak: false }]);
  });

  it('reports a missing standard once and never throws', () => {
    const w = computeWorkload({
      volumes: [vol('units_picked', MON, 5000), vol('units_picked', TUE, 4000)],
      standards: [],
      profile,
      calendar,
    });
    expect(w.hourly).toEqual([]);
    expect(w.issues).toEqual([
      {
        code: 'STANDARD_MISSING',
        params: { activity: 'picking', method: 'rf_scan', unit: 'unit', zoneId: null, flow: 'units_picked' },
      },
    ]);
  });

  it('reports volumes on a closed day and still counts their hours', () => {
    const w = computeWorkload({
      volumes: [vol('returns', '2026-03-07', 40)], // a Saturday
      standards: [std('returns', 'manual', 'unit', 1.5)],
      profile,
      calendar,
    });
    // 40 × 1.5 × 1.12 / 60 = 1.12 h
    expect(w.days[0]?.hours).toBeCloseTo(1.12, 10);
    expect(w.issues).toEqual([
      {
        code: 'VOLUME_ON_CLOSED_DAY',
        params: { day: '2026-03-07', flow: 'returns', clientId: 'c1', quantity: 40, dayKind: 'weekly_rest' },
      },
    ]);
  });

  it('carries work past midnight to the next day, in the night shift of the day before', () => {
    const late = operatingProfileSchema.parse({
      inboundArrivalWeights: Array.from({ length: 24 }, (_, h) => (h === 23 ? 1 : 0)),
      activityHours: { putaway: { start: '00:00', end: '24:00' } },
    });
    const w = computeWorkload({
      volumes: [vol('putaway_pallets', MON, 20)],
      standards: [std('putaway', 'reach_truck', 'pallet', 3)],
      profile: late,
      calendar,
    });
    // arrival 23:00 + 2 h = 01:00 on Tuesday; 20 × 3 × 1.12 / 60 = 1.12 h
    expect(w.hourly).toEqual([
      {
        day: TUE,
        hour: 1,
        activity: 'putaway',
        clientId: 'c1',
        zoneId: null,
        hours: expect.closeTo(1.12, 10),
      },
    ]);
    expect(w.byShift).toEqual([
      { day: MON, shift: 'night', activity: 'putaway', zoneId: null, hours: expect.closeTo(1.12, 10) },
    ]);
  });

  it("uses the zone's standard when the client's flow sits in that zone", () => {
    const w = computeWorkload({
      volumes: [vol('putaway_pallets', MON, 100, 'frozen'), vol('putaway_pallets', MON, 100, 'dry')],
      standards: [
        std('putaway', 'reach_truck', 'pallet', 3),
        std('putaway', 'reach_truck', 'pallet', 3, { zoneId: 'Z-NEG', allowancePfd: 0.15, efficiency: 0.7 }),
      ],
      zoneOf: (clientId) => (clientId === 'frozen' ? 'Z-NEG' : null),
      profile,
      calendar,
    });
    // dry 100 × 3 × 1.12 / 60 = 5.6 h; frozen 100 × 3 × 1.15 / 0.7 / 60 = 8.2143 h
    const byZone = (z: string | null) =>
      w.byShift.filter((r) => r.zoneId === z).reduce((s, r) => s + r.hours, 0);
    expect(byZone(null)).toBeCloseTo(5.6, 10);
    expect(byZone('Z-NEG')).toBeCloseTo(8.2143, 4);
  });

  it('flags a day above 1.2 × the mean day as a peak', () => {
    const standards = [std('picking', 'rf_scan', 'order_line', 0.6, { allowancePfd: 0 })];
    // 1,000 lines × 0.6 / 60 = 10 h; 1,400 lines = 14 h. Mean (10 + 10 + 10 + 14) / 4 = 11; 1.2 × 11 = 13.2 < 14
    const volumes = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'].map((d, i) =>
      vol('order_lines', d, i === 3 ? 1400 : 1000),
    );
    const w = computeWorkload({ volumes, standards, profile, calendar });
    expect(w.days.map((d) => d.peak)).toEqual([false, false, false, true]);
    expect(w.peakDays[0]?.params).toMatchObject({ day: '2026-03-05', hours: 14, threshold: 13.2 });
  });

  it('reports hours that no shift covers and quantities that are not numbers', () => {
    const morningOnly = operatingProfileSchema.parse({
      shifts: [{ key: 'morning', start: '05:00', end: '13:00' }],
    });
    const w = computeWorkload({
      volumes: [vol('trucks_loaded', MON, 7), vol('trucks_loaded', TUE, -1)],
      standards: [std('loading', 'pallet_truck', 'truck', 30, { allowancePfd: 0 })],
      profile: morningOnly,
      calendar,
    });
    // 7 × 30 / 60 = 3.5 h over 14:00–21:00: 0.5 h an hour, none in the morning shift
    const outside = w.issues.filter((i) => i.code === 'HOURS_OUTSIDE_SHIFTS');
    expect(outside).toHaveLength(7);
    expect(outside[0]?.params).toMatchObject({ day: MON, hour: 14, hours: 0.5 });
    expect(w.issues.filter((i) => i.code === 'INVALID_QUANTITY')).toHaveLength(1);
    expect(w.byShift).toEqual([]);
  });
});
