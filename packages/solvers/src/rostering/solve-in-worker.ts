// Runs the roster solver on worker threads, so that a server or a command stays responsive during a solve:
// progress comes back as messages, cancellation goes through a shared flag the solver reads between moves. A
// roster HiGHS can model gets a second thread on local search alone (the machines have two cores), the better
// roster wins.
import { Worker } from 'node:worker_threads';
import { DomainError } from '@logipilot/domain/errors';
import { mipUnsupported } from './mip-model.ts';
import { prepare } from './prepared.ts';
import type { Assignment, RosterProblem, Score, SolveProgress, SolveResult } from './problem.ts';
import type { RosterSolveOptions } from './solve.ts';

export type WorkerSolveOptions = Omit<RosterSolveOptions, 'stopFlag'>;

/** How long a cancelled solve may take to hand back its best roster before the thread is terminated. */
const STOP_GRACE_MS = 5000;

type Message =
  | { type: 'progress'; progress: SolveProgress }
  | { type: 'best'; assignment: Assignment; score: Score }
  | { type: 'result'; result: SolveResult }
  | {
      type: 'error';
      error: { message: string; code: string | null; params: Record<string, string | number> };
    };

function isProven(result: SolveResult): boolean {
  return (
    result.lowerBound !== undefined &&
    result.score.hard === 0 &&
    result.score.soft <= result.lowerBound + 1e-9
  );
}

function better(a: Score, b: Score): boolean {
  return a.hard < b.hard || (a.hard === b.hard && a.soft < b.soft - 1e-9);
}

/**
 * `solveRoster` on its own thread or, for a roster HiGHS can model and a run bounded by time alone, on two: the
 * product's strategy and local search alone, from the same seed; the better roster wins (the first on a tie). A
 * run bounded by moves stays on one thread, so that it equals the in-process solve.
 */
export async function solveRosterInWorker(
  problem: RosterProblem,
  options: WorkerSolveOptions,
): Promise<SolveResult> {
  const paired =
    options.maxIterations === undefined &&
    options.exact !== false &&
    options.largeNeighbourhoods !== false &&
    mipUnsupported(prepare(problem)) === null;
  if (!paired) return solveOnThread(problem, options);
  const { onProgress } = options;
  const latest: (SolveProgress | null)[] = [null, null];
  const merged = (k: number) => (progress: SolveProgress) => {
    latest[k] = progress;
    if (!onProgress) return;
    let best = progress.best;
    let iterations = 0;
    let elapsedMs = 0;
    for (const p of latest) {
      if (!p) continue;
      if (better(p.best, best)) best = p.best;
      iterations += p.iterations;
      elapsedMs = Math.max(elapsedMs, p.elapsedMs);
    }
    onProgress({ elapsedMs, iterations, best: { ...best } });
  };
  // One thread failing stops the other.
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  // The local search's published rosters go to the other thread, which continues from them when they are better;
  // the local search keeps its own course (its annealing suffers from being reset to another roster).
  let mainThread: Worker | null = null;
  const relay = (message: Message) => mainThread?.postMessage(message);
  // A roster proven optimal by the first thread needs nothing more from the second.
  const settled = new AbortController();
  const [main, local] = await Promise.all([
    solveOnThread(
      problem,
      { ...options, signal, onProgress: merged(0) },
      { share: false, started: (w) => (mainThread = w) },
    ).then((result) => {
      if (isProven(result)) settled.abort();
      return result;
    }),
    solveOnThread(
      problem,
      {
        ...options,
        signal: AbortSignal.any([signal, settled.signal]),
        largeNeighbourhoods: false,
        onProgress: merged(1),
      },
      { share: relay, started: () => {} },
    ),
  ]).catch((error: unknown) => {
    stop.abort();
    throw error;
  });
  const winner = better(local.score, main.score) ? local : main;
  const result: SolveResult = {
    ...winner,
    iterations: main.iterations + local.iterations,
    elapsedMs: Math.max(main.elapsedMs, local.elapsedMs),
    // The second thread stopped at a proven optimum was not cancelled by anyone.
    cancelled: main.cancelled || (local.cancelled && !settled.signal.aborted),
    ...(main.lowerBound !== undefined ? { lowerBound: main.lowerBound } : {}),
  };
  onProgress?.({ elapsedMs: result.elapsedMs, iterations: result.iterations, best: { ...result.score } });
  return result;
}

/**
 * `solveRoster` on its own thread. Aborting `options.signal` stops the search, which still resolves with the best
 * roster found and `cancelled: true`; a thread that does not answer within a few seconds is terminated.
 */
interface Pairing {
  /** Receives the thread's published rosters (false: the thread publishes none). */
  share: ((message: Message) => void) | false;
  started: (worker: Worker) => void;
}

function solveOnThread(
  problem: RosterProblem,
  options: WorkerSolveOptions,
  pairing?: Pairing,
): Promise<SolveResult> {
  const { signal, onProgress, ...plain } = options;
  const stopFlag = new Int32Array(new SharedArrayBuffer(4));
  return new Promise<SolveResult>((resolve, reject) => {
    let settled = false;
    let grace: ReturnType<typeof setTimeout> | undefined;
    const worker = new Worker(new URL('./roster-worker.mjs', import.meta.url), {
      workerData: { problem, options: plain, stopFlag, share: pairing !== undefined },
    });
    pairing?.started(worker);
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      if (grace) clearTimeout(grace);
      signal?.removeEventListener('abort', stop);
      outcome();
      void worker.terminate();
    };
    const stop = () => {
      Atomics.store(stopFlag, 0, 1);
      grace ??= setTimeout(
        () => finish(() => reject(new DomainError('ROSTER_SOLVER_UNRESPONSIVE'))),
        STOP_GRACE_MS,
      );
    };
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', (message: Message) => {
      if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'best') {
        if (pairing?.share) pairing.share(message);
      } else if (message.type === 'result') finish(() => resolve(message.result));
      else {
        const { code, params, message: text } = message.error;
        finish(() => reject(code ? new DomainError(code, { params }) : new Error(text)));
      }
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`roster solver thread exited (${code})`))));
  });
}
