// `logipilot events import KIND FILE [--dry-run]`: imports a WMS export (order lines, receipts, counts, timesheets,
// incidents, damages, claims, occupancy) into the event history, all or nothing.
import { HISTORY_KINDS } from '@logipilot/domain';
import { formatNumber, type Lang, translate } from '@logipilot/i18n';
import type { Command } from '../command.ts';
import { oneOf } from '../option-values.ts';
import { adminActor, requireSite, withStore } from '../store.ts';

const t = (lang: Lang, key: string, params?: Record<string, unknown>) =>
  translate(lang, `kpi.${key}`, params);

export const eventsCommand: Command = {
  name: 'events',
  summaryKey: 'events.summary',
  options: {
    'dry-run': { type: 'boolean', descriptionKey: 'events.option.dryRun' },
  },
  args: [
    { name: 'ACTION', descriptionKey: 'events.arg.action' },
    { name: 'KIND', descriptionKey: 'events.arg.kind' },
    { name: 'FILE', descriptionKey: 'events.arg.file' },
  ],
  async run({ options, args: [action = '', kind = '', file = ''], globals, out }) {
    oneOf('events', 'ACTION', action, ['import'] as const);
    oneOf('events', 'KIND', kind, HISTORY_KINDS);
    const { resolve, basename } = await import('node:path');
    const path = resolve(file);
    const { importHistory } = await import('@logipilot/app/kpi/import-history');
    const started = performance.now();
    const result = await withStore(globals, async (ctx) => {
      const site = await requireSite(ctx);
      const actor = await adminActor(ctx, site);
      return importHistory(ctx, actor, {
        siteId: site.id,
        kind,
        fileName: basename(path),
        path,
        ...(options['dry-run'] === true ? { dryRun: true } : {}),
      });
    });
    const seconds = (performance.now() - started) / 1000;
    const lang = out.lang;
    const lines = [
      t(lang, result.dryRun ? 'cli.checked' : 'cli.imported', {
        count: result.rows,
        rows: formatNumber(lang, result.rows),
        kind: t(lang, `historyKind.${result.kind}`),
        file: result.file,
        seconds: formatNumber(lang, seconds, { maximumFractionDigits: 1 }),
      }),
    ];
    if (result.ignoredColumns.length > 0)
      lines.push(t(lang, 'cli.ignoredColumns', { columns: result.ignoredColumns.join(', ') }));
    out.result({ ...result, seconds }, lines);
  },
};
