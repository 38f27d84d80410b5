// The matrix form handed to HiGHS is the LP text's problem: same columns in the same order, same answer.
import type { IsoDate } from '@logipilot/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type LinearModel, toLpText, toMatrixModel } from './linear-model.ts';
import { buildLeverModel } from './model.ts';
import { sampleGap, sampleOptions, samplePerson, sampleRate } from './sample-plan.ts';
import { type Highs, LEVER_SOLVER_OPTIONS, loadHighs, solveWithHighs } from './solve-highs.ts';

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

const DAYS = ['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14'];

describe('toMatrixModel', () => {
  it('orders columns as an LP reader meets them, drops zero terms and empty rows, sums a repeated name', () => {
    const model: LinearModel = {
      variables: [
        { name: 'a', lb: 0, ub: Number.POSITIVE_INFINITY, cost: 0 },
        { name: 'b', lb: 0, ub: 4, cost: 2 },
        { name: 'c', lb: 1, ub: 3, cost: 0 },
        { name: 'd', lb: 0, ub: 1, cost: 0 },
      ],
      rows: [
        { name: 'empty', terms: [['a', 0]], sense: '<=', rhs: 1 },
        {
          name: 'r1',
          terms: [
            ['c', 1],
            ['a', 2],
            ['c', 0.5],
          ],
          sense: '>=',
          rhs: 1.0000000001,
        },
        { name: 'r2', terms: [['b', -1]], sense: '=', rhs: 0 },
      ],
    };
    const m = toMatrixModel(model);
    expect(m.colNames).toEqual(['b', 'c', 'a', 'd']);
    expect([...m.starts]).toEqual([0, 2, 3]);
    expect([...m.indices]).toEqual([1, 2, 0]);
    expect([...m.values]).toEqual([1.5, 2, -1]);
    expect([...m.rowLower]).toEqual([1, 0]);
    expect([...m.rowUpper]).toEqual([Number.POSITIVE_INFINITY, 0]);
    expect([...m.colLower]).toEqual([0, 1, 0, 0]);
    expect([...m.colUpper]).toEqual([4, 3, Number.POSITIVE_INFINITY, 1]);
    expect([...m.colCost]).toEqual([2, 0, 0, 0]);
  });

  it('gives the same solution as HiGHS reading the LP text', () => {
    const { model } = buildLeverModel({
      gaps: DAYS.flatMap((d, i) => [
        sampleGap(d, 6 + i),
        sampleGap(d, 3, { shift: 'afternoon' }),
        sampleGap(d, 2, { qualification: 'loader' }),
      ]),
      people: [
        samplePerson('e1', DAYS, 2),
        samplePerson('e2', DAYS, 3, { qualifications: ['picker', 'loader'] }),
        samplePerson('e3', DAYS.slice(2), 1.5),
      ],
      rates: [sampleRate(), sampleRate({ id: 'r2', qualification: 'loader' })],
      shiftHours: { morning: 7, afternoon: 7 },
      options: sampleOptions({ planStart: DAYS[0] as IsoDate, backlogMaxShareNextDay: 0.05 }),
    });
    const text = highs.solve(toLpText(model), { ...LEVER_SOLVER_OPTIONS, random_seed: 1 });
    const matrix = solveWithHighs(highs, model, { seed: 1 });
    expect(matrix.status).toBe('optimal');
    expect(text.Status).toBe('Optimal');
    expect(matrix.objective).toBeCloseTo(text.ObjectiveValue, 6);
    for (const [name, column] of Object.entries(text.Columns)) {
      expect(matrix.values.get(name), name).toBe('Primal' in column ? column.Primal : undefined);
    }
  });
});
