// Small hand-sized inputs shared by the levers tests: one rate table, one person, default options.
import type { IsoDate, Rate } from '@logipilot/domain';
import type { LeverGap, LeverOptions, LeverPerson } from './types.ts';

/** Picker: loaded 18.00 €/h (overtime +25 % = 22.50 €), gross 12.50 € × 1.95 = 24.38 € per temp hour. */
export function sampleRate(over: Partial<Rate> = {}): Rate {
  return {
    id: 'r-picker',
    siteId: 's1',
    qualification: 'picker',
    loadedHourlyCostCents: 1800,
    grossHourlyWageCents: 1250,
    overtimePremium25: 0.25,
    overtimePremium50: 0.5,
    nightPremium: 0.15,
    sundayPremium: 0.5,
    tempAgencyCoefficient: 1.95,
    ...over,
  } as Rate;
}

export function sampleOptions(over: Partial<LeverOptions> = {}): LeverOptions {
  return {
    tempLeadTimeDays: 0,
    tempRampUp: [0.6, 0.8, 1],
    tempMinHoursPerDay: 0,
    shiftExtensionMaxHours: 0,
    backlogMaxShareNextDay: 0,
    serviceLevel: 0.98,
    planStart: '2025-03-10' as IsoDate,
    ...over,
  };
}

export function sampleGap(day: string, gap: number, over: Partial<LeverGap> = {}): LeverGap {
  const needed = over.needed ?? 100;
  return {
    day: day as IsoDate,
    shift: 'morning',
    qualification: 'picker',
    needed,
    available: needed - gap,
    gap,
    ...over,
  };
}

/** A picker with the same flat capacity (all at +25 %) on every given day. */
export function samplePerson(
  id: string,
  days: string[],
  hoursPerDay: number,
  over: Partial<LeverPerson> = {},
): LeverPerson {
  return {
    employeeId: id,
    qualifications: ['picker'],
    capacityByDay: days.map((day) => ({
      day,
      maxExtraHours: hoursPerDay,
      tiers: [{ kind: 'overtime_first', premium: 0.25, hours: hoursPerDay, countsTowardQuota: true }],
      explain: [{ code: 'OVERTIME_DAILY_LIMIT', params: { day } }],
    })),
    ...over,
  };
}
