// `logipilot export <entity> FILE.xlsx`: writes one entity of the site to an Excel workbook, as the admin user.
import { hasKey, translate } from '@logipilot/i18n';
import type { Command } from '../command.ts';
import { writeOutputFile } from '../files.ts';
import { oneOf } from '../option-values.ts';
import { adminActor, requireSite, withStore } from '../store.ts';

export const exportCommand: Command = {
  name: 'export',
  summaryKey: 'export.summary',
  options: {},
  args: [
    { name: 'ENTITY', descriptionKey: 'export.arg.entity' },
    { name: 'FILE', descriptionKey: 'export.arg.file' },
  ],
  async run({ args: [entity = '', file = ''], globals, out }) {
    const [{ exportEntity }, { IMPORT_ENTITIES }] = await Promise.all([
      import('@logipilot/app/export/export-entity'),
      import('@logipilot/app/import/import-types'),
    ]);
    // What can be exported is what can be imported: the workbook is the import template, filled.
    oneOf('export', 'ENTITY', entity, IMPORT_ENTITIES);
    const exported = await withStore(globals, async (ctx) => {
      const actor = await adminActor(ctx, await requireSite(ctx));
      return exportEntity(ctx, actor, entity, out.lang);
    });
    await writeOutputFile(file, exported.bytes);
    const label = hasKey(out.lang, `import.entity.${entity}`)
      ? translate(out.lang, `import.entity.${entity}`)
      : entity;
    out.result({ entity, file, bytes: exported.bytes.byteLength }, [
      out.t('export.done', { entity: label, file }),
    ]);
  },
};
