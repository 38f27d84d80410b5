// One run of the large-demo roster benchmark, in the fresh process roster-large.ts starts for it: the 4-week plan's
// staffing needs as demand, the roster model read from the store, the solver on its thread with a time limit, the
// result judged by the domain's evaluator (every rule, not the solver's own score). Prints one JSON line.
import { loadConfig } from '@logipilot/app/config';
import { openAppContext } from '@logipilot/app/context';
import { loadRosterModel } from '@logipilot/app/roster/roster-model';
import { coverageOf } from '@logipilot/app/roster/roster-view';
import { evaluateRoster } from '@logipilot/domain';
import { compileRosterProblem, toRoster } from '@logipilot/solvers/rostering/compile';
import { solveRosterInWorker } from '@logipilot/solvers/rostering/solve-in-worker';

const [dataDir, from, planId, limit, seedText] = process.argv.slice(2);
if (!dataDir || !from || !planId || !limit)
  throw new Error('usage: roster-large-run.ts DATA_DIR FROM PLAN_ID S [SEED]');
const timeLimitSeconds = Number(limit);
const seed = Number(seedText ?? '1');
const DAYS = 28;

const ctx = await openAppContext(loadConfig({ dataDir }, {}));
try {
  const site = (await ctx.db.repos.sites.first())!;
  const started = performance.now();
  const loaded = await loadRosterModel(ctx.db.repos, { siteId: site.id, from, days: DAYS, planId });
  const problem = compileRosterProblem(loaded.model, loaded.rules, loaded.horizon);
  const prepareMs = performance.now() - started;
  const progress: { ms: number; hard: number; soft: number }[] = [];
  const result = await solveRosterInWorker(problem, {
    seed,
    timeLimitSeconds,
    onProgress: (p) => {
      const last = progress.at(-1);
      if (!last || p.best.hard !== last.hard || p.best.soft !== last.soft)
        progress.push({ ms: Math.round(p.elapsedMs), hard: p.best.hard, soft: p.best.soft });
    },
  });
  const totalMs = performance.now() - started;
  const roster = toRoster(problem, result.assignment);
  const evaluation = evaluateRoster(loaded.model, roster, loaded.rules);
  const coverage = coverageOf(loaded.demand, roster.assignments);
  const needed = coverage.reduce((s, r) => s + r.needed, 0);
  const covered = coverage.reduce((s, r) => s + Math.min(r.needed, r.assigned), 0);
  const over = coverage.reduce((s, r) => s + Math.max(0, r.assigned - r.needed), 0);
  const shiftMinutes = new Map(loaded.shifts.map((s) => [s.key, s.workedMinutes]));
  const rateOf = new Map((await ctx.db.repos.rates.all(site.id)).map((r) => [r.qualification, r]));
  let workedMinutes = 0;
  let costCents = 0;
  for (const a of roster.assignments) {
    const minutes = shiftMinutes.get(a.shift) ?? 0;
    workedMinutes += minutes;
    costCents += (minutes / 60) * (rateOf.get(a.qualification)?.loadedHourlyCostCents ?? 0);
  }
  const byCode: Record<string, number> = {};
  for (const v of evaluation.violations) byCode[v.code] = (byCode[v.code] ?? 0) + v.units;
  // Under-cover the staff cannot fill: demand rows where nobody eligible is free that day (whyUncovered's reading).
  const out = {
    people: loaded.people.length,
    qualifications: loaded.qualifications.length,
    days: DAYS,
    cells: problem.employees.length * problem.days,
    prepareMs: Math.round(prepareMs),
    solveMs: Math.round(result.elapsedMs),
    totalMs: Math.round(totalMs),
    iterations: result.iterations,
    solverScore: result.score,
    domainHard: evaluation.hard,
    domainSoft: evaluation.soft,
    hardCodes: Object.fromEntries(
      Object.entries(byCode).filter(([code]) => evaluation.violations.some((v) => v.code === code && v.hard)),
    ),
    violationUnits: byCode,
    needed,
    covered,
    over,
    workedHours: Math.round(workedMinutes / 60),
    costCents: Math.round(costCents),
    progress,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
} finally {
  await ctx.close();
}
