// `logipilot drifts --from D --to D [--dimension site|client|team|operator|activity]`: the SPC alerts of a period,
// each with the rule that fired and the days it fired on (limits from the year before the period).
import type { Dimension } from '@logipilot/domain';
import { type Lang, translate } from '@logipilot/i18n';
import { type Command, stringOption } from '../command.ts';
import { isoDay, oneOf, required } from '../option-values.ts';
import { adminActor, requireSite, withStore } from '../store.ts';
import { formatKpiValue } from './kpi.ts';

const DIMENSIONS = ['site', 'client', 'activity', 'team', 'operator'] as const;

const t = (lang: Lang, key: string, params?: Record<string, unknown>) =>
  translate(lang, `kpi.${key}`, params);

export const driftsCommand: Command = {
  name: 'drifts',
  summaryKey: 'drifts.summary',
  options: {
    from: { type: 'string', valueName: 'YYYY-MM-DD', descriptionKey: 'drifts.option.from' },
    to: { type: 'string', valueName: 'YYYY-MM-DD', descriptionKey: 'drifts.option.to' },
    dimension: { type: 'string', valueName: 'site|client|…', descriptionKey: 'drifts.option.dimension' },
  },
  args: [],
  async run({ options, globals, out }) {
    const from = required('drifts', 'from', isoDay('drifts', 'from', stringOption(options, 'from')));
    const to = required('drifts', 'to', isoDay('drifts', 'to', stringOption(options, 'to')));
    const d = stringOption(options, 'dimension');
    const dimension: Dimension | undefined =
      d === undefined
        ? undefined
        : required('drifts', 'dimension', oneOf('drifts', 'dimension', d, DIMENSIONS));
    const { detectDrifts } = await import('@logipilot/app/kpi/drift-detection');
    const report = await withStore(globals, async (ctx) => {
      const site = await requireSite(ctx);
      const actor = await adminActor(ctx, site);
      return detectDrifts(ctx, actor, { siteId: site.id, from, to, ...(dimension ? { dimension } : {}) });
    });
    const lang = out.lang;
    const { KPIS } = await import('@logipilot/domain');
    const unitOf = new Map(KPIS.map((k) => [k.id, k.unit]));
    const lines = [t(lang, 'cli.drifts', { count: report.alerts.length, series: report.series, from, to })];
    for (const a of report.alerts) {
      const unit = unitOf.get(a.kpiId) ?? 'percent';
      lines.push(
        t(lang, 'cli.alert', {
          firedAt: a.firedAt,
          name: t(lang, `kpi.${a.kpiId}.name`),
          scope:
            a.dimension === 'site'
              ? t(lang, 'dimension.site')
              : `${t(lang, `dimension.${a.dimension}`)} ${a.key}`,
          rule: t(lang, `rule.${a.rule}`),
          start: a.start,
          value: formatKpiValue(lang, unit, a.value),
          centre: formatKpiValue(lang, unit, a.centre),
        }),
      );
    }
    out.result(report, lines);
  },
};
