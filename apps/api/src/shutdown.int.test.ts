// Shutdown on both stores: closing the API (or the server over it) cancels the running roster solves, stores their
// best rosters while the store is still open, and leaves no solver thread behind.
import { FIXTURE_NOW, FIXTURE_PASSWORD } from '@logipilot/app/masterdata/fixture-site';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer } from './serve.ts';
import { type Harness, openHarness } from './testing/api-harness.ts';

/** Every solver thread started in this file, with a promise that settles when that thread has ended. */
const threads = vi.hoisted(() => ({ exits: [] as Promise<unknown>[] }));

vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>();
  class TrackedWorker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      threads.exits.push(new Promise((resolve) => this.once('exit', resolve)));
    }
  }
  return { ...actual, Worker: TrackedWorker };
});

const DATABASE_URL = process.env.DATABASE_URL;
const BACKENDS = [
  { name: 'pglite' as const, skip: false },
  { name: 'postgres' as const, skip: !DATABASE_URL },
];
/** Far beyond the test's own time: only a cancellation ends the solve while the test runs. */
const SOLVE = { from: '2026-03-02', weeks: 1, timeLimitSeconds: 600 };

for (const backend of BACKENDS) {
  describe.skipIf(backend.skip)(`shutdown with a running solve on ${backend.name}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await openHarness(backend.name, DATABASE_URL);
    });
    afterEach(() => {
      threads.exits.length = 0;
    });
    afterAll(() => h?.dispose());

    it('closing the API cancels the solve, stores its draft and ends its thread', async () => {
      const started = await h.call('methods', 'POST', '/api/rosters/solve', SOLVE);
      expect(started.status).toBe(202);
      const { jobId } = await started.json();
      expect((await (await h.call('methods', 'GET', `/api/roster-jobs/${jobId}`)).json()).state).toBe(
        'running',
      );
      expect(threads.exits).toHaveLength(1);

      await h.app.close();

      // Settled by close itself: no polling.
      const job = await (await h.call('methods', 'GET', `/api/roster-jobs/${jobId}`)).json();
      expect(job).toMatchObject({ state: 'cancelled', error: null });
      const roster = await h.db.repos.rosters.get(h.bundle.site.id, job.rosterId);
      expect(roster).toMatchObject({ status: 'draft', solve: { cancelled: true, timeLimitSeconds: 600 } });
      // Resolves only once every solver thread started here has exited (a thread left running would hang the test).
      await Promise.all(threads.exits);
      // A second close (a server closing after the app) has nothing left to do.
      await h.app.close();
    });

    it('closing the server drains it, then cancels the solve before the caller closes the store', async () => {
      const siteId = h.bundle.site.id;
      const before = new Set((await h.db.repos.rosters.list(siteId)).map((r) => r.id));
      const server = await startServer(
        { db: h.db },
        { port: 0, clock: () => FIXTURE_NOW, staticDir: '/nonexistent-web-dist' },
      );
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'methods', password: FIXTURE_PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const started = await fetch(`${server.url}/api/rosters/solve`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: JSON.stringify(SOLVE),
      });
      expect(started.status).toBe(202);
      expect(threads.exits).toHaveLength(1);

      await server.close();

      const added = (await h.db.repos.rosters.list(siteId)).filter((r) => !before.has(r.id));
      expect(added).toHaveLength(1);
      expect(added[0]).toMatchObject({ status: 'draft', solve: { cancelled: true, timeLimitSeconds: 600 } });
      await Promise.all(threads.exits);
    });
  });
}
