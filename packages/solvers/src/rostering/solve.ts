// The roster solver: greedy construction, then local search (simulated annealing on incremental scores); for a
// small roster with a MIP model, HiGHS takes over when the local search stalls (the line formulation's bound and
// closing, then the whole model; either may prove the optimum), then the local search resumes from the best roster;
// a larger one goes on to the lines, then neighbourhoods repaired by HiGHS. Decisions follow the seed and work
// counts; the clock only stops.
import { loadHighs } from '../levers/solve-highs.ts';
import { LineMaster, type MasterControl } from './column-generation.ts';
import { construct } from './construct.ts';
import { checkAssignmentShape, type EvaluateOptions, evaluateRoster } from './evaluate.ts';
import { type ExactControl, ExactSearch } from './exact.ts';
import { repairLines } from './line-repair.ts';
import { Neighbourhoods } from './lns.ts';
import { defaultParams, LocalSearch } from './local-search.ts';
import { buildMipModel, type MipModel, mipUnsupported } from './mip-model.ts';
import { copyAssignment, coverAssigned, emptyAssignment, type Prepared, prepare } from './prepared.ts';
import { Rng } from './prng.ts';
import type { Assignment, RosterProblem, Score, SolveOptions, SolveResult } from './problem.ts';
import { RecentLines } from './recent-lines.ts';
import { SearchState } from './search-state.ts';

export interface RosterSolveOptions extends SolveOptions {
  /**
   * Caps the local-search moves. The run is then reproducible for a seed: the local search decides by move counts
   * and HiGHS by simplex-iteration budgets, so only the time limit (or a cancellation) can cut it short.
   */
  maxIterations?: number;
  /** Whether HiGHS may take over when the local search stalls (default true; only for problems it can model). */
  exact?: boolean;
  /**
   * Whether a roster too large for a full MIP alternates local search with neighbourhoods repaired by HiGHS
   * (default true; only for problems it can model). False keeps to local search alone.
   */
  largeNeighbourhoods?: boolean;
  /**
   * Another solve running beside this one (another thread): this one publishes its best roster now and then and
   * continues from the other's when that is better. The outcome then depends on timing: only for runs bounded by
   * time.
   */
  exchange?: RosterExchange;
  /** A shared flag (e.g. set by another thread): non-zero stops the solve like `signal`. */
  stopFlag?: Int32Array;
}

export interface RosterExchange {
  publish(assignment: Assignment, score: Score): void;
  /** The other solve's latest published roster not yet taken, or null. */
  take(): { assignment: Assignment; score: Score } | null;
}

/** Least time between two rosters published to the exchange. */
const PUBLISH_MS = 1000;

/** Local-search moves between two looks at the clock, the signal and the progress. */
const BATCH = 1000;
const PROGRESS_MS = 250;
/** The event loop gets a turn this often, so that an abort or a message can arrive. */
const YIELD_MS = 25;
/**
 * Rosters with at most this many cell columns (person × day × slot a person may take) get full MIP solves when the
 * local search stalls. Measured on the benchmark: up to ≈ 600 (10–20 people, 2 weeks to 4) HiGHS proves or finds
 * the optimum within a minute; from ≈ 700 its budget is better spent on local search.
 */
const FULL_MIP_COLUMNS = 600;
/** Simplex iterations of the full solves of a small roster: free, with the shortage held, free again. */
const QUICK_LP_BUDGET = 10_000;
const RESTRICTED_LP_BUDGET = 300_000;
const FULL_LP_BUDGET = 50_000;
/**
 * The local search hands over to HiGHS after this many moves per cell of the roster, once its last annealing
 * cycles brought nothing.
 */
const LOCAL_MOVES_PER_CELL = 25_000;
const LOCAL_STALL_CYCLES = 2;
/**
 * Larger rosters alternate local search and large neighbourhoods repaired by HiGHS: first local search for this
 * many moves per cell, then rounds of neighbourhoods, each followed by local search from the best roster.
 */
