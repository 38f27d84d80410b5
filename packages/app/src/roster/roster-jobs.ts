// Roster solves as background jobs of this process: start one (model loaded and checked before answering), follow its
// progress, cancel it; the best roster found is stored as a draft when it ends or is cancelled.
import { randomUUID } from 'node:crypto';
import type { StoredRoster } from '@logipilot/db/repositories/roster-repository';
import { type Actor, DomainError, evaluateRoster, type Roster } from '@logipilot/domain';
import { errorMessage, type Lang } from '@logipilot/i18n';
import {
  compileRosterProblem,
  rosterChangeWeight,
  toAssignment,
  toRoster,
} from '@logipilot/solvers/rostering/compile';
import type { RosterProblem, Score } from '@logipilot/solvers/rostering/problem';
import { solveRosterInWorker } from '@logipilot/solvers/rostering/solve-in-worker';
import type { StoreContext } from '../auth/store-context.ts';
import { parseOrThrow } from '../masterdata/validate.ts';
import { type LoadedRosterModel, loadRosterModel } from './roster-model.ts';
import { assertMayReadRosters, assertMayWriteRosters } from './roster-policy.ts';
import {
  DEFAULT_NOTICE_DAYS,
  type RosterJobState,
  type RosterJobView,
  type RosterSolveRequestInput,
  rosterSolveRequestSchema,
} from './roster-types.ts';
import { lastDayOf, publishedHistory, rosterOf } from './roster-versions.ts';

/** Each solve holds one CPU thread for its whole time limit: beyond this many at once, new ones are refused. */
export const MAX_RUNNING_ROSTER_JOBS = 4;
/** A finished job stays readable this long (the page that started it polls it once more). */
const DEFAULT_KEEP_FINISHED_MS = 60 * 60 * 1000;

export interface RosterJobsOptions {
  /** "Now" for the stored draft's timestamps. */
  clock?: () => Date;
  keepFinishedMs?: number;
}

interface Job {
  id: string;
  siteId: string;
  state: RosterJobState;
  startedMs: number;
  finishedElapsedMs: number | null;
  timeLimitSeconds: number;
  best: Score | null;
  rosterId: string | null;
  error: { code: string; params: Record<string, string | number | boolean | null> } | null;
  abort: AbortController;
  settled: Promise<void>;
}

/** The warm start: the cells of the re-planned roster this problem can hold (its days, people, shifts). */
function warmStart(problem: RosterProblem, based: Roster, loaded: LoadedRosterModel): Roster {
  const people = new Set(problem.employees.map((e) => e.id));
  const shifts = new Set(problem.shifts.map((s) => s.id));
  const qualifications = new Set(problem.qualifications);
  const first = loaded.horizon.firstDay;
  const last = lastDayOf({ fromDay: first, days: loaded.horizon.days });
  const seen = new Set<string>();
  const assignments = based.assignments.filter((a) => {
    const key = `${a.employeeId}|${a.day}`;
    const keep =
      a.day >= first &&
      a.day <= last &&
      people.has(a.employeeId) &&
      shifts.has(a.shift) &&
      qualifications.has(a.qualification) &&
      !seen.has(key);
    seen.add(key);
    return keep;
  });
  return { horizon: loaded.horizon, assignments };
}

