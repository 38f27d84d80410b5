// The levers solver thread: HiGHS loaded once, one model solved per message, answers in the order asked.
import { parentPort } from 'node:worker_threads';
import highsLoader from 'highs';
import { solveMatrix } from './highs-core.mjs';

const runtime = highsLoader();

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