const LNS_FIRST_MOVES_PER_CELL = 3000;
/**
 * A stint of local search before a repair by pricing (line-repair.ts) also ends at this share of the time left, in a
 * run bounded by time alone, and the repair may take this other share. Not reached on the benchmark's four weeks
 * (instance 12's first stint: 7–12 s of the minute; its repair: milliseconds). On 16 weeks of 120 people (instance 12
 * repeated, ADR 0010) the moves per cell outlasted the minute and the roster stayed infeasible; cut at this share, the
 * stint leaves 21 breaches that the repair clears in 7 s.
 */
const STINT_SHARE = 0.25;
const REPAIR_SHARE = 0.15;
const LNS_ROUND = 12;
const LNS_BETWEEN_MOVES_PER_CELL = 300;
/**
 * Column generation's share of the time left when it starts (it stops earlier when it converges), then the dive's
 * share of what is left after it.
 */
const LINES_SHARE = 0.4;
/**
 * Column generation starts from the best roster's lines and, per person, the last this many distinct lines of the
 * rosters the search kept as best without a hard violation (recent-lines.ts).
 */
const RECENT_LINES = 20;
const DIVE_SHARE = 0.4;
/**
 * LPs after each hold of a quick dive; later dives price to convergence when the dive share left is worth this many
 * dives like the first (measured: a thorough dive of instance 7 takes 2–3 s and gives 1,058–1,067, a quick one 1 s and
 * 1,175–1,270; on instance 8 a thorough dive outlasts the share, a quick one takes 12 s).
 */
const QUICK_DIVE_ROUNDS = 3;
const THOROUGH_DIVE_FACTOR = 3;
/**
 * The first dive is thorough when the generation took at most this share of the time left after it (instance 9:
 * a thorough first dive gives the optimum 439, a quick one 462–475; instance 8, whose generation takes 20 s of 60,
 * gets a quick one).
 */
const THOROUGH_FIRST_DIVE = 0.25;
/**
 * The share of the time left for closing the gap, and its limits per person: lines of least reduced cost first, at
 * most this many at first, three times more in each next round while time remains (see closeGap). With whole cells
 * (cell-closing.ts) HiGHS settles a pool of 300 lines a person on instance 7 in ≈ 10 s, 1,000 in 34 s; with whole
 * lines it settled ≈ 100 a person in a few seconds and stalled at its root with thousands.
 */
const CLOSE_SHARE = 0.3;
/** The share of the time left for closing again, after the neighbourhoods found a better roster. */
const CLOSE_AGAIN_SHARE = 0.15;
/**
 * Closing is tried when the roster is within this fraction of the bound; on a small roster (a full model) within
 * the larger one, its pool of lines staying small (instance 4 from 1,725, 0.5 % over its bound: 2,378 lines, 1,716
 * in 1.7 s).
 */
const CLOSE_WITHIN = 0.005;
const CLOSE_SMALL_WITHIN = 0.02;
const CLOSE_LIMITS = { maxLines: 300, maxNodes: 300_000, retries: 6, growth: 3, maxLinesLast: 2_700 };
/** Work limits of one neighbourhood: simplex iterations and branch-and-bound nodes. */
const LNS_LP_BUDGET = 2_000;
const LNS_NODE_BUDGET = 200;
/** A neighbourhood is itself the heuristic: HiGHS's own primal heuristics get no effort (measured: no change). */
const LNS_HEURISTIC_EFFORT = 0;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function better(a: Score, b: Score): boolean {
  return a.hard < b.hard || (a.hard === b.hard && a.soft < b.soft - 1e-9);
}

/** Σ shortage × under-weight of the roster's cover. */
function shortageCost(p: Prepared, assignment: Assignment): number {
  const assigned = coverAssigned(p, assignment);
  let cost = 0;
  for (const [r, c] of p.problem.cover.entries())
    cost += Math.max(0, c.requirement - assigned[r]!) * c.underWeight;
  return cost;
}

/** One solve: the search state, the best roster, the clock and the caller's controls. */
class Run {
  readonly p: Prepared;
  readonly options: RosterSolveOptions;
  readonly evaluateOptions: EvaluateOptions;
  readonly started = performance.now();
  readonly deadline: number;
  readonly maxIterations: number;
  readonly rng: Rng;
  readonly search: LocalSearch;
  best: Assignment;
  bestScore: Score;
  cancelled = false;
  lowerBound: number | undefined;
  /** The lines of the best rosters so far, until column generation takes them. */
  recent: RecentLines | null;
  private lastProgress = 0;
  private lastPublish = 0;
  private published = Number.POSITIVE_INFINITY;
  private lastYield = performance.now();
  private improvements: number;

