// The solver's evaluator and the domain's readable one agree: on random rosters of a hand-made site, the same hard
// and soft totals and, per rule and person, the same penalties (daily rest is the solver's shift succession; the
// break and cold-room rules exist in the domain only). Two weeks without a clock change (the solver reads a
// shift's nominal length; the domain reads real time).
import {
  evaluateRoster as evaluateInDomain,
  FRENCH_LEGAL_RULES,
  rosterModelSchema,
  rosterRuleSetSchema,
} from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { compileRosterProblem, rosterChangeWeight, toAssignment, toRoster } from './compile.ts';
import { evaluateRoster } from './evaluate.ts';
import type { Assignment } from './problem.ts';
import { horizon, model } from './sample-site.ts';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAIN_ONLY = new Set(['ROSTER_BREAK', 'ROSTER_COLD_ROTATION']);
const AS_SOLVER: Record<string, string> = { ROSTER_DAILY_REST: 'ROSTER_SHIFT_SUCCESSION' };

/** Σ penalty per rule code and person, rounded to the millionth. */
function byCodeAndPerson(violations: readonly { code: string; penalty: number; employeeId?: string }[]) {
  const out = new Map<string, number>();
  for (const v of violations) {
    if (DOMAIN_ONLY.has(v.code)) continue;
    const key = `${AS_SOLVER[v.code] ?? v.code}|${v.employeeId ?? ''}`;
    out.set(key, (out.get(key) ?? 0) + v.penalty);
  }
  return new Map(
    [...out].filter(([, p]) => Math.abs(p) > 1e-9).map(([k, p]) => [k, Math.round(p * 1e6) / 1e6]),
  );
}

describe('solver and domain evaluators agree', () => {
  const rules = rosterRuleSetSchema.parse({
    ...FRENCH_LEGAL_RULES,
    weekendFairness: { ...FRENCH_LEGAL_RULES.weekendFairness, enabled: true },
    nightFairness: { ...FRENCH_LEGAL_RULES.nightFairness, enabled: true },
  });
  const problem = compileRosterProblem(model, rules, horizon);

  it('on 150 random rosters, mostly within each person’s slots, sometimes not', () => {
    const next = random(7);
    let infeasible = 0;
    for (let k = 0; k < 150; k++) {
      const assignment: Assignment = problem.employees.map((e) => {
        const row = new Int32Array(problem.days);
        for (let d = 0; d < problem.days; d++) {
          const r = next();
          if (r < 0.35) row[d] = -1;
          else if (r < 0.95 && e.slots.length > 0) row[d] = e.slots[Math.floor(next() * e.slots.length)]!;
          else row[d] = Math.floor(next() * problem.slots.length);
        }
        return row;
      });
      const roster = toRoster(problem, assignment);
      expect(toAssignment(problem, roster)).toEqual(assignment);
      const solver = evaluateRoster(problem, assignment);
      const domain = evaluateInDomain(model, roster, rules);
      const named = solver.violations.map((v) => ({
        code: v.code,
        penalty: v.penalty,
        ...(v.employee === undefined ? {} : { employeeId: problem.employees[v.employee]!.id }),
      }));
      expect(byCodeAndPerson(named), `roster ${k}`).toEqual(byCodeAndPerson(domain.violations));
      const domainOnly = domain.violations.filter((v) => DOMAIN_ONLY.has(v.code));
      const domainOnlyHard = domainOnly.filter((v) => v.hard).reduce((s, v) => s + v.penalty, 0);
      const domainOnlySoft = domainOnly.filter((v) => !v.hard).reduce((s, v) => s + v.penalty, 0);
      expect(solver.score.hard).toBeCloseTo(domain.hard - domainOnlyHard, 6);
      expect(solver.score.soft).toBeCloseTo(domain.soft - domainOnlySoft, 6);
      if (solver.score.hard > 0) infeasible++;
    }
    // The sample is not all of one kind: most random rosters break a hard rule, a few need not.
    expect(infeasible).toBeGreaterThan(50);
  });

  it('counts a change to the published roster the same way', () => {
    const base = toRoster(
      problem,
      problem.employees.map(() => new Int32Array(problem.days).fill(-1)),
    );
    const published = rosterModelSchema.parse({ ...model, published: base });
    const changed: Assignment = problem.employees.map((e, i) => {
      const row = new Int32Array(problem.days).fill(-1);
      if (i === 0 && e.slots[0] !== undefined) row[0] = e.slots[0];
      return row;
    });
    const solver = evaluateRoster(problem, changed, {
      initial: toAssignment(problem, base),
      changeWeight: rosterChangeWeight(rules),
    });
    const domain = evaluateInDomain(published, toRoster(problem, changed), rules);
    const solverChanged = solver.violations.filter((v) => v.code === 'ROSTER_CHANGED');
    const domainChanged = domain.violations.filter((v) => v.code === 'ROSTER_CHANGED');
    expect(solverChanged.reduce((s, v) => s + v.penalty, 0)).toBe(rosterChangeWeight(rules));
    expect(domainChanged.reduce((s, v) => s + v.penalty, 0)).toBe(rosterChangeWeight(rules));
  });
});