export class RosterJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly clock: () => Date;
  private readonly keepFinishedMs: number;

  constructor(
    private readonly ctx: StoreContext,
    options: RosterJobsOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.keepFinishedMs = options.keepFinishedMs ?? DEFAULT_KEEP_FINISHED_MS;
  }

  /**
   * Loads and compiles the roster problem (so that a bad plan, roster or horizon is answered at once), then solves it
   * on a worker thread; the answer comes before the solve ends.
   */
  async start(actor: Actor, input: RosterSolveRequestInput): Promise<{ jobId: string }> {
    assertMayWriteRosters(actor);
    const request = parseOrThrow(rosterSolveRequestSchema, input);
    const running = [...this.jobs.values()].filter((j) => j.state === 'running').length;
    if (running >= MAX_RUNNING_ROSTER_JOBS)
      throw new DomainError('ROSTER_TOO_MANY_JOBS', { params: { max: MAX_RUNNING_ROSTER_JOBS } });
    const repos = this.ctx.db.repos;
    const based = request.basedOn ? await repos.rosters.get(actor.siteId, request.basedOn) : null;
    if (request.basedOn && !based)
      throw new DomainError('ROSTER_NOT_FOUND', { field: 'basedOn', params: { id: request.basedOn } });
    const days = request.weeks * 7;
    const loaded = await loadRosterModel(repos, {
      siteId: actor.siteId,
      from: request.from,
      days,
      ...(request.planId === undefined ? {} : { planId: request.planId }),
      basedOn: based ? rosterOf(based) : null,
      history: await publishedHistory(repos, actor.siteId, request.from),
    });
    const problem = compileRosterProblem(loaded.model, loaded.rules, loaded.horizon);
    const initial = based ? toAssignment(problem, warmStart(problem, rosterOf(based), loaded)) : undefined;
    const job: Job = {
      id: randomUUID(),
      siteId: actor.siteId,
      state: 'running',
      startedMs: performance.now(),
      finishedElapsedMs: null,
      timeLimitSeconds: request.timeLimitSeconds,
      best: null,
      rosterId: null,
      error: null,
      abort: new AbortController(),
      settled: Promise.resolve(),
    };
    this.jobs.set(job.id, job);
    const name =
      request.name ?? based?.name ?? `${request.from} – ${lastDayOf({ fromDay: request.from, days })}`;
    job.settled = this.run(job, actor, problem, loaded, {
      name,
      seed: request.seed,
      basedOn: based?.id ?? null,
      noticeDays: based?.noticeDays ?? DEFAULT_NOTICE_DAYS,
      ...(initial ? { initial, changeWeight: rosterChangeWeight(loaded.rules) } : {}),
    });
    return { jobId: job.id };
  }

  private async run(
    job: Job,
    actor: Actor,
    problem: RosterProblem,
    loaded: LoadedRosterModel,
    run: {
      name: string;
      seed: number;
      basedOn: string | null;
      noticeDays: number;
      initial?: ReturnType<typeof toAssignment>;
      changeWeight?: number;
    },
  ): Promise<void> {
    try {
      const result = await solveRosterInWorker(problem, {
        seed: run.seed,
        timeLimitSeconds: job.timeLimitSeconds,
        signal: job.abort.signal,
        onProgress: (p) => {
          job.best = { hard: p.best.hard, soft: p.best.soft };
        },
        ...(run.initial ? { initial: run.initial } : {}),
        ...(run.changeWeight === undefined ? {} : { changeWeight: run.changeWeight }),
      });
      const roster = toRoster(problem, result.assignment);
      // The domain's referee scores what is stored (it also judges breaks and cold rotation, the solver does not).
      const evaluation = evaluateRoster(loaded.model, roster, loaded.rules);
      const createdAt = this.clock().toISOString();
      const stored: StoredRoster = {
        id: randomUUID(),
        siteId: job.siteId,
        name: run.name,
        status: 'draft',
        fromDay: loaded.horizon.firstDay,
        days: loaded.horizon.days,
        planId: loaded.planId,
        basedOn: run.basedOn,
        createdAt,
        createdBy: actor.username,
        publishedAt: null,
        publishedBy: null,
        noticeDays: run.noticeDays,
        demand: loaded.demand,
        assignments: roster.assignments,
        score: { hard: evaluation.hard, soft: evaluation.soft },
        solve: {
          seed: run.seed,
          timeLimitSeconds: job.timeLimitSeconds,
          elapsedMs: result.elapsedMs,
          iterations: result.iterations,
          cancelled: result.cancelled,
          lowerBound: result.lowerBound ?? null,
        },
      };
      await this.ctx.db.transaction(async (repos) => {
        await repos.rosters.create(stored);
        await repos.audit.append([
          {
            id: randomUUID(),
            siteId: job.siteId,
            at: createdAt,
            userId: actor.userId,
            username: actor.username,
            action: 'create',
            entity: 'rosters',
            entityId: stored.id,
            before: null,
            after: {
              name: stored.name,
              from: stored.fromDay,
              to: lastDayOf(stored),
              planId: stored.planId,
              basedOn: stored.basedOn,
              score: stored.score,
              solve: stored.solve,
            },
          },
        ]);
      });
      job.best = stored.score;
      job.rosterId = stored.id;
      job.finishedElapsedMs = result.elapsedMs;
      job.state = result.cancelled ? 'cancelled' : 'done';
    } catch (error) {
      job.finishedElapsedMs = performance.now() - job.startedMs;
      job.error =
        error instanceof DomainError
          ? { code: error.code, params: error.params }
          : { code: 'INTERNAL_ERROR', params: {} };
      if (!(error instanceof DomainError)) console.error('[roster] solve failed', error);
      job.state = 'failed';
    } finally {
      setTimeout(() => this.jobs.delete(job.id), this.keepFinishedMs).unref();
    }
  }

  private find(actor: Actor, jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job || job.siteId !== actor.siteId)
      throw new DomainError('ROSTER_JOB_NOT_FOUND', { params: { id: jobId } });
    return job;
  }

  private view(job: Job, lang: Lang): RosterJobView {
    const limitMs = job.timeLimitSeconds * 1000;
    const elapsedMs = Math.round(job.finishedElapsedMs ?? performance.now() - job.startedMs);
    return {
      id: job.id,
      state: job.state,
      fraction: job.state === 'running' ? Math.min(0.99, elapsedMs / limitMs) : 1,
      elapsedMs,
      timeLimitSeconds: job.timeLimitSeconds,
      best: job.best ? { hard: job.best.hard, soft: job.best.soft } : null,
      rosterId: job.rosterId,
      error: job.error
        ? { code: job.error.code, message: errorMessage(lang, job.error.code, job.error.params) }
        : null,
    };
  }

  get(actor: Actor, jobId: string, lang: Lang = 'fr'): RosterJobView {
    assertMayReadRosters(actor);
    return this.view(this.find(actor, jobId), lang);
  }

  /** Stops the search; the best roster so far is still stored (state `cancelled` once it is). */
  cancel(actor: Actor, jobId: string, lang: Lang = 'fr'): RosterJobView {
    assertMayWriteRosters(actor);
    const job = this.find(actor, jobId);
    job.abort.abort();
    return this.view(job, lang);
  }

  /** Resolves when the job has ended and its roster is stored (tests, the command line). */
  async settled(jobId: string): Promise<void> {
    await this.jobs.get(jobId)?.settled;
  }

  /** Cancels every running job and waits for them to store their rosters (server shutdown). */
  async close(): Promise<void> {
    const all = [...this.jobs.values()];
    for (const job of all) job.abort.abort();
    await Promise.all(all.map((j) => j.settled));
  }
}