  constructor(problem: RosterProblem, options: RosterSolveOptions) {
    this.options = options;
    this.deadline = this.started + Math.max(0, options.timeLimitSeconds) * 1000;
    this.maxIterations = options.maxIterations ?? Number.POSITIVE_INFINITY;
    this.p = prepare(problem);
    if (options.initial) checkAssignmentShape(problem, options.initial);
    this.evaluateOptions = {
      ...(options.initial ? { initial: options.initial } : {}),
      ...(options.changeWeight !== undefined ? { changeWeight: options.changeWeight } : {}),
    };
    const state = new SearchState(
      this.p,
      options.initial ? copyAssignment(options.initial) : emptyAssignment(problem),
      this.evaluateOptions,
    );
    this.rng = new Rng(options.seed);
    this.recent = new RecentLines(problem.employees.length, RECENT_LINES);
    const params = defaultParams(state);
    state.hardWeight = params.maxHardWeight / 5;
    construct(state, this.rng);
    this.search = new LocalSearch(state, this.rng.uint32(), params);
    this.improvements = this.search.improvements;
    this.best = copyAssignment(this.search.best);
    this.bestScore = { hard: this.search.bestHard, soft: this.search.bestSoft };
    this.report(true);
  }

  stopped(): boolean {
    const { signal, stopFlag } = this.options;
    if (signal?.aborted === true || (stopFlag !== undefined && Atomics.load(stopFlag, 0) !== 0)) {
      this.cancelled = true;
      return true;
    }
    return false;
  }

  /** Whether the search must end: cancelled, out of time, or at a proven optimum. */
  over(): boolean {
    return this.stopped() || performance.now() >= this.deadline || this.proven();
  }

  /** Whether the best roster meets the lower bound: nothing better exists. */
  proven(): boolean {
    return (
      this.lowerBound !== undefined &&
      this.bestScore.hard === 0 &&
      this.bestScore.soft <= this.lowerBound + 1e-9
    );
  }

  /** A proven lower bound on the objective: the best one kept. */
  bound(value: number): void {
    if (this.lowerBound === undefined || value > this.lowerBound) this.lowerBound = value;
  }

  report(force: boolean): void {
    const now = performance.now();
    const { exchange } = this.options;
    if (
      exchange &&
      this.bestScore.hard === 0 &&
      this.bestScore.soft < this.published - 1e-9 &&
      now - this.lastPublish >= PUBLISH_MS
    ) {
      this.lastPublish = now;
      this.published = this.bestScore.soft;
      exchange.publish(this.best, this.bestScore);
    }
    if (!this.options.onProgress || (!force && now - this.lastProgress < PROGRESS_MS)) return;
    this.lastProgress = now;
    this.options.onProgress({
      elapsedMs: now - this.started,
      iterations: this.search.iterations,
      best: { ...this.bestScore },
    });
  }

  offer(assignment: Assignment, score: Score): boolean {
    if (!better(score, this.bestScore)) return false;
    if (score.hard === 0) this.recent?.record(assignment);
    this.best = copyAssignment(assignment);
    this.bestScore = { hard: score.hard, soft: score.soft };
    this.report(true);
    return true;
  }

  /** Takes the other solve's roster when it is better; true when it did. */
  import(): boolean {
    const other = this.options.exchange?.take();
    if (!other || !better(other.score, this.bestScore)) return false;
    checkAssignmentShape(this.p.problem, other.assignment);
    const score = this.scoreOf(other.assignment);
    this.published = score.soft;
    return this.offer(other.assignment, score);
  }

