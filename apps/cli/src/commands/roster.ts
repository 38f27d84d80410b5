// `logipilot roster solve …` (roster-solve.ts) and `logipilot roster bench --instance FILE --time-limit S [--seed N]
// [--method solver|plain-mip]`: solves a public
// benchmark instance (Curtois & Qu) with the product's roster solver on its own thread, or with the plain HiGHS MIP
// baseline, and prints the objective, feasibility and the roster.
import { formatNumber, type Lang, translate } from '@logipilot/i18n';
import type { RosterProblem } from '@logipilot/solvers/rostering/problem';
import { type Command, stringOption } from '../command.ts';
import { readInputFile } from '../files.ts';
import { nonNegativeInteger, oneOf, required } from '../option-values.ts';
import type { Output } from '../output.ts';
import { startProgress } from '../progress.ts';
import { UsageError } from '../usage-error.ts';

const t = (lang: Lang, key: string, params?: Record<string, unknown>) =>
  translate(lang, `roster-cli.${key}`, params);

const ACTIONS = ['bench', 'solve'] as const;
const METHODS = ['solver', 'plain-mip'] as const;
/** Catalogue keys of the plain MIP's end states. */
const MIP_STATUS_KEYS = {
  optimal: 'optimal',
  'time-limit': 'timeLimit',
  infeasible: 'infeasible',
  unsupported: 'unsupported',
  'too-large': 'tooLarge',
  error: 'error',
} as const;
/** A day is the longest solve the command accepts. */
const MAX_SECONDS = 86_400;

function seconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(',', '.'));
  if (/^\d+([.,]\d+)?$/.test(value) && n > 0 && n <= MAX_SECONDS) return n;
  throw new UsageError(
    'CLI_INVALID_VALUE',
    { option: '--time-limit', value, expected: `0 < S ≤ ${MAX_SECONDS}` },
    'roster',
  );
}

export const rosterCommand: Command = {
  name: 'roster',
  summaryKey: 'roster.summary',
  options: {
    instance: { type: 'string', valueName: 'FILE', descriptionKey: 'roster.option.instance' },
    'time-limit': { type: 'string', valueName: 'S', descriptionKey: 'roster.option.timeLimit' },
    seed: { type: 'string', valueName: 'N', descriptionKey: 'roster.option.seed' },
    method: { type: 'string', valueName: 'solver|plain-mip', descriptionKey: 'roster.option.method' },
    from: { type: 'string', valueName: 'YYYY-MM-DD', descriptionKey: 'roster.option.from' },
    weeks: { type: 'string', valueName: 'N', descriptionKey: 'roster.option.weeks' },
    plan: { type: 'string', valueName: 'ID', descriptionKey: 'roster.option.plan' },
  },
  args: [{ name: 'ACTION', descriptionKey: 'roster.arg.action' }],
  async run({ options, args: [action = ''], out, globals }) {
    oneOf('roster', 'ACTION', action, ACTIONS);
    if (action === 'solve') {
      const { rosterSolve } = await import('./roster-solve.ts');
      await rosterSolve(out, globals, options, seconds(stringOption(options, 'time-limit')));
      return;
    }
    const instance = required('roster', 'instance', stringOption(options, 'instance'));
    const timeLimitSeconds = required('roster', 'time-limit', seconds(stringOption(options, 'time-limit')));
    const seed = nonNegativeInteger('roster', 'seed', stringOption(options, 'seed')) ?? 1;
    const method = oneOf('roster', 'method', stringOption(options, 'method'), METHODS) ?? 'solver';
    const { parseCurtoisInstance, toBenchAssignments } = await import('@logipilot/solvers/rostering/curtois');
    const text = new TextDecoder().decode(await readInputFile(instance));
    const problem = parseCurtoisInstance(text, instance);
    if (method === 'plain-mip') {
      await plainMip(out, { instance, problem, seed, timeLimitSeconds });
      return;
    }
    const { solveRosterInWorker } = await import('@logipilot/solvers/rostering/solve-in-worker');

    const progress = startProgress(out, t(out.lang, 'bench.progress'));
    const total = Math.ceil(timeLimitSeconds);
    const abort = new AbortController();
    const onSignal = () => abort.abort();
    process.once('SIGINT', onSignal);
    const result = await solveRosterInWorker(problem, {
      seed,
      timeLimitSeconds,
      signal: abort.signal,
      onProgress: (p) => progress.update(Math.min(total, Math.floor(p.elapsedMs / 1000)), total),
    }).finally(() => {
      progress.stop();
      process.off('SIGINT', onSignal);
    });

    const feasible = result.score.hard === 0;
    const secondsTaken = Math.round(result.elapsedMs) / 1000;
    const lang = out.lang;
    const lines = [
      t(lang, 'bench.summary', {
        instance,
        objective: formatNumber(lang, result.score.soft),
        verdict: feasible
          ? t(lang, 'bench.feasible')
          : t(lang, 'bench.infeasible', { count: result.score.hard }),
        seconds: formatNumber(lang, secondsTaken, { maximumFractionDigits: 1 }),
        seed,
        iterations: formatNumber(lang, result.iterations),
      }),
    ];
    if (result.lowerBound !== undefined) {
      lines.push(
        result.lowerBound >= result.score.soft
          ? t(lang, 'bench.proven')
          : t(lang, 'bench.lowerBound', { bound: formatNumber(lang, result.lowerBound) }),
      );
    }
    if (result.cancelled) lines.push(t(lang, 'bench.cancelled'));
    out.result(
      {
        instance,
        objective: result.score.soft,
        feasible,
        seconds: secondsTaken,
        // Only when known: a proven bound of the objective (the optimum when equal to it).
        ...(result.lowerBound !== undefined ? { lowerBound: result.lowerBound } : {}),
        assignments: toBenchAssignments(problem, result.assignment),
      },
      lines,
    );
  },
};

