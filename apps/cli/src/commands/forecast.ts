// `logipilot forecast --flow F [--client C] --horizon D`: computes a statistical forecast, stores it as a new version,
// prints per series the chosen method, each candidate's holdout accuracy, the interval coverage and the days.
import { FLOW_KINDS } from '@logipilot/domain';
import { formatNumber, formatPercent, type Lang, translate } from '@logipilot/i18n';
import { type Command, stringOption } from '../command.ts';
import { isoDay, nonNegativeInteger, oneOf, required } from '../option-values.ts';
import { startProgress } from '../progress.ts';
import { adminActor, requireSite, withStore } from '../store.ts';
import { UsageError } from '../usage-error.ts';

const t = (lang: Lang, key: string, params?: Record<string, unknown>) =>
  translate(lang, `forecast.${key}`, params);

function ratio(lang: Lang, value: number | null, width: number): string {
  return (value === null ? t(lang, 'cli.none') : formatPercent(lang, value, 1)).padStart(width);
}

/** The longest method name ("régression calendaire (logarithmique)") fits. */
const METHOD_WIDTH = 38;

function quantity(lang: Lang, value: number): string {
  return formatNumber(lang, value, { maximumFractionDigits: 1 });
}

export const forecastCommand: Command = {
  name: 'forecast',
  summaryKey: 'forecast.summary',
  options: {
    flow: { type: 'string', valueName: 'F', descriptionKey: 'forecast.option.flow' },
    client: { type: 'string', valueName: 'C', descriptionKey: 'forecast.option.client' },
    horizon: { type: 'string', valueName: 'D', descriptionKey: 'forecast.option.horizon' },
    holdout: { type: 'string', valueName: 'D', descriptionKey: 'forecast.option.holdout' },
    'as-of': { type: 'string', valueName: 'YYYY-MM-DD', descriptionKey: 'forecast.option.asOf' },
    name: { type: 'string', valueName: 'NAME', descriptionKey: 'forecast.option.name' },
  },
  args: [],
  async run({ options, globals, out }) {
    const flow = required(
      'forecast',
      'flow',
      oneOf('forecast', 'flow', stringOption(options, 'flow'), FLOW_KINDS),
    );
    const horizonDays = required(
      'forecast',
      'horizon',
      nonNegativeInteger('forecast', 'horizon', stringOption(options, 'horizon')),
    );
    if (horizonDays < 1 || horizonDays > 731) {
      throw new UsageError(
        'CLI_INVALID_VALUE',
        { option: '--horizon', value: String(horizonDays), expected: '1–731' },
        'forecast',
      );
    }
    const holdoutDays = nonNegativeInteger('forecast', 'holdout', stringOption(options, 'holdout'));
    const asOf = isoDay('forecast', 'as-of', stringOption(options, 'as-of'));
    const clientCode = stringOption(options, 'client');
    const name = stringOption(options, 'name');
    const { runStatisticalForecast } = await import('@logipilot/app/forecast/run-statistical-forecast');
    const { forecastReasonMessage, methodLabel, flowLabel } = await import(
      '@logipilot/app/forecast/forecast-messages'
    );
    const progress = startProgress(out, t(out.lang, 'cli.progress'));
    const result = await withStore(globals, async (ctx) => {
      const site = await requireSite(ctx);
      const actor = await adminActor(ctx, site);
      let clientId: string | undefined;
      if (clientCode !== undefined) {
        const client = await ctx.db.repos.clients.getByCode(site.id, clientCode);
        if (!client) {
          const codes = (await ctx.db.repos.clients.all(site.id)).map((c) => c.code);
          throw new UsageError(
            'CLI_INVALID_VALUE',
            { option: '--client', value: clientCode, expected: codes.join(', ') },
            'forecast',
          );
        }
        clientId = client.id;
      }
      return runStatisticalForecast(
        ctx,
        actor,
        {
          flow,
          horizonDays,
          ...(clientId ? { clientId } : {}),
          ...(holdoutDays === undefined ? {} : { holdoutDays }),
          ...(asOf ? { asOf } : {}),
          ...(name ? { name } : {}),
        },
        (done, total) => progress.update(done, total),
      );
    }).finally(() => progress.stop());

    const lang = out.lang;
    const col = (name: string) => t(lang, `cli.column.${name}`);
    const { siteId: _siteId, ...version } = result.version;
    const series = result.series.map((s) => ({
      ...s,
      reasons: s.reasons.map((r) => ({ ...r, message: forecastReasonMessage(lang, r) })),
    }));
    const lines: string[] = [
      t(lang, 'cli.version', {
        number: version.number,
        name: version.name,
        series: series.length,
        asOf: result.asOf,
        horizonDays: result.horizonDays,
      }),
    ];
    for (const s of series) {
      lines.push(
        '',
        t(lang, 'cli.series', {
          client: s.clientCode,
          flow: flowLabel(lang, s.flow),
          method: methodLabel(lang, s.method),
        }),
      );
      if (s.candidates.length === 0) lines.push(t(lang, 'cli.noCandidates'));
      else {
        lines.push(
          [
            `    ${col('method').padEnd(METHOD_WIDTH)}`,
            col('wape').padStart(7),
            col('mape').padStart(7),
            col('bias').padStart(7),
            col('coverage').padStart(10),
          ].join(' '),
        );
        for (const c of s.candidates) {
          lines.push(
            t(lang, 'cli.candidate', {
              marker: c.method === s.method ? '*' : ' ',
              method: methodLabel(lang, c.method).padEnd(METHOD_WIDTH),
              wape: ratio(lang, c.wape, 7),
              mape: ratio(lang, c.mape, 7),
              bias: ratio(lang, c.bias, 7),
              coverage: ratio(lang, c.coverage, 10),
            }),
          );
        }
      }
      if (s.intervalCoverageOnHoldout !== null) {
        lines.push(
          t(lang, 'cli.coverage', {
            nominal: formatPercent(lang, result.coverage),
            coverage: formatPercent(lang, s.intervalCoverageOnHoldout, 1),
          }),
        );
      }
      for (const r of s.reasons) lines.push(t(lang, 'cli.reason', { message: r.message }));
      lines.push(`  ${col('day').padEnd(10)}  ${col('forecast').padStart(10)}  ${col('interval')}`);
      for (const p of s.forecast) {
        lines.push(
          t(lang, 'cli.day', {
            day: p.day,
            value: quantity(lang, p.value).padStart(10),
            lower: quantity(lang, p.lower),
            upper: quantity(lang, p.upper),
          }),
        );
      }
    }
    out.result({ ...result, version, series }, lines);
  },
};
