// `logipilot restore FILE`: restores a site from a backup file, replacing the site of the same id.
import type { Command } from '../command.ts';
import { countLines } from '../demo-seeding.ts';
import { withStore } from '../store.ts';

export const restoreCommand: Command = {
  name: 'restore',
  summaryKey: 'restore.summary',
  options: {},
  args: [{ name: 'FILE', descriptionKey: 'restore.arg.file' }],
  async run({ args: [file = ''], globals, out }) {
    const { restoreSite } = await import('@logipilot/app/backup/restore-site');
    const restored = await withStore(globals, (ctx) => restoreSite(ctx, file));
    out.result({ file, ...restored }, [
      out.t('restore.done', { code: restored.site.code, file }),
      ...countLines(out, restored.counts),
    ]);
  },
};
