// Runs the roster solver on a worker thread, so that a server or a command stays responsive during a solve:
// progress comes back as messages, cancellation goes through a shared flag the solver reads between moves.
import { Worker } from 'node:worker_threads';
import { DomainError } from '@logipilot/domain/errors';
import type { RosterProblem, SolveProgress, SolveResult } from './problem.ts';
import type { RosterSolveOptions } from './solve.ts';

export type WorkerSolveOptions = Omit<RosterSolveOptions, 'stopFlag'>;

/** How long a cancelled solve may take to hand back its best roster before the thread is terminated. */
const STOP_GRACE_MS = 5000;

type Message =
  | { type: 'progress'; progress: SolveProgress }
  | { type: 'result'; result: SolveResult }
  | {
      type: 'error';
      error: { message: string; code: string | null; params: Record<string, string | number> };
    };

/**
 * `solveRoster` on its own thread. Aborting `options.signal` stops the search, which still resolves with the best
 * roster found and `cancelled: true`; a thread that does not answer within a few seconds is terminated.
 */
export function solveRosterInWorker(
  problem: RosterProblem,
  options: WorkerSolveOptions,
): Promise<SolveResult> {
  const { signal, onProgress, ...plain } = options;
  const stopFlag = new Int32Array(new SharedArrayBuffer(4));
  return new Promise<SolveResult>((resolve, reject) => {
    let settled = false;
    let grace: ReturnType<typeof setTimeout> | undefined;
    const worker = new Worker(new URL('./roster-worker.mjs', import.meta.url), {
      workerData: { problem, options: plain, stopFlag },
    });
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
      else if (message.type === 'result') finish(() => resolve(message.result));
      else {
        const { code, params, message: text } = message.error;
        finish(() => reject(code ? new DomainError(code, { params }) : new Error(text)));
      }
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`roster solver thread exited (${code})`))));
  });
}
