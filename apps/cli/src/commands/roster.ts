// `logipilot roster bench --instance FILE --time-limit S [--seed N]`: solves a public benchmark instance (Curtois
// & Qu) with the product's roster solver on its own thread and prints the objective, feasibility and the roster.
import { formatNumber, type Lang, translate } from '@logipilot/i18n';
import { type Command, stringOption } from '../command.ts';
import { readInputFile } from '../files.ts';
import { nonNegativeInteger, oneOf, required } from '../option-values.ts';
import { startProgress } from '../progress.ts';
import { UsageError } from '../usage-error.ts';

const t = (lang: Lang, key: string, params?: Record<string, unknown>) =>
  translate(lang, `roster-cli.${key}`, params);

const ACTIONS = ['bench'] as const;
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
  },
  args: [{ name: 'ACTION', descriptionKey: 'roster.arg.action' }],
  async run({ options, args: [action = ''], out }) {
    oneOf('roster', 'ACTION', action, ACTIONS);
    const instance = required('roster', 'instance', stringOption(options, 'instance'));
    const timeLimitSeconds = required('roster', 'time-limit', seconds(stringOption(options, 'time-limit')));
    const seed = nonNegativeInteger('roster', 'seed', stringOption(options, 'seed')) ?? 1;
    const [{ parseCurtoisInstance, toBenchAssignments }, { solveRosterInWorker }] = await Promise.all([
      import('@logipilot/solvers/rostering/curtois'),
      import('@logipilot/solvers/rostering/solve-in-worker'),
    ]);
    const text = new TextDecoder().decode(await readInputFile(instance));
    const problem = parseCurtoisInstance(text, instance);

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
        assignments: toBenchAssignments(problem, result.assignment),
      },
      lines,
    );
  },
};
