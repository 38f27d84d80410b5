// Every import/export template by entity, and the sheet-name matching a workbook import relies on.
import { normaliseLabel } from '../fields/normalise.ts';
import { absenceTemplate } from './absences.ts';
import { employeeTemplate, qualificationTemplate } from './employees.ts';
import { forecastVolumeTemplate } from './forecast-volumes.ts';
import { locationTemplate } from './locations.ts';
import { skuTemplate } from './skus.ts';
import { type EntityTemplate, sheetLabel, type TemplateEntity } from './template.ts';

export const TEMPLATES = {
  skus: skuTemplate,
  locations: locationTemplate,
  employees: employeeTemplate,
  qualifications: qualificationTemplate,
  absences: absenceTemplate,
  'forecast-volumes': forecastVolumeTemplate,
} as const satisfies Record<TemplateEntity, EntityTemplate>;

export function templateFor(entity: TemplateEntity): EntityTemplate {
  return TEMPLATES[entity];
}

/** Does a sheet name ("Personnel", "Habilitations CACES 2026"…) designate this entity's sheet? */
export function sheetMatches(template: EntityTemplate, sheetName: string): boolean {
  const name = normaliseLabel(sheetName);
  const names = [
    ...template.sheetSynonyms,
    sheetLabel(template.entity, 'fr'),
    sheetLabel(template.entity, 'en'),
  ];
  return names.some((s) => {
    const key = normaliseLabel(s);
    return key !== '' && (name === key || name.startsWith(key));
  });
}