  /** The best roster with its broken personal rules repaired by pricing (line-repair.ts), offered like any other. */
  repair(model: MipModel): void {
    const { violations } = evaluateRoster(this.p.problem, this.best, this.evaluateOptions, this.p);
    const people = new Set<number>();
    for (const v of violations) if (v.hard && v.employee !== undefined) people.add(v.employee);
    if (people.size === 0) return;
    const now = performance.now();
    const repaired = repairLines(
      this.p,
      model,
      this.best,
      [...people].sort((a, b) => a - b),
      now + (this.deadline - now) * REPAIR_SHARE,
    );
    if (this.offer(repaired, this.scoreOf(repaired))) this.search.reset(this.best);
  }

  scoreOf(assignment: Assignment): Score {
    return evaluateRoster(this.p.problem, assignment, this.evaluateOptions, this.p).score;
  }

  /**
   * Local search for `count` moves at most or, when `stalled` is given, until it says so; yields to the event
   * loop between batches.
   */
  async local(count: number, stalled: (() => boolean) | null): Promise<void> {
    const search = this.search;
    const end = Math.min(this.maxIterations, search.iterations + count);
    while (search.iterations < end && !this.over()) {
      search.run(Math.min(BATCH, end - search.iterations));
      if (search.improvements !== this.improvements) {
        this.improvements = search.improvements;
        this.offer(search.best, { hard: search.bestHard, soft: search.bestSoft });
      } else this.report(false);
      if (stalled?.() === true) return;
      if (performance.now() - this.lastYield >= YIELD_MS) {
        await nextTurn();
        this.lastYield = performance.now();
        if (this.import()) search.reset(this.best);
      }
    }
  }

  control(): ExactControl {
    return {
      deadline: this.deadline,
      seed: this.options.seed,
      shouldStop: () => this.stopped(),
      onTick: () => this.report(false),
    };
  }

  result(): SolveResult {
    const evaluation = evaluateRoster(this.p.problem, this.best, this.evaluateOptions, this.p);
    const elapsedMs = performance.now() - this.started;
    this.options.onProgress?.({ elapsedMs, iterations: this.search.iterations, best: evaluation.score });
    return {
      assignment: this.best,
      score: evaluation.score,
      violations: evaluation.violations,
      iterations: this.search.iterations,
      elapsedMs,
      cancelled: this.cancelled,
      ...(this.lowerBound !== undefined ? { lowerBound: this.lowerBound } : {}),
    };
  }
}

/**
 * The whole model: first free with a small budget (enough to prove the smallest rosters optimal), then with the
 * cover shortage held at the best roster's (a far tighter relaxation, which settles the rest of the objective),
 * then free again with the better incumbent, whose bound then often closes the proof.
 */
function fullSolve(run: Run, exact: ExactSearch): void {
  const control = run.control();
  const free = (lpBudget: number) => {
    const whole = exact.solve(run.best, control, { lpBudget });
    if (whole.assignment) run.offer(whole.assignment, run.scoreOf(whole.assignment));
    if (whole.optimal) {
      // With whole-number costs the bound rounds up to the next whole number.
      const bound = exact.model.integralObjective ? Math.ceil(whole.bound - 1e-6) : whole.bound;
      run.lowerBound = Math.min(run.bestScore.soft, bound);
    }
    return whole.optimal;
  };
  if (free(QUICK_LP_BUDGET) || run.over()) return;
  exact.restrictShortage(shortageCost(run.p, run.best));
  const held = exact.solve(run.best, control, { lpBudget: RESTRICTED_LP_BUDGET });
  exact.restrictShortage(null);
  if (held.assignment) run.offer(held.assignment, run.scoreOf(held.assignment));
  if (!run.over()) free(FULL_LP_BUDGET);
}

/**
 * The line formulation: column generation from the best roster and the recent lines for a proven lower bound, then
 * dives for rosters made of the LP's choices, offered like any other (not for a `small` roster: its local search's
 * roster is already close), then the closing of the gap when it is small.
 */
