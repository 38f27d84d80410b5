// Every drift the demo generator injects is found by the drift detection within two weeks of its start.
import { generateDemoHistory, generateDemoSite } from '@logipilot/demo';
import { type Actor, addDays, kpiById } from '@logipilot/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../context.ts';
import { seedSite } from '../seed/seed-site.ts';
import { openTestContext } from '../seed/test-context.ts';
import { detectDrifts } from './drift-detection.ts';
import { seedHistory } from './seed-history.ts';

const AS_OF = '2026-11-28';
/** The handbook's promise: a drift is seen before the client sees it — here, within 14 days of its start. */
const WITHIN_DAYS = 14;

describe('drifts injected in the small demo', () => {
  let ctx: AppContext;
  let dispose: () => Promise<void>;
  let admin: Actor;
  const demo = generateDemoSite({ size: 'small', seed: 1, asOf: AS_OF });
  const history = generateDemoHistory(demo, { seed: 1, asOf: AS_OF, size: 'small' });

  beforeAll(async () => {
    ({ ctx, dispose } = await openTestContext('pglite', undefined));
    const users = demo.users.map(({ user }) => ({ user, passwordHash: 'x' }));
    await seedSite(ctx, { bundle: demo.bundle, flowDays: [], users });
    await seedHistory(ctx, demo.bundle.site.id, history);
    const user = demo.users.find((u) => u.user.role === 'admin')!.user;
    admin = {
      userId: user.id,
      username: user.username,
      role: 'admin',
      clientId: null,
      siteId: demo.bundle.site.id,
    };
  }, 180_000);

  afterAll(async () => {
    await dispose?.();
  });

  it('injects the three kinds of drift the issue names', () => {
    expect(history.drifts.map((d) => d.kpiId).sort()).toEqual(
      ['dock_to_stock_time', 'on_time_shipments', 'picking_accuracy'].sort(),
    );
  });

  for (const drift of history.drifts) {
    it(`finds ${drift.id} (${drift.kpiId}, ${drift.dimension} ${drift.key || 'site'}) within ${WITHIN_DAYS} days`, async () => {
      const def = kpiById(drift.kpiId)!;
      // Worse is below for an ↑ KPI (on-time, accuracy), above for a ↓ one (dock-to-stock time).
      const side = def.direction === 'up' ? 'below' : 'above';
      const report = await detectDrifts(ctx, admin, {
        siteId: demo.bundle.site.id,
        from: addDays(drift.start, -28),
        to: addDays(drift.start, 28),
        dimension: drift.dimension,
        kpiIds: [drift.kpiId],
        keys: [drift.key],
      });
      const hits = report.alerts
        .filter((a) => a.key === drift.key && a.side !== (side === 'below' ? 'above' : 'below'))
        .flatMap((a) => a.signals.filter((x) => x.side === side || x.side === 'both').map((x) => x.firedAt))
        .filter((day) => day >= drift.start)
        .sort();
      expect(
        hits[0],
        `alerts: ${JSON.stringify(report.alerts.map((a) => [a.firedAt, a.rule, a.side]))}`,
      ).toBeDefined();
      expect(hits[0]! <= addDays(drift.start, WITHIN_DAYS)).toBe(true);
    });
  }
});
