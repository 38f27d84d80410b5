// `logipilot demo --size small|large`: seeds the data folder with a generated demo site and reports the counts.
import { DEMO_SIZES } from '@logipilot/demo';
import { todayIn } from '@logipilot/domain';
import { type Command, stringOption } from '../command.ts';
import { countLines, seedDemoSite } from '../demo-seeding.ts';
import { isoDay, nonNegativeInteger, oneOf, required } from '../option-values.ts';
import { replaceableStore, withStore } from '../store.ts';

export const demoCommand: Command = {
  name: 'demo',
  summaryKey: 'demo.summary',
  options: {
    size: { type: 'string', valueName: 'small|large', descriptionKey: 'demo.option.size' },
    seed: { type: 'string', valueName: 'N', descriptionKey: 'demo.option.seed' },
    'as-of': { type: 'string', valueName: 'YYYY-MM-DD', descriptionKey: 'demo.option.asOf' },
    force: { type: 'boolean', descriptionKey: 'demo.option.force' },
  },
  args: [],
  async run({ options, globals, out }) {
    const size = required('demo', 'size', oneOf('demo', 'size', stringOption(options, 'size'), DEMO_SIZES));
    const seed = nonNegativeInteger('demo', 'seed', stringOption(options, 'seed')) ?? 1;
    const asOf = isoDay('demo', 'as-of', stringOption(options, 'as-of')) ?? todayIn('Europe/Paris');
    const seeded = await withStore(globals, async (ctx) => {
      await replaceableStore(ctx, options.force === true);
      return seedDemoSite(ctx, { size, seed, asOf }, out);
    });
    out.result({ site: seeded.site, size, seed, asOf, counts: seeded.counts }, [
      out.t('demo.done', { code: seeded.site.code, name: seeded.site.name, asOf }),
      ...countLines(out, seeded.counts),
    ]);
  },
};