function lines(run: Run, master: LineMaster, small: boolean): number | null {
  master.addRoster(run.best);
  for (const [e, line] of run.recent?.all() ?? []) master.addLine(e, line);
  run.recent = null;
  const now = performance.now();
  const control = {
    deadline: now + (run.deadline - now) * LINES_SHARE,
    shouldStop: () => {
      run.report(false);
      return run.stopped();
    },
    seed: run.options.seed,
  };
  const generating = performance.now();
  const outcome = master.generate(control);
  const generatedMs = performance.now() - generating;
  if (outcome.lowerBound !== null) run.bound(Math.min(outcome.lowerBound, run.bestScore.soft));
  // A dive prices again after every hold: only worth it when the generation converged within its share.
  if (run.over() || !outcome.converged) return null;
  if (!small) diveAll(run, master, control, generatedMs);
  close(run, master, outcome.lpValue, CLOSE_SHARE, small ? CLOSE_SMALL_WITHIN : CLOSE_WITHIN);
  return outcome.lpValue;
}

/** Dives from the converged master until the dive share of the time is spent, each roster offered. */
function diveAll(run: Run, master: LineMaster, control: MasterControl, generatedMs: number): void {
  // Dives until their share of the time is spent. The first holds the LP's largest lines; it prices to convergence
  // after each hold (thorough) when the generation was quick beside the time left, else it solves a few LPs after
  // each hold (quick). The next ones are thorough while the share left is worth several dives like the first, and
  // draw among the largest lines (the columns the earlier dives priced stay in the master).
  const later = performance.now();
  const diveControl = { ...control, deadline: later + (run.deadline - later) * DIVE_SHARE };
  const rng = new Rng(run.rng.uint32());
  let firstMs = Number.POSITIVE_INFINITY;
  let firstThorough = false;
  for (let attempt = 0; !run.over() && performance.now() < diveControl.deadline; attempt++) {
    const begun = performance.now();
    const thorough =
      attempt === 0
        ? generatedMs <= THOROUGH_FIRST_DIVE * (run.deadline - begun)
        : diveControl.deadline - begun >= THOROUGH_DIVE_FACTOR * firstMs;
    // After a quick first dive, the first thorough one holds the largest lines too: it differs by its pricing.
    const drawn = attempt > 1 || (attempt === 1 && (firstThorough || !thorough));
    const dived = master.dive(
      diveControl,
      drawn ? rng : undefined,
      thorough ? Number.POSITIVE_INFINITY : QUICK_DIVE_ROUNDS,
    );
    if (!dived) break;
    if (attempt === 0) {
      firstMs = performance.now() - begun;
      firstThorough = thorough;
    }
    run.offer(dived, run.scoreOf(dived));
  }
}

/**
 * Every line that could still be part of a better roster, and HiGHS on them with whole cells (closeGap): only when the
 * roster is already within `within` of the bound (few lines qualify; farther, HiGHS stalls).
 */
function close(run: Run, master: LineMaster, lpValue: number, share: number, within: number): void {
  const bound = run.lowerBound ?? lpValue;
  if (run.over() || run.bestScore.soft - bound > within * Math.abs(run.bestScore.soft)) return;
  const closing = performance.now();
  const closed = master.closeGap(
    run.best,
    run.bestScore.soft,
    {
      deadline: closing + (run.deadline - closing) * share,
      shouldStop: () => {
        run.report(false);
        return run.stopped();
      },
      seed: run.options.seed,
    },
    CLOSE_LIMITS,
  );
  if (closed.assignment) run.offer(closed.assignment, run.scoreOf(closed.assignment));
  if (closed.proven) run.bound(Math.min(run.bestScore.soft, closed.objective ?? run.bestScore.soft));
}

/** Rounds of neighbourhoods repaired by HiGHS, each followed by local search from the best roster, to the end. */
async function largeNeighbourhoods(run: Run, exact: ExactSearch, again: (() => void) | null): Promise<void> {
  const p = run.p;
  const rng = new Rng(run.rng.uint32());
  const blocks = new Neighbourhoods(p, exact.model, rng);
  const control = run.control();
  let counter = 0;
  let closedAt = run.bestScore.soft;
  while (!run.over() && run.search.iterations < run.maxIterations) {
    for (let i = 0; i < LNS_ROUND && !run.over(); i++) {
      run.import();
      const block = blocks.next(run.best);
      const before = run.bestScore.soft;
      const outcome = exact.solveNeighbourhood(
        run.best,
        block.free,
        { ...control, seed: run.options.seed + counter++ },
        { lpBudget: LNS_LP_BUDGET, nodeBudget: LNS_NODE_BUDGET, heuristicEffort: LNS_HEURISTIC_EFFORT },
      );
      if (outcome.assignment) run.offer(outcome.assignment, run.scoreOf(outcome.assignment));
      blocks.learn(block.kind, run.bestScore.soft < before - 1e-9, !outcome.optimal);
      await nextTurn();
    }
    if (run.over()) return;
    run.search.reset(run.best);
    await run.local(LNS_BETWEEN_MOVES_PER_CELL * p.employees * p.days, null);
    // A better roster leaves a smaller gap: closing it again may now settle it.
    if (again && run.bestScore.soft < closedAt - 1e-9) {
      closedAt = run.bestScore.soft;
      again();
    }
  }
}

