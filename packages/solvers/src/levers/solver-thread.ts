// HiGHS on a second thread: the plan builds week k + 1's model and explains week k while HiGHS solves (2 cores).
import { Worker } from 'node:worker_threads';
import type { MatrixArrays, MatrixOutcome } from './highs-core.mjs';
import { solverOptions } from './solve-highs.ts';

/**
 * CPU time the thread spends warming HiGHS up on a synthetic week before its first model (highs-warmup.mjs): a
 * plan reads its data and computes its workload for longer than that, so the warm-up is off its critical path.
 */
export const WARM_UP_MS = 150;

interface Pending {
  resolve: (outcome: MatrixOutcome) => void;
  reject: (error: Error) => void;
}

/**
 * A worker thread that holds one HiGHS runtime and solves the models it is sent, one after the other, with the
 * same code as an in-thread solve (highs-core.mjs), so an answer does not depend on where it was computed.
 * The thread keeps the process alive only while a solve is pending.
 */
export class SolverThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | null = null;

  constructor() {
    this.worker = new Worker(new URL('./highs-worker.mjs', import.meta.url), {
      workerData: { warmUp: { options: solverOptions(), budgetMs: WARM_UP_MS } },
    });
    this.worker.unref();
    this.worker.on('message', (message: { id: number; outcome: MatrixOutcome }) => {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (this.pending.size === 0) this.worker.unref();
      waiting.resolve(message.outcome);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`solver thread exited (${code})`)));
  }

  /** Whether the thread died (an error, or terminate): a new one must be started. */
  get broken(): boolean {
    return this.failure !== null;
  }

  /**
   * Solves the model with these HiGHS options. The arrays are moved to the thread, not copied (a week's model is
   * ≈ 90 KB, and copying it cost more than building it): the caller's typed arrays are left empty.
   */
  solve(
    matrix: MatrixArrays,
    options: Readonly<Record<string, string | number | boolean>>,
  ): Promise<MatrixOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const answer = new Promise<MatrixOutcome>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      const moved = arrays(matrix);
      this.worker.postMessage({ id, matrix: moved, options }, buffersOf(moved));
    });
    // A caller that stops before awaiting (a cancelled plan) must not leave a failure unhandled: awaiting still throws.
    answer.catch(() => {});
    return answer;
  }

  async terminate(): Promise<void> {
    this.fail(new Error('solver thread terminated'));
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(this.failure);
    this.pending.clear();
  }
}

/** Only the arrays cross the thread boundary (a MatrixModel also carries its column names). */
function arrays(m: MatrixArrays): MatrixArrays {
  return {
    colCost: m.colCost,
    colLower: m.colLower,
    colUpper: m.colUpper,
    rowLower: m.rowLower,
    rowUpper: m.rowUpper,
    starts: m.starts,
    indices: m.indices,
    values: m.values,
  };
}

/** The distinct buffers behind the arrays: each can be moved once. */
function buffersOf(m: MatrixArrays): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const a of Object.values(m) as ArrayBufferView[]) buffers.add(a.buffer as ArrayBuffer);
  return [...buffers];
}

let shared: SolverThread | null = null;

/** The process's solver thread, started on first use (HiGHS then loads there while the caller goes on). */
export function solverThread(): SolverThread {
  if (!shared || shared.broken) shared = new SolverThread();
  return shared;
}
