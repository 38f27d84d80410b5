// Scaling a benchmark instance (read from ../shared/bench beside the repository): the larger instance says what the
// original says, repeated and copied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCurtoisInstance } from './curtois.ts';
import { scaleCurtoisInstance } from './curtois-scale.ts';

const bench = new URL('../../../../../shared/bench/', import.meta.url).pathname;

describe('scaleCurtoisInstance', () => {
  it('repeats the horizon, copies the staff and scales the limits and the cover with them', () => {
    const file = join(bench, 'shift-scheduling/instances', 'Instance2.txt');
    const text = readFileSync(file, 'utf8');
    const original = parseCurtoisInstance(text, file);
    const scaled = parseCurtoisInstance(scaleCurtoisInstance(text, 3, 2), 'scaled');
    expect(scaled.days).toBe(original.days * 3);
    expect(scaled.employees.map((e) => e.id)).toEqual([
      ...original.employees.map((e) => e.id),
      ...original.employees.map((e) => `${e.id}x1`),
    ]);
    const first = original.employees[0]!;
    for (const copy of [scaled.employees[0]!, scaled.employees[original.employees.length]!]) {
      expect(copy.maxMinutes).toBe(first.maxMinutes! * 3);
      expect(copy.unavailable.length).toBe(first.unavailable.length * 3);
      expect(copy.unavailable.map((u) => u.day).slice(first.unavailable.length)).toEqual(
        first.unavailable
          .map((u) => u.day + original.days)
          .concat(first.unavailable.map((u) => u.day + 2 * original.days)),
      );
    }
    const need = (p: typeof original, day: number) =>
      p.cover.filter((c) => c.day === day).reduce((sum, c) => sum + c.requirement, 0);
    for (let d = 0; d < original.days; d++) {
      expect(need(scaled, d)).toBe(2 * need(original, d));
      expect(need(scaled, d + 2 * original.days)).toBe(2 * need(original, d));
    }
  });
});