export async function solveRoster(problem: RosterProblem, options: RosterSolveOptions): Promise<SolveResult> {
  const run = new Run(problem, options);
  const search = run.search;
  // The model's cell columns are the cells' possible slots (a soft unavailability keeps its slot).
  let columns = 0;
  for (const days of search.state.domain) for (const values of days) columns += values.length - 1;
  const modelled = options.exact !== false && mipUnsupported(run.p) === null;
  const small = modelled && columns <= FULL_MIP_COLUMNS;
  const model = modelled ? buildMipModel(run.p, run.evaluateOptions) : null;
  // Only column generation reads the recent lines.
  if (!model || (!small && options.largeNeighbourhoods === false)) run.recent = null;
  if (model && !small) {
    // Local search first, until it has a roster without hard violation (the lines and the neighbourhoods start from
    // one); the personal rules it still breaks after each stint are repaired by pricing.
    do {
      const now = performance.now();
      const stintEnd =
        options.maxIterations === undefined ? now + (run.deadline - now) * STINT_SHARE : Infinity;
      await run.local(
        LNS_FIRST_MOVES_PER_CELL * run.p.employees * run.p.days,
        () => performance.now() >= stintEnd,
      );
      if (!run.over() && run.bestScore.hard > 0) run.repair(model);
    } while (!run.over() && run.bestScore.hard > 0 && run.search.iterations < run.maxIterations);
  }
  if (model && !small && options.largeNeighbourhoods !== false) {
    if (!run.over() && run.bestScore.hard === 0) {
      const highs = await loadHighs();
      await highs.withModel(async (lineNative) => {
        const master = new LineMaster(highs, lineNative, run.p, model);
        const lpValue = lines(run, master, false);
        if (run.over()) return;
        run.search.reset(run.best);
        const again =
          lpValue === null ? null : () => close(run, master, lpValue, CLOSE_AGAIN_SHARE, CLOSE_WITHIN);
        await highs.withModel((native) =>
          largeNeighbourhoods(run, new ExactSearch(highs, native, run.p, model), again),
        );
      });
    }
    await run.local(Number.POSITIVE_INFINITY, null);
    return run.result();
  }
  // Local search until it has run a while and the last cycles brought nothing (to the end for large rosters).
  const minimum = LOCAL_MOVES_PER_CELL * run.p.employees * run.p.days;
  await run.local(
    Number.POSITIVE_INFINITY,
    small
      ? () =>
          search.iterations >= minimum &&
          search.cycles - search.lastImprovingCycle >= LOCAL_STALL_CYCLES &&
          run.bestScore.hard === 0
      : null,
  );
  if (!small || !model || run.over() || run.bestScore.hard > 0) return run.result();
  const highs = await loadHighs();
  // The lines first: their bound is often the optimum (instance 4: 1,716), and closing the gap from the local
  // search's roster then finds it and so proves it, where the whole model given the rest of the minute found it
  // without proof, or not at all (1,721). No dives: the local search's roster is already close.
  highs.withModel((native) => lines(run, new LineMaster(highs, native, run.p, model), true));
  if (!run.over()) highs.withModel((native) => fullSolve(run, new ExactSearch(highs, native, run.p, model)));
  // Then local search again from the best roster, unless the optimum is proven.
  if (!run.proven()) {
    search.reset(run.best);
    await run.local(Number.POSITIVE_INFINITY, null);
  }
  return run.result();
}
