// Ridge least squares: exact fits, penalised columns, singular systems.
import { describe, expect, it } from 'vitest';
import { cholesky, solveRidge } from './least-squares.ts';

describe('solveRidge', () => {
  it('recovers an exact line', () => {
    const beta = solveRidge(
      [
        [1, 0],
        [1, 1],
        [1, 2],
        [1, 3],
      ],
      [1, 3, 5, 7],
      [0, 0],
    )!;
    expect(beta[0]).toBeCloseTo(1, 10);
    expect(beta[1]).toBeCloseTo(2, 10);
  });

  it('a penalty keeps an all-zero column at 0 instead of failing', () => {
    const rows = [
      [1, 0],
      [1, 0],
    ];
    expect(solveRidge(rows, [2, 4], [0, 0])).toBeNull();
    const beta = solveRidge(rows, [2, 4], [0, 1e-6])!;
    expect(beta[0]).toBeCloseTo(3, 10);
    expect(beta[1]).toBe(0);
  });

  it('Cholesky refuses a matrix that is not positive definite', () => {
    expect(
      cholesky([
        [1, 2],
        [2, 1],
      ]),
    ).toBeNull();
  });
});
