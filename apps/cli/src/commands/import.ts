// `logipilot import <entity> FILE`: imports a CSV or XLSX file all-or-nothing, as the admin user; can first save the
// file's column mapping under a name (`--save-mapping NAME --map "Header=field"…`) and import with it.
import { basename } from 'node:path';
import { errorMessage, translate } from '@logipilot/i18n';
import { type Command, stringListOption, stringOption } from '../command.ts';
import { readInputFile } from '../files.ts';
import { oneOf, required } from '../option-values.ts';
import { startProgress } from '../progress.ts';
import { adminActor, requireSite, withStore } from '../store.ts';
import { UsageError } from '../usage-error.ts';

/** `--map` values as a mapping; the last `=` splits, since a field id never holds one and a header might. */
function parseMapOptions(values: string[]): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const value of values) {
    const at = value.lastIndexOf('=');
    const header = at < 0 ? '' : value.slice(0, at).trim();
    if (header === '') {
      throw new UsageError(
        'CLI_INVALID_VALUE',
        { option: '--map', value, expected: '"Header=field"' },
        'import',
      );
    }
    columns[header] = value.slice(at + 1).trim();
  }
  return columns;
}

export const importCommand: Command = {
  name: 'import',
  summaryKey: 'import.summary',
  options: {
    mapping: { type: 'string', valueName: 'NAME', descriptionKey: 'import.option.mapping' },
    'save-mapping': { type: 'string', valueName: 'NAME', descriptionKey: 'import.option.saveMapping' },
    map: { type: 'string', multiple: true, valueName: 'HEADER=FIELD', descriptionKey: 'import.option.map' },
    'dry-run': { type: 'boolean', descriptionKey: 'import.option.dryRun' },
  },
  args: [
    { name: 'ENTITY', descriptionKey: 'import.arg.entity' },
    { name: 'FILE', descriptionKey: 'import.arg.file' },
  ],
  async run({ options, args: [entity = '', file = ''], globals, out }) {
    const [{ importEntity }, { IMPORT_ENTITIES }, { saveMapping }] = await Promise.all([
      import('@logipilot/app/import/import-entity'),
      import('@logipilot/app/import/import-types'),
      import('@logipilot/app/import/save-mapping'),
    ]);
    oneOf('import', 'ENTITY', entity, IMPORT_ENTITIES);
    const saveAs = stringOption(options, 'save-mapping');
    const mapOptions = stringListOption(options, 'map');
    if (mapOptions.length > 0) required('import', 'save-mapping', saveAs);
    if (saveAs !== undefined) {
      required('import', 'map', mapOptions[0]);
      // Importing goes through the mapping just saved: naming another one as well is a contradiction.
      if (stringOption(options, 'mapping') !== undefined)
        throw new UsageError('CLI_INVALID_OPTION', { option: '--mapping' }, 'import');
    }
    const columns = parseMapOptions(mapOptions);
    const mappingName = saveAs ?? stringOption(options, 'mapping');
    const dryRun = options['dry-run'] === true;
    const fileName = basename(file);
    const bytes = await readInputFile(file);
    const progress = startProgress(out, out.t('progress.import', { file: fileName }));
    const { result, saved } = await withStore(globals, async (ctx) => {
      const actor = await adminActor(ctx, await requireSite(ctx));
      const saved =
        saveAs === undefined ? null : await saveMapping(ctx, actor, { name: saveAs, entity, columns });
      const result = await importEntity(
        ctx,
        actor,
        { entity, fileName, bytes, dryRun, ...(mappingName === undefined ? {} : { mappingName }) },
        (p) => progress.update(p.done, p.total),
      );
      return { result, saved };
    }).finally(() => progress.stop());
    const count = result.imported;
    // Warnings (an ignored column or sheet) did not stop the import but may explain a surprise in the data.
    const warnings = result.warnings.map((w) => ({
      ...w,
      message: errorMessage(out.lang, w.code, w.params),
    }));
    for (const w of warnings) out.log(out.t('import.warning', { message: w.message }));
    const mapping = saved ? { id: saved.id, name: saved.name, columns: saved.columns } : null;
    out.result(
      { entity, file: fileName, imported: count, dryRun, warnings, ...(mapping ? { mapping } : {}) },
      [
        ...(mapping
          ? [out.t('import.mappingSaved', { name: mapping.name, count: Object.keys(mapping.columns).length })]
          : []),
        dryRun
          ? out.t('import.dryRun', { count, file: fileName })
          : translate(out.lang, 'import.imported', { count, file: fileName }),
      ],
    );
  },
};
