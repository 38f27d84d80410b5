// Generates a demo site and writes it into an open store (shared by `demo` and `start`); reports what was created.
import type { AppContext } from '@logipilot/app/context';
import type { DemoSize } from '@logipilot/demo';
import type { Site } from '@logipilot/domain';
import type { Output } from './output.ts';
import { startProgress } from './progress.ts';

export interface DemoSeeded {
  site: Pick<Site, 'id' | 'code' | 'name'>;
  counts: Record<string, number>;
}

export async function seedDemoSite(
  ctx: AppContext,
  request: { size: DemoSize; seed: number; asOf: string },
  out: Output,
): Promise<DemoSeeded> {
  // Loaded on use: `--help` and usage errors should not pay for the generator and the stores.
  const [
    { generateDemoSite, generateDemoHistory, demoCostModel },
    { hashPassword },
    { seedSite },
    { seedHistory },
  ] = await Promise.all([
    import('@logipilot/demo'),
    import('@logipilot/app/auth/password'),
    import('@logipilot/app/seed/seed-site'),
    import('@logipilot/app/kpi/seed-history'),
  ]);
  out.log(out.t('demo.generating', { ...request, size: out.t(`demo.size.${request.size}`) }));
  const demo = generateDemoSite(request);
  // scrypt runs on libuv's thread pool: hashing the logins together overlaps them.
  const users = await Promise.all(
    demo.users.map(async ({ user, password }) => ({ user, passwordHash: await hashPassword(password) })),
  );
  const progress = startProgress(out, out.t('progress.seed'));
  let seeded: Awaited<ReturnType<typeof seedSite>>;
  try {
    seeded = await seedSite(
      ctx,
      { bundle: demo.bundle, flowDays: demo.flowDays, users, costModel: demoCostModel(demo.bundle) },
      (p) => progress.update(p.done, p.total),
    );
  } finally {
    progress.stop();
  }
  const { site } = demo.bundle;
  // The WMS history the dashboards read: generated inside the event store, then summed into the daily KPI facts.
  const history = generateDemoHistory(demo, request);
  const historyProgress = startProgress(out, out.t('progress.history'));
  let events: Awaited<ReturnType<typeof seedHistory>>;
  try {
    events = await seedHistory(ctx, site.id, history, (done, total) => historyProgress.update(done, total));
  } finally {
    historyProgress.stop();
  }
  // The year's initial budget and the actuals of its closed months, so that the budget page shows variances.
  const { seedDemoCosting } = await import('@logipilot/app/costing/seed-costing');
  const costing = await seedDemoCosting(ctx, site.id, request.asOf, request.seed);
  const counts = {
    ...seeded.counts,
    history: Object.values(events.counts).reduce((a, b) => a + (b ?? 0), 0),
    budgetVersions: 1,
    budgetActuals: costing.rows,
  };
  return { site: { id: site.id, code: site.code, name: site.name }, counts };
}

/** One line per collection, with the localized collection name. */
export function countLines(out: Output, counts: Record<string, number>): string[] {
  return Object.entries(counts).map(([key, count]) =>
    out.t('count.line', { label: out.t(`collection.${key}`), count }),
  );
}
