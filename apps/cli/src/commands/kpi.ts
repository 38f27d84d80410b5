// `logipilot kpi --from D --to D [--group-by client|activity|team|operator] [--recompute]`: the KPI values of a
// period with target and traffic light, optionally after rebuilding the period's daily facts from the history.
import type { Dimension, KpiUnit } from '@logipilot/domain';
import { formatNumber, type Lang, translate } from '@logipilot/i18n';
import { type Command, stringOption } from '../command.ts';
import { isoDay, oneOf, required } from '../option-values.ts';
import { adminActor, requireSite, withStore } from '../store.ts';

const GROUPS = ['client', 'activity', 'team', 'operator'] as const;

const t = (lang: Lang, key: string, params?: Record<string, unknown>) =>
  translate(lang, `kpi.${key}`, params);

export function formatKpiValue(lang: Lang, unit: KpiUnit, value: number | null): string {
  if (value === null) return '—';
  const digits = unit === 'percent' ? 2 : unit === 'ppm' || unit === 'eur' ? 0 : unit === 'rate' ? 1 : 2;
  const text = formatNumber(lang, value, {
    minimumFractionDigits: digits === 0 ? 0 : 1,
    maximumFractionDigits: digits,
  });
  // Safety rates (TF, TG) are plain numbers by definition.
  return unit === 'rate' ? text : `${text} ${t(lang, `unitShort.${unit}`)}`;
}

export const kpiCommand: Command = {
  name: 'kpi',
  summaryKey: 'kpi.summary',
  options: {
    from: { type: 'string', valueName: 'YYYY-MM-DD', descriptionKey: 'kpi.option.from' },
    to: { type: 'string', valueName: 'YYYY-MM-DD', descriptionKey: 'kpi.option.to' },
    'group-by': {
      type: 'string',
      valueName: 'client|activity|team|operator',
      descriptionKey: 'kpi.option.groupBy',
    },
    recompute: { type: 'boolean', descriptionKey: 'kpi.option.recompute' },
  },
  args: [],
  async run({ options, globals, out }) {
    const from = required('kpi', 'from', isoDay('kpi', 'from', stringOption(options, 'from')));
    const to = required('kpi', 'to', isoDay('kpi', 'to', stringOption(options, 'to')));
    const group = stringOption(options, 'group-by');
    const groupBy: Dimension =
      group === undefined ? 'site' : required('kpi', 'group-by', oneOf('kpi', 'group-by', group, GROUPS));
    const [{ kpiBoard }, { recomputeKpiFacts }] = await Promise.all([
      import('@logipilot/app/kpi/kpi-board'),
      import('@logipilot/app/kpi/recompute-kpis'),
    ]);
    const { board, recomputed } = await withStore(globals, async (ctx) => {
      const site = await requireSite(ctx);
      const actor = await adminActor(ctx, site);
      const recomputed =
        options.recompute === true
          ? await recomputeKpiFacts(ctx, actor, { siteId: site.id, from, to })
          : null;
      const board = await kpiBoard(ctx, actor, { siteId: site.id, from, to, groupBy });
      return { board, recomputed };
    });
    const lang = out.lang;
    const kpis = board.tiles.map((tile) => ({
      id: tile.id,
      family: tile.family,
      value: tile.value,
      target: tile.target,
      status: tile.status === 'none' ? null : tile.status,
      unit: tile.unit,
      ...(groupBy === 'site' ? {} : { group: tile.group }),
      numerator: tile.numerator,
      denominator: tile.denominator,
      previous: tile.previous,
      lastYear: tile.lastYear,
      trend: tile.trend,
    }));
    const lines: string[] = [];
    if (recomputed)
      lines.push(
        t(lang, 'cli.recomputed', { rows: recomputed.rows, from: recomputed.from, to: recomputed.to }),
      );
    lines.push(t(lang, 'cli.period', { from, to, group: t(lang, `dimension.${groupBy}`) }));
    let lastGroup: string | null = null;
    for (const tile of board.tiles) {
      if (groupBy !== 'site' && tile.group !== lastGroup) {
        lines.push('', `${t(lang, `dimension.${groupBy}`)} ${tile.group}`);
        lastGroup = tile.group;
      }
      lines.push(
        t(lang, 'cli.line', {
          light: t(lang, `lightShort.${tile.status}`),
          name: t(lang, `kpi.${tile.id}.name`).padEnd(42),
          value: formatKpiValue(lang, tile.unit, tile.value).padStart(14),
          target: tile.target === null ? '—' : formatKpiValue(lang, tile.unit, tile.target),
        }),
      );
    }
    if (board.tiles.length === 0) lines.push(t(lang, 'cli.empty'));
    out.result({ from, to, groupBy, ...(recomputed ? { recomputed } : {}), kpis }, lines);
  },
};
