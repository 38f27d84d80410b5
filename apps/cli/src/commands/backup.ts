// `logipilot backup FILE`: saves the whole site (master data, users, audit trail, history) to one file.
import type { Command } from '../command.ts';
import { countLines } from '../demo-seeding.ts';
import { requireSite, withStore } from '../store.ts';

export const backupCommand: Command = {
  name: 'backup',
  summaryKey: 'backup.summary',
  options: {},
  args: [{ name: 'FILE', descriptionKey: 'backup.arg.file' }],
  async run({ args: [file = ''], globals, out }) {
    const { backupSite } = await import('@logipilot/app/backup/backup-site');
    const { site, summary } = await withStore(globals, async (ctx) => {
      const site = await requireSite(ctx);
      return { site, summary: await backupSite(ctx, site.id, file) };
    });
    out.result({ site: { id: site.id, code: site.code, name: site.name }, ...summary }, [
      out.t('backup.done', { code: site.code, file }),
      ...countLines(out, summary.counts),
    ]);
  },
};
