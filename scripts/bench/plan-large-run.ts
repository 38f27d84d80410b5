// One measured run of the plan benchmark, in the fresh process plan-large.ts starts for it: a 1-week warm-up plan
// (HiGHS loaded, catalogues read, as a running server has them), then the 52-week plan, cold code and all, then
// the same plan again warm. Prints the figures as one JSON line.
import { loadConfig } from '@logipilot/app/config';
import { openAppContext } from '@logipilot/app/context';
import { computePlan } from '@logipilot/app/plan/compute-plan';
import type { PlanPhase } from '@logipilot/app/plan/plan-types';

const [dataDir, from] = process.argv.slice(2);
if (!dataDir || !from) throw new Error('usage: plan-large-run.ts DATA_DIR FROM');

const ctx = await openAppContext(loadConfig({ dataDir }, {}));
try {
  const site = (await ctx.db.repos.sites.first())!;
  const admin = (await ctx.db.repos.users.all(site.id)).find((u) => u.role === 'admin')!;
  const actor = {
    userId: admin.id,
    username: admin.username,
    role: admin.role,
    clientId: null,
    siteId: site.id,
  };
  await computePlan(ctx, actor, { from, weeks: 1 });
  const measure = async () => {
    const timings: Partial<Record<PlanPhase, number>> = {};
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const plan = await computePlan(ctx, actor, { from, weeks: 52 }, { timings });
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000, timings, plan };
  };
  const cold = await measure();
  const warm = await measure();
  const { plan } = cold;
  const sum = plan.days.reduce((s, d) => s + d.activities.reduce((t, a) => t + a.hours, 0), 0);
  const result = {
    ms: cold.ms,
    cpuMs: cold.cpuMs,
    timings: cold.timings,
    warmMs: warm.ms,
    warmCpuMs: warm.cpuMs,
    warmTimings: warm.timings,
    consistent: Math.abs(sum - plan.totals.hours) < 1e-6 && plan.days.length === 364,
    employees: (await ctx.db.repos.employees.all(site.id)).length,
    hours: plan.totals.hours,
    overtimeHours: plan.totals.overtimeHours,
    tempHours: plan.totals.tempHours,
    leverLines: plan.levers.lines.length,
    leversStatus: plan.levers.status,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await ctx.close();
}
