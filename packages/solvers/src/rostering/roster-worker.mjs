// The roster solver's thread: registers the TypeScript loader (a worker thread does not inherit it), runs one
// solve, posts its progress and its result; the parent stops it through a shared flag.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { solveRoster } = await import('./solve.ts');

const { problem, options, stopFlag, share } = workerData;
// Paired with another thread: rosters go through the parent, which hands each thread the other's.
let received = null;
const exchange = share
  ? {
      publish: (assignment, score) => parentPort?.postMessage({ type: 'best', assignment, score }),
      take: () => {
        const taken = received;
        received = null;
        return taken;
      },
    }
  : undefined;
if (share) {
  parentPort?.on('message', (message) => {
    if (message?.type === 'best') received = { assignment: message.assignment, score: message.score };
  });
}
try {
  const result = await solveRoster(problem, {
    ...options,
    ...(exchange ? { exchange } : {}),
    stopFlag,
    onProgress: (progress) => parentPort?.postMessage({ type: 'progress', progress }),
  });
  parentPort?.postMessage({ type: 'result', result });
} catch (error) {
  const coded = error && typeof error === 'object' ? error : {};
  parentPort?.postMessage({
    type: 'error',
    error: {
      message: error instanceof Error ? error.message : String(error),
      code: typeof coded.code === 'string' ? coded.code : null,
      params: coded.params && typeof coded.params === 'object' ? coded.params : {},
    },
  });
}
