// `logipilot import <entity> FILE`: imports a CSV or XLSX file all-or-nothing, as the admin user.
import { basename } from 'node:path';
import { errorMessage, translate } from '@logipilot/i18n';
import { type Command, stringOption } from '../command.ts';
import { readInputFile } from '../files.ts';
import { oneOf } from '../option-values.ts';
import { startProgress } from '../progress.ts';
import { adminActor, requireSite, withStore } from '../store.ts';

export const importCommand: Command = {
  name: 'import',
  summaryKey: 'import.summary',
  options: {
    mapping: { type: 'string', valueName: 'NAME', descriptionKey: 'import.option.mapping' },
    'dry-run': { type: 'boolean', descriptionKey: 'import.option.dryRun' },
  },
  args: [
    { name: 'ENTITY', descriptionKey: 'import.arg.entity' },
    { name: 'FILE', descriptionKey: 'import.arg.file' },
  ],
  async run({ options, args: [entity = '', file = ''], globals, out }) {
    const [{ importEntity }, { IMPORT_ENTITIES }] = await Promise.all([
      import('@logipilot/app/import/import-entity'),
      import('@logipilot/app/import/import-types'),
    ]);
    oneOf('import', 'ENTITY', entity, IMPORT_ENTITIES);
    const mappingName = stringOption(options, 'mapping');
    const dryRun = options['dry-run'] === true;
    const fileName = basename(file);
    const bytes = await readInputFile(file);
    const progress = startProgress(out, out.t('progress.import', { file: fileName }));
    const result = await withStore(globals, async (ctx) => {
      const actor = await adminActor(ctx, await requireSite(ctx));
      return importEntity(
        ctx,
        actor,
        { entity, fileName, bytes, dryRun, ...(mappingName === undefined ? {} : { mappingName }) },
        (p) => progress.update(p.done, p.total),
      );
    }).finally(() => progress.stop());
    const count = result.imported;
    // Warnings (an ignored column or sheet) did not stop the import but may explain a surprise in the data.
    const warnings = result.warnings.map((w) => ({
      ...w,
      message: errorMessage(out.lang, w.code, w.params),
    }));
    for (const w of warnings) out.log(out.t('import.warning', { message: w.message }));
    out.result({ entity, file: fileName, imported: count, dryRun, warnings }, [
      dryRun
        ? out.t('import.dryRun', { count, file: fileName })
        : translate(out.lang, 'import.imported', { count, file: fileName }),
    ]);
  },
};
