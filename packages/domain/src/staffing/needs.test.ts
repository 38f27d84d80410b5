import { describe, expect, it } from 'vitest';
import type { Shift } from '../planning/profiles.ts';
import { isDomainError } from '../shared/errors.ts';
import {
  exposureWeightedHours,
  productiveHoursPerHead,
  type ShiftWorkload,
  type StaffingNeed,
  staffingNeeds,
  workedHoursOfShift,
} from './needs.ts';
import { equipmentLicences, qualificationFor, staffingRulesSchema } from './staffing-rules.ts';

const DAY = '2026-03-02';
/** 8 h with a 1 h break = 7 h worked, the handbook's day. */
const shifts: Shift[] = [
  { key: 'morning', start: '05:00', end: '13:00', breakMinutes: 60 },
  { key: 'night', start: '21:00', end: '05:00', breakMinutes: 60 },
];
/** No absenteeism, non-productive or indirect time: one person = 7 productive hours, so the arithmetic stays visible. */
const bare = staffingRulesSchema.parse({
  absenteeism: 0,
  nonProductiveShare: 0,
  indirectShare: 0,
  zoneTemperature: { 'Z-NEG': 'negative_cold', 'Z-POS': 'positive_cold' },
});
const work = (
  activity: ShiftWorkload['activity'],
  hours: number,
  zoneId: string | null = null,
): ShiftWorkload => ({
  day: DAY,
  shift: 'morning',
  activity,
  zoneId,
  hours,
});
const heads = (needs: StaffingNeed[]) => Object.fromEntries(needs.map((n) => [n.qualification, n.headcount]));

describe('productive hours per head', () => {
  it("is the handbook's 7 h × 0.93 × 0.92 = 5.9892 h", () => {
    expect(workedHoursOfShift(shifts[0]!)).toBe(7); // (480 − 60) / 60
    expect(workedHoursOfShift(shifts[1]!)).toBe(7); // across midnight
    const rules = staffingRulesSchema.parse({ absenteeism: 0.07, nonProductiveShare: 0.08 });
    expect(productiveHoursPerHead(shifts[0]!, rules)).toBeCloseTo(5.9892, 4);
  });

  it('shrinks with planned new temps: 7 × (1 − 0.2 × (1 − 0.75)) = 7 × 0.95 = 6.65 h', () => {
    const rules = staffingRulesSchema.parse({ ...bare, newTempShare: 0.2, newTempEfficiency: 0.75 });
    expect(productiveHoursPerHead(shifts[0]!, rules)).toBeCloseTo(6.65, 10);
  });
});

