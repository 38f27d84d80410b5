// Seasonal naive repeats the last open same weekday; holidays forecast 0 and are never references.
import { type SiteCalendar, siteCalendarSchema } from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { buildDailySeries, daysAfter } from './daily-series.ts';
import { fitSeasonalNaive } from './seasonal-naive.ts';

const calendar: SiteCalendar = siteCalendarSchema.parse({});

describe('fitSeasonalNaive', () => {
  it('repeats each weekday of the last week exactly, closed weekends at 0', () => {
    // Mon 2026-03-02 … Sun 2026-03-15: two weeks, Mon–Fri = 10·week + weekday.
    const history = Array.from({ length: 14 }, (_, i) => {
      const day = `2026-03-${String(i + 2).padStart(2, '0')}`;
      const weekday = (i % 7) + 1;
      return { day, quantity: weekday <= 5 ? 10 * Math.floor(i / 7) + weekday : 0 };
    });
    const series = buildDailySeries(history, calendar);
    const r = fitSeasonalNaive(series);
    if (!r.ok) throw new Error('fit failed');
    const days = daysAfter(series, 14);
    expect(days[0]!.day).toBe('2026-03-16');
    expect(r.model.forecast(days)).toEqual([11, 12, 13, 14, 15, 0, 0, 11, 12, 13, 14, 15, 0, 0]);
  });

  it('skips a holiday as reference and forecasts 0 on the next holiday', () => {
    // Easter Monday 2026-04-06 is a holiday: the Monday reference is 2026-03-30.
    const history = [
      { day: '2026-03-30', quantity: 50 },
      { day: '2026-03-31', quantity: 60 },
      { day: '2026-04-06', quantity: 999 },
      { day: '2026-04-07', quantity: 70 },
      { day: '2026-05-10', quantity: 0 },
    ];
    const series = buildDailySeries(history, calendar);
    expect(series.activityOnClosedDays).toBe(1);
    const r = fitSeasonalNaive(series);
    if (!r.ok) throw new Error('fit failed');
    // Mon 11 May works (reference Mon 30 March: 50), Tue 12 May repeats Tue 7 April (70); Thu 14 May is Ascension.
    const days = daysAfter(series, 5);
    expect(days.map((d) => d.day)).toEqual([
      '2026-05-11',
      '2026-05-12',
      '2026-05-13',
      '2026-05-14',
      '2026-05-15',
    ]);
    const f = r.model.forecast(days);
    expect(f[0]).toBe(50);
    expect(f[1]).toBe(70);
    expect(f[3]).toBe(0);
  });

  it('cannot fit without any observation', () => {
    expect(fitSeasonalNaive(buildDailySeries([], calendar)).ok).toBe(false);
  });
});
