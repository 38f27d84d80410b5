import { describe, expect, it } from 'vitest';
import { operatingProfileSchema } from './profiles.ts';
import {
  arrivalShares,
  clippedShares,
  describeSpread,
  evenShares,
  SPREAD_RULES,
  shiftedShares,
  spreadShares,
} from './spread.ts';

const profile = operatingProfileSchema.parse({});
const hoursOf = (m: ReadonlyMap<number, number>) => [...m.keys()].sort((a, b) => a - b);

describe('hourly spreading rules', () => {
  it('even shares over [from, to)', () => {
    expect([...evenShares(5, 9)]).toEqual([
      [5, 0.25],
      [6, 0.25],
      [7, 0.25],
      [8, 0.25],
    ]);
    expect(evenShares(9, 9).size).toBe(0);
  });

  it('normalises arrival weights and shifts them', () => {
    const w = Array(24).fill(0);
    w[5] = 3;
    w[6] = 1;
    expect([...arrivalShares(w)]).toEqual([
      [5, 0.75], // 3 / 4
      [6, 0.25], // 1 / 4
    ]);
    expect([...shiftedShares(arrivalShares(w), 2)]).toEqual([
      [7, 0.75],
      [8, 0.25],
    ]);
  });

  it('unloading and receiving follow the trucks (05:00–13:00), putaway 2 h later (07:00–15:00)', () => {
    expect(SPREAD_RULES.unloading).toBe('ARRIVALS');
    expect(hoursOf(spreadShares('unloading', profile).shares)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(hoursOf(spreadShares('receiving', profile).shares)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(hoursOf(spreadShares('putaway', profile).shares)).toEqual([7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('picking ends 1 h before the 14:00 cut-off, packing follows 1 h later and ends at it', () => {
    // window 05:00–21:00 cut to 05:00 → 14 − 1 = 13:00: 8 hours of 1/8
    const picking = spreadShares('picking', profile).shares;
    expect(hoursOf(picking)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(picking.get(5)).toBeCloseTo(1 / 8, 12);
    expect(hoursOf(spreadShares('packing', profile).shares)).toEqual([6, 7, 8, 9, 10, 11, 12, 13]);
    // replenishment 1 h ahead of picking would be 04:00–12:00; its window opens at 05:00, so 05:00–12:00 at 1/7
    const replenishment = spreadShares('replenishment', profile).shares;
    expect(hoursOf(replenishment)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(replenishment.get(5)).toBeCloseTo(1 / 7, 12);
    const early = operatingProfileSchema.parse({
      activityHours: { replenishment: { start: '00:00', end: '24:00' } },
    });
    expect(hoursOf(spreadShares('replenishment', early).shares)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('loading runs from the cut-off to the end of its window (14:00–21:00, 1/7 an hour)', () => {
    const loading = spreadShares('loading', profile).shares;
    expect(hoursOf(loading)).toEqual([14, 15, 16, 17, 18, 19, 20]);
    expect(loading.get(14)).toBeCloseTo(1 / 7, 12);
  });

  it('returns, VAS and inventory spread evenly over their window (05:00–21:00: 1/16 an hour)', () => {
    expect(spreadShares('vas', profile).shares.get(5)).toBeCloseTo(1 / 16, 12);
    expect(spreadShares('returns', profile).shares.size).toBe(16);
  });

  it('clips shares to a window and rescales them', () => {
    // hours 4, 5, 6 at 1/3 each, window 05:00–24:00 → 5 and 6 at 1/2
    expect([...clippedShares(evenShares(4, 7), 5, 24)]).toEqual([
      [5, 0.5],
      [6, 0.5],
    ]);
  });

  it('reports an empty precedence window and falls back to the allowed hours', () => {
    const late = operatingProfileSchema.parse({
      shippingCutoff: '06:00',
      activityHours: { picking: { start: '08:00', end: '16:00' } },
    });
    const r = spreadShares('picking', late);
    expect(r.issues).toEqual([
      { code: 'SPREAD_WINDOW_EMPTY', params: { activity: 'picking', from: 8, to: 5 } },
    ]);
    expect(r.shares.size).toBe(8);
  });

  it('describes each rule with the figures of its sentence', () => {
    expect(describeSpread('putaway', profile)).toEqual({ code: 'AFTER_RECEIPT_DELAY', params: { delay: 2 } });
    expect(describeSpread('picking', profile)).toEqual({
      code: 'BEFORE_CUTOFF',
      params: { from: 5, lag: 1, cutoff: '14:00' },
    });
    expect(describeSpread('loading', profile)).toEqual({
      code: 'AFTER_CUTOFF',
      params: { cutoff: '14:00', to: 21 },
    });
    expect(describeSpread('vas', profile)).toEqual({ code: 'EVEN_IN_WINDOW', params: { from: 5, to: 21 } });
  });
});