describe('staffingNeeds', () => {
  it("reproduces the handbook's example per shift: 118.58 h +15 % ⇒ 22.77 FTE ⇒ 23 pickers and 2 team leaders", () => {
    const rules = staffingRulesSchema.parse({
      absenteeism: 0.07,
      nonProductiveShare: 0.08,
      indirectShare: 0.15,
    });
    const needs = staffingNeeds({ workloadByShift: [work('picking', 12_000 / 110 / 0.92)], shifts, rules });
    const pickers = needs.find((n) => n.qualification === 'picker')!;
    // 118.577 × 1.15 = 136.364 h; / 5.9892 = 22.768 FTE → 23 heads
    expect(pickers.hours).toBeCloseTo(136.364, 3);
    expect(pickers.fte).toBeCloseTo(22.768, 3);
    expect(pickers.headcount).toBe(23);
    // ceil(23 / 12) = 2 team leaders, present 7 h each = 14 h
    const leaders = needs.find((n) => n.qualification === 'team_leader')!;
    expect(leaders).toMatchObject({ headcount: 2, hours: 14 });
    expect(leaders.reasons).toEqual([{ code: 'SPAN_OF_CONTROL', params: { operators: 23, span: 12 } }]);
  });

  it('splits drivers by the licence of the equipment each activity uses', () => {
    const needs = staffingNeeds({
      workloadByShift: [
        work('putaway', 6),
        work('replenishment', 4),
        work('loading', 5),
        work('receiving', 3),
        work('picking', 20),
      ],
      shifts,
      rules: bare,
    });
    // reach R489:5: (6 + 4) / 7 = 1.43 → 2; counterbalance R489:3: 5 / 7 → 1; ride-on pallet truck R489:1A: 3 / 7 → 1;
    // pickers 20 / 7 = 2.86 → 3; 2 + 1 + 1 + 3 = 7 operators → 1 team leader
    expect(heads(needs)).toEqual({ 'R489:5': 2, 'R489:3': 1, 'R489:1A': 1, picker: 3, team_leader: 1 });
  });

  it('weighs freezer hours by the exposure limit: 6 h inside need 6 / 0.75 = 8 h of people', () => {
    expect(exposureWeightedHours(6, 0.75)).toBe(8);
    const needs = staffingNeeds({ workloadByShift: [work('picking', 6, 'Z-NEG')], shifts, rules: bare });
    const cold = needs.find((n) => n.qualification === 'cold_room_operator')!;
    // 8 / 7 = 1.14 FTE → 2 heads, where ambient picking would need 6 / 7 → 1
    expect(cold.fte).toBeCloseTo(8 / 7, 10);
    expect(cold.headcount).toBe(2);
    expect(cold.reasons).toContainEqual({
      code: 'COLD_EXPOSURE_LIMIT',
      params: { coldRange: 'IV', exposureShare: 0.75, coldHours: 6 },
    });
    // chilled (range II, 150 / 160 = 0.9375): 6.5 h → 6.933 h → 0.99 FTE → 1 head, then never alone → 2
    const chilled = staffingNeeds({ workloadByShift: [work('picking', 6.5, 'Z-POS')], shifts, rules: bare });
    expect(chilled[0]?.fte).toBeCloseTo(6.5 / 0.9375 / 7, 10);
  });

  it('never leaves one person alone in the cold', () => {
    // 3 h / 0.75 = 4 h → 0.57 FTE → 1 head → raised to 2
    const needs = staffingNeeds({ workloadByShift: [work('picking', 3, 'Z-NEG')], shifts, rules: bare });
    expect(needs[0]).toMatchObject({ qualification: 'cold_room_operator', headcount: 2 });
    expect(needs[0]?.reasons.at(-1)).toEqual({ code: 'COLD_NEVER_ALONE', params: { minimum: 2 } });
    // a reach-truck driver in the freezer counts as the second person
    const withDriver = staffingNeeds({
      workloadByShift: [work('picking', 3, 'Z-NEG'), work('putaway', 2, 'Z-NEG')],
      shifts,
      rules: bare,
    });
    expect(heads(withDriver)).toEqual({ cold_room_operator: 1, 'R489:5': 1, team_leader: 1 });
    const off = staffingRulesSchema.parse({ ...bare, applyColdExposure: false, neverAloneInCold: false });
    expect(
      heads(staffingNeeds({ workloadByShift: [work('picking', 3, 'Z-NEG')], shifts, rules: off })),
    ).toEqual({
      cold_room_operator: 1,
      team_leader: 1,
    });
  });

  it('throws on a workload shift the profile does not define', () => {
    try {
      staffingNeeds({ workloadByShift: [{ ...work('picking', 1), shift: 'evening' }], shifts, rules: bare });
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('SHIFT_UNKNOWN');
    }
  });
});

describe('qualification of an activity', () => {
  it("reads the licence from the site's equipment types; equipment without CACES falls back to the role", () => {
    const licences = equipmentLicences([
      { code: 'REACH', licence: { scheme: 'R489', category: '5' } },
      { code: 'WALKIE', licence: null },
    ]);
    expect(licences).toEqual({ REACH: 'R489:5', WALKIE: null });
    const rules = staffingRulesSchema.parse({
      equipmentLicences: licences,
      equipmentByActivity: { putaway: 'REACH', receiving: 'WALKIE' },
    });
    expect(qualificationFor('putaway', null, rules)).toEqual({ qualification: 'R489:5', coldRange: null });
    expect(qualificationFor('receiving', null, rules)).toEqual({
      qualification: 'receiver',
      coldRange: null,
    });
    expect(qualificationFor('packing', null, rules)).toEqual({ qualification: 'picker', coldRange: null });
  });

  it('rejects an activity mapped to equipment the site does not list', () => {
    const r = staffingRulesSchema.safeParse({ equipmentByActivity: { putaway: 'VNA' } });
    expect(r.error?.issues[0]?.message).toBe('EQUIPMENT_UNKNOWN');
  });
});
