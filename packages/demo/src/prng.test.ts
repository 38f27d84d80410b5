// The seeded generator: same key → same stream, forks independent of each other, helpers stay in range.
import { describe, expect, it } from 'vitest';
import { mix32, normalFromHashes, Rng } from './prng.ts';

const draws = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.next());

describe('Rng', () => {
  it('gives the same stream for the same key and another for another key', () => {
    expect(draws(new Rng('a'), 20)).toEqual(draws(new Rng('a'), 20));
    expect(draws(new Rng('a'), 20)).not.toEqual(draws(new Rng('b'), 20));
  });

  it('forks streams that do not depend on how much the parent has drawn', () => {
    const parent = new Rng('site');
    const before = draws(parent.fork('skus'), 5);
    draws(parent, 100);
    expect(draws(parent.fork('skus'), 5)).toEqual(before);
    expect(draws(parent.fork('staff'), 5)).not.toEqual(before);
  });

  it('keeps int, pick and weighted within their bounds', () => {
    const rng = new Rng('bounds');
    for (let i = 0; i < 1000; i++) {
      const v = rng.int(3, 7);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(7);
    }
    expect(['x', 'y']).toContain(rng.pick(['x', 'y']));
    expect(rng.weighted([['only', 1]] as const)).toBe('only');
    expect(
      rng.weighted([
        ['never', 0],
        ['always', 1],
      ] as const),
    ).toBe('always');
  });

  it('draws normal deviates with mean ≈ 0 and sd ≈ 1', () => {
    const rng = new Rng('normal');
    const xs = Array.from({ length: 20_000 }, () => rng.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });
});

describe('hash noise', () => {
  it('is a pure function of its integers', () => {
    expect(mix32(1, 2, 3)).toBe(mix32(1, 2, 3));
    expect(mix32(1, 2, 3)).not.toBe(mix32(1, 2, 4));
    expect(Number.isFinite(normalFromHashes(mix32(0), mix32(0, 0)))).toBe(true);
  });
});
