// `logipilot plan --from YYYY-MM-DD --weeks N`: the activity plan from the stored forecast, per day (JSON) or per week.
import { DomainError } from '@logipilot/domain';
import { formatCurrencyCents, formatDate, formatNumber, type Lang, translate } from '@logipilot/i18n';
import { type Command, stringOption } from '../command.ts';
import { isoDay, nonNegativeInteger, required } from '../option-values.ts';
import { startProgress } from '../progress.ts';
import { adminActor, requireSite, withStore } from '../store.ts';
import { UsageError } from '../usage-error.ts';

const t = (lang: Lang, key: string, params?: Record<string, unknown>) =>
  translate(lang, `plan.${key}`, params);

/** A percentage option: `--volume-pct 20` or `--volume-pct=-10` (a leading minus needs the `=` form). */
function percent(option: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(',', '.'));
  if (value.trim() !== '' && Number.isFinite(n) && n >= min && n <= max) return n;
  throw new UsageError(
    'CLI_INVALID_VALUE',
    { option: `--${option}`, value, expected: `${min}…${max}` },
    'plan',
  );
}

interface PlanDoc {
  from: string;
  to: string;
  days: { date: string; peak: boolean; activities: { hours: number }[]; shifts: { gap: number }[] }[];
  levers: { status: string; lines: { kind: string; day: string; hours: number; costCents: number }[] };
  totals: { hours: number; overtimeHours: number; tempHours: number; cost: number };
}

/** One line per week: hours, peak days, shortage, levers and cost, then the plan's total. */
export function weekLines(lang: Lang, plan: PlanDoc): string[] {
  const lines: string[] = [];
  const num = (x: number) => formatNumber(lang, x, { maximumFractionDigits: 1 });
  for (let w = 0; w < plan.days.length; w += 7) {
    const days = plan.days.slice(w, w + 7);
    const first = days[0]?.date ?? plan.from;
    const last = days.at(-1)?.date ?? first;
    const inWeek = plan.levers.lines.filter((l) => l.day >= first && l.day <= last);
    const sum = (kind: string) => inWeek.filter((l) => l.kind === kind).reduce((s, l) => s + l.hours, 0);
    const peaks = days.filter((d) => d.peak).map((d) => formatDate(lang, d.date, 'short'));
    lines.push(
      t(lang, 'cli.week', {
        from: formatDate(lang, first, 'medium'),
        hours: num(days.reduce((s, d) => s + d.activities.reduce((x, a) => x + a.hours, 0), 0)),
        peaks: peaks.length,
        peakList: peaks.length > 0 ? ` (${peaks.join(', ')})` : '',
        shortage: days.reduce((s, d) => s + d.shifts.reduce((x, g) => x + Math.max(g.gap, 0), 0), 0),
        overtime: num(sum('overtime')),
        temp: num(sum('temp')),
        extension: num(sum('shift_extension')),
        cost: formatCurrencyCents(
          lang,
          inWeek.reduce((s, l) => s + l.costCents, 0),
        ),
      }),
    );
  }
  lines.push(
    t(lang, 'cli.total', {
      from: formatDate(lang, plan.from, 'medium'),
      to: formatDate(lang, plan.to, 'medium'),
      hours: num(plan.totals.hours),
      overtime: num(plan.totals.overtimeHours),
      temp: num(plan.totals.tempHours),
      cost: formatCurrencyCents(lang, plan.totals.cost),
      status: translate(lang, `levers.status.${plan.levers.status}`),
    }),
  );
  return lines;
}

export const planCommand: Command = {
  name: 'plan',
  summaryKey: 'plan.summary',
  options: {
    from: { type: 'string', valueName: 'YYYY-MM-DD', descriptionKey: 'plan.option.from' },
    weeks: { type: 'string', valueName: 'N', descriptionKey: 'plan.option.weeks' },
    'forecast-version': { type: 'string', valueName: 'ID', descriptionKey: 'plan.option.forecastVersion' },
    'volume-pct': { type: 'string', valueName: 'P', descriptionKey: 'plan.option.volumePct' },
    'productivity-pct': { type: 'string', valueName: 'P', descriptionKey: 'plan.option.productivityPct' },
    'absenteeism-pct': { type: 'string', valueName: 'P', descriptionKey: 'plan.option.absenteeismPct' },
  },
  args: [],
  async run({ options, globals, out }) {
    const from = required('plan', 'from', isoDay('plan', 'from', stringOption(options, 'from')));
    const weeks = required(
      'plan',
      'weeks',
      nonNegativeInteger('plan', 'weeks', stringOption(options, 'weeks')),
    );
    if (weeks < 1 || weeks > 52)
      throw new UsageError(
        'CLI_INVALID_VALUE',
        { option: '--weeks', value: String(weeks), expected: '1–52' },
        'plan',
      );
    const volumePct = percent('volume-pct', stringOption(options, 'volume-pct'), -50, 200);
    const productivityPct = percent('productivity-pct', stringOption(options, 'productivity-pct'), -50, 100);
    const absenteeismPct = percent('absenteeism-pct', stringOption(options, 'absenteeism-pct'), 0, 50);
    const forecastVersionId = stringOption(options, 'forecast-version');
    const { computePlan } = await import('@logipilot/app/plan/compute-plan');

    let progress: ReturnType<typeof startProgress> | null = null;
    let phase = '';
    const abort = new AbortController();
    const onSignal = () => abort.abort();
    process.once('SIGINT', onSignal);
    const plan = await withStore(globals, async (ctx) => {
      const actor = await adminActor(ctx, await requireSite(ctx));
      return computePlan(
        ctx,
        actor,
        {
          from,
          weeks,
          ...(forecastVersionId !== undefined ? { forecastVersionId } : {}),
          scenario: {
            ...(volumePct !== undefined ? { volumePct } : {}),
            ...(productivityPct !== undefined ? { productivityPct } : {}),
            ...(absenteeismPct !== undefined ? { absenteeismPct } : {}),
          },
        },
        {
          lang: out.lang,
          signal: abort.signal,
          onProgress: (p) => {
            if (p.phase !== phase) {
              progress?.stop();
              phase = p.phase;
              progress = startProgress(out, t(out.lang, `cli.progress.${p.phase}`));
            }
            progress?.update(p.done, p.total);
          },
        },
      );
    }).finally(() => {
      progress?.stop();
      process.off('SIGINT', onSignal);
    });

    if (plan.forecastVersionIds.length === 0) {
      throw new DomainError('PLAN_NO_FORECAST', {
        params: { from: plan.from, to: plan.to, days: weeks * 7 },
      });
    }
    for (const issue of plan.issues) out.log(issue.message);
    const { heatmap: _heatmap, ...document } = plan;
    out.result(document, weekLines(out.lang, plan));
  },
};
