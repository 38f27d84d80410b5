// `logipilot roster solve --from D --weeks N [--plan ID] [--time-limit S] [--seed N]`: rosters the site against a
// stored activity plan's needs, with a progress bar, and stores the roster as a draft (as the web's Solve does).
import { formatNumber, type Lang, translate } from '@logipilot/i18n';
import { type GlobalOptions, type OptionValues, stringOption } from '../command.ts';
import { isoDay, nonNegativeInteger, required } from '../option-values.ts';
import type { Output } from '../output.ts';
import { startProgress } from '../progress.ts';
import { adminActor, requireSite, withStore } from '../store.ts';
import { UsageError } from '../usage-error.ts';

const t = (lang: Lang, key: string, params?: Record<string, unknown>) =>
  translate(lang, `roster-cli.solve.${key}`, params);

const POLL_MS = 250;

export async function rosterSolve(
  out: Output,
  globals: GlobalOptions,
  options: OptionValues,
  timeLimitSeconds: number | undefined,
): Promise<void> {
  const from = required('roster', 'from', isoDay('roster', 'from', stringOption(options, 'from')));
  const weeks = nonNegativeInteger('roster', 'weeks', stringOption(options, 'weeks')) ?? 1;
  if (weeks < 1 || weeks > 6)
    throw new UsageError(
      'CLI_INVALID_VALUE',
      { option: '--weeks', value: String(weeks), expected: '1–6' },
      'roster',
    );
  const seed = nonNegativeInteger('roster', 'seed', stringOption(options, 'seed')) ?? 1;
  const planId = stringOption(options, 'plan');
  const limit = timeLimitSeconds ?? 30;
  const [{ RosterJobs }, { getRoster }] = await Promise.all([
    import('@logipilot/app/roster/roster-jobs'),
    import('@logipilot/app/roster/roster-versions'),
  ]);
  const lang = out.lang;
  const progress = startProgress(out, t(lang, 'progress'));
  const total = Math.ceil(limit);
  let cancel = () => {};
  const onSignal = () => cancel();
  process.once('SIGINT', onSignal);
  const view = await withStore(globals, async (ctx) => {
    const actor = await adminActor(ctx, await requireSite(ctx));
    const jobs = new RosterJobs(ctx);
    try {
      const { jobId } = await jobs.start(actor, {
        from,
        weeks,
        seed,
        timeLimitSeconds: limit,
        ...(planId !== undefined ? { planId } : {}),
      });
      cancel = () => jobs.cancel(actor, jobId, lang);
      const timer = setInterval(() => {
        const job = jobs.get(actor, jobId, lang);
        progress.update(Math.min(total, Math.floor(job.elapsedMs / 1000)), total);
      }, POLL_MS);
      await jobs.settled(jobId).finally(() => clearInterval(timer));
      const job = jobs.get(actor, jobId, lang);
      if (!job.rosterId) throw new Error(job.error?.message ?? 'roster solve failed');
      return await getRoster(ctx, actor, job.rosterId, { lang });
    } finally {
      await jobs.close();
    }
  }).finally(() => {
    progress.stop();
    process.off('SIGINT', onSignal);
  });

  const needed = view.coverage.reduce((s, r) => s + r.needed, 0);
  const covered = view.coverage.reduce((s, r) => s + Math.min(r.needed, r.assigned), 0);
  const hard = view.violations.filter((v) => v.hard);
  const lines = [
    t(lang, 'summary', {
      name: view.name,
      id: view.id,
      people: view.people.length,
      cells: view.assignments.length,
      covered,
      needed,
      count: hard.length,
      penalty: formatNumber(lang, view.score.soft, { maximumFractionDigits: 1 }),
    }),
    ...hard.slice(0, 20).map((v) => `  ✗ ${v.message}`),
  ];
  if (view.solve?.cancelled) lines.push(t(lang, 'cancelled'));
  out.result(view, lines);
}