/**
 * The baseline: HiGHS alone on the full MIP, on this thread (the solve blocks; Ctrl-C ends the process). The JSON
 * has the solver's fields, so that the referee judges it the same way, plus `mip` (HiGHS's end state and bound);
 * without an integer solution `objective` and `assignments` are null and `feasible` is false.
 */
async function plainMip(
  out: Output,
  run: { instance: string; problem: RosterProblem; seed: number; timeLimitSeconds: number },
): Promise<void> {
  const { instance, problem, seed, timeLimitSeconds } = run;
  const [{ toBenchAssignments }, { solvePlainMip }] = await Promise.all([
    import('@logipilot/solvers/rostering/curtois'),
    import('@logipilot/solvers/rostering/plain-mip'),
  ]);
  const progress = startProgress(out, t(out.lang, 'bench.progress'));
  const total = Math.ceil(timeLimitSeconds);
  const result = await solvePlainMip(problem, {
    seed,
    timeLimitSeconds,
    onProgress: (p) => progress.update(Math.min(total, Math.floor(p.elapsedMs / 1000)), total),
  }).finally(() => progress.stop());

  const lang = out.lang;
  const feasible = result.score !== null && result.score.hard === 0;
  const secondsTaken = Math.round(result.elapsedMs) / 1000;
  const status = t(lang, `mip.status.${MIP_STATUS_KEYS[result.status]}`, { detail: result.detail });
  const common = {
    instance,
    seconds: formatNumber(lang, secondsTaken, { maximumFractionDigits: 1 }),
    seed,
    nodes: formatNumber(lang, result.nodes),
    status,
  };
  const lines =
    result.score === null
      ? [t(lang, 'mip.none', common)]
      : [
          t(lang, 'mip.summary', {
            ...common,
            objective: formatNumber(lang, result.score.soft),
            verdict: feasible
              ? t(lang, 'bench.feasible')
              : t(lang, 'bench.infeasible', { count: result.score.hard }),
          }),
        ];
  if (result.lowerBound !== undefined) {
    lines.push(
      result.score !== null && result.lowerBound >= result.score.soft
        ? t(lang, 'mip.proven')
        : t(lang, 'mip.lowerBound', { bound: formatNumber(lang, result.lowerBound) }),
    );
  }
  out.result(
    {
      instance,
      objective: result.score?.soft ?? null,
      feasible,
      seconds: secondsTaken,
      assignments: result.assignment ? toBenchAssignments(problem, result.assignment) : null,
      mip: {
        status: result.status,
        detail: result.detail,
        lowerBound: result.lowerBound ?? null,
        columns: result.columns,
        rows: result.rows,
        nodes: result.nodes,
      },
    },
    lines,
  );
}
