// The levers solver thread: HiGHS loaded once and warmed up, one model solved per message, answers in order.
import { parentPort, workerData } from 'node:worker_threads';
import highsLoader from 'highs';
import { solveMatrix } from './highs-core.mjs';
import { warmUp } from './highs-warmup.mjs';

/** Ready once loaded and warmed up: the models sent meanwhile wait, in order. */
const runtime = highsLoader().then((highs) => {
  const warm = workerData?.warmUp;
  if (warm) warmUp(highs, warm.options, warm.budgetMs);
  return highs;
});

parentPort?.on('message', async ({ id, matrix, options }) => {
  let outcome;
  try {
    outcome = solveMatrix(await runtime, matrix, options);
  } catch (error) {
    outcome = {
      solverStatus: 'Exception',
      colValue: null,
      objective: 0,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  parentPort?.postMessage({ id, outcome }, outcome.colValue ? [outcome.colValue.buffer] : []);
});
