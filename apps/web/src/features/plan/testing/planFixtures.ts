// Small PlanResult builders for the plan page's component tests.
import type { PlanDay, PlanResult } from '../../../api/types.ts';

export function planDay(date: string, overrides: Partial<PlanDay> = {}): PlanDay {
  return {
    date,
    peak: false,
    status: 'working',
    activities: [
      { activity: 'picking', hours: 60 },
      { activity: 'receiving', hours: 20 },
    ],
    shifts: [
      { shift: 'morning', qualification: 'picker', needed: 5, available: 5, gap: 0 },
      { shift: 'afternoon', qualification: 'R489:5', needed: 3, available: 1, gap: 2 },
    ],
    ...overrides,
  };
}

export function planResult(overrides: Partial<PlanResult> = {}): PlanResult {
  const days = overrides.days ?? [planDay('2026-11-30', { peak: true }), planDay('2026-12-01')];
  const hours = days.reduce((s, d) => s + d.activities.reduce((x, a) => x + a.hours, 0), 0);
  return {
    from: days[0]?.date ?? '2026-11-30',
    to: days.at(-1)?.date ?? '2026-11-30',
    scenario: { volumePct: 0, productivityPct: 0, absenteeismPct: 6 },
    forecastVersionIds: ['fv1'],
    days,
    heatmap: days.flatMap((d) => [
      { date: d.date, shift: 'morning', activity: 'picking', hours: 40, headcount: 6 },
      { date: d.date, shift: 'afternoon', activity: 'picking', hours: 20, headcount: 3 },
      { date: d.date, shift: 'morning', activity: 'receiving', hours: 20, headcount: 3 },
    ]),
    levers: {
      status: 'optimal',
      totalCostCents: 123456,
      lines: [
        {
          kind: 'temp',
          day: days[0]?.date ?? '2026-11-30',
          shift: 'afternoon',
          qualification: 'R489:5',
          hours: 14,
          costCents: 40460,
          reason: { code: 'TEMP_CHEAPER_THAN_OVERTIME', params: {} },
          message: 'Intérimaire moins cher que les heures supplémentaires.',
        },
      ],
      explanation: [{ code: 'LEVERS_SUMMARY', params: {}, message: '0 h supplémentaires, 14 h d’intérim.' }],
    },
    tempOrder: [
      {
        date: days[0]?.date ?? '2026-11-30',
        shift: 'afternoon',
        qualification: 'R489:5',
        headcount: 2,
        hours: 14,
      },
    ],
    totals: {
      hours,
      overtimeHours: 0,
      tempHours: 14,
      cost: 123456,
      peakDays: days.filter((d) => d.peak).length,
    },
    issues: [],
    ...overrides,
  };
}
