// Flow history: the two-year window, closed days at zero, weekly and yearly seasonality, Alsace-Moselle holidays.
import { FLOW_KINDS, type FlowDay, isoWeekday, siteCalendarSchema } from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { generateFlowHistory, historyWindow } from './flow-history.ts';
import { generateDemoSite } from './generate.ts';

const AS_OF = '2025-06-16';
const { bundle, flowDays } = generateDemoSite({ size: 'small', seed: 1, asOf: AS_OF });
const fmcg = bundle.clients.find((c) => c.code === 'EPICEA')!;

function units(days: readonly FlowDay[], clientId: string): FlowDay[] {
  return days.filter((f) => f.clientId === clientId && f.flow === 'units_picked');
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

function site(days: readonly FlowDay[], day: string): number {
  return days.filter((f) => f.day === day).reduce((s, f) => s + f.quantity, 0);
}

describe('historyWindow', () => {
  it('runs from asOf − 2 years to the day before asOf', () => {
    expect(historyWindow('2025-06-16')).toEqual({ from: '2023-06-16', to: '2025-06-15' });
    expect(historyWindow('2028-02-29')).toEqual({ from: '2026-02-28', to: '2028-02-28' });
  });
});

describe('generated flow history (small site)', () => {
  it('covers every day of the window, for every client and every flow kind, in integers', () => {
    const days = [...new Set(flowDays.map((f) => f.day))].sort();
    expect(days[0]).toBe('2023-06-16');
    expect(days.at(-1)).toBe('2025-06-15');
    expect(days).toHaveLength(731);
    expect(flowDays).toHaveLength(731 * bundle.clients.length * FLOW_KINDS.length);
    expect(new Set(flowDays.map((f) => f.flow))).toEqual(new Set(FLOW_KINDS));
    expect(flowDays.every((f) => Number.isInteger(f.quantity) && f.quantity >= 0)).toBe(true);
    expect(flowDays.every((f) => f.siteId === bundle.site.id)).toBe(true);
  });

  it('is zero on Sundays, 1 May, 25 December and the annual inventory day', () => {
    const sundays = flowDays.filter((f) => isoWeekday(f.day) === 7);
    expect(sundays.length).toBeGreaterThan(0);
    expect(sundays.every((f) => f.quantity === 0)).toBe(true);
    for (const day of ['2024-05-01', '2025-05-01', '2023-12-25', '2024-12-25', '2025-01-11']) {
      expect({ day, total: site(flowDays, day) }).toEqual({ day, total: 0 });
    }
  });

  it('works the metropolitan calendar: Good Friday and 26 December are ordinary days', () => {
    expect(site(flowDays, '2024-03-29')).toBeGreaterThan(0);
    expect(site(flowDays, '2024-12-26')).toBeGreaterThan(0);
  });

  it('shows the weekly profile: Monday peak, low Saturday', () => {
    const byWeekday = (w: number) =>
      mean(
        units(flowDays, fmcg.id)
          .filter((f) => isoWeekday(f.day) === w)
          .map((f) => f.quantity),
      );
    expect(byWeekday(1)).toBeGreaterThan(byWeekday(4));
    expect(byWeekday(6)).toBeLessThan(0.5 * byWeekday(4));
    expect(byWeekday(6)).toBeGreaterThan(0);
  });

  it('shows the yearly profile: December above August for the grocery client', () => {
    const monthMean = (m: string) =>
      mean(
        units(flowDays, fmcg.id)
          .filter((f) => f.day.slice(5, 7) === m && f.quantity > 0)
          .map((f) => f.quantity),
      );
    expect(monthMean('12')).toBeGreaterThan(1.1 * monthMean('08'));
  });

  it('keeps related flows in proportion (lines from units, trucks from pallets)', () => {
    const total = (flow: string) =>
      flowDays.filter((f) => f.clientId === fmcg.id && f.flow === flow).reduce((s, f) => s + f.quantity, 0);
    const unitsPerLine = total('units_picked') / total('order_lines');
    expect(unitsPerLine).toBeGreaterThan(1.5);
    expect(unitsPerLine).toBeLessThan(4);
    const palletsPerTruck = total('pallets_shipped') / total('trucks_loaded');
    expect(palletsPerTruck).toBeGreaterThan(25);
    expect(palletsPerTruck).toBeLessThan(36);
    expect(total('returns') / total('units_picked')).toBeLessThan(0.05);
    expect(total('parcels_packed')).toBe(0);
  });
});

describe('generateFlowHistory under Alsace-Moselle law', () => {
  const calendar = siteCalendarSchema.parse({
    region: 'alsace_moselle',
    workingWeekdays: [1, 2, 3, 4, 5, 6],
  });
  const days = generateFlowHistory({
    siteId: 'S',
    seed: 7,
    asOf: '2025-06-16',
    calendar,
    clients: [{ id: 'C', sector: 'fmcg', unitsPerDay: 1000 }],
  });

  it('keeps Good Friday and 26 December at zero', () => {
    for (const day of ['2024-03-29', '2025-04-18', '2023-12-26', '2024-12-26']) {
      expect({ day, total: site(days, day) }).toEqual({ day, total: 0 });
    }
    expect(site(days, '2024-03-28')).toBeGreaterThan(0);
  });
});

describe('generateFlowHistory catch-up', () => {
  // Twelve identical clients average the noise out, so that the bump itself is what is measured.
  const clients = Array.from({ length: 12 }, (_, i) => ({
    id: `C${i}`,
    sector: 'fmcg' as const,
    unitsPerDay: 1000,
  }));
  const calendar = siteCalendarSchema.parse({ workingWeekdays: [1, 2, 3, 4, 5, 6] });
  const days = generateFlowHistory({ siteId: 'S', seed: 3, asOf: '2025-06-16', calendar, clients });

  it('bumps the working day after a public holiday', () => {
    const unitsOn = (day: string) =>
      days.filter((f) => f.day === day && f.flow === 'units_picked').reduce((s, f) => s + f.quantity, 0);
    // Tuesdays after Easter Monday, against the Tuesdays a week later.
    for (const [after, ordinary] of [
      ['2024-04-02', '2024-04-09'],
      ['2025-04-22', '2025-04-29'],
    ] as const) {
      expect(unitsOn(after)).toBeGreaterThan(1.15 * unitsOn(ordinary));
    }
  });
});
