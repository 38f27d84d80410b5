// Parses one cell according to its template field kind (and the column's unit factor).
import { parseBoolean } from '../fields/boolean.ts';
import { parseDate } from '../fields/date.ts';
import type { FieldResult } from '../fields/field-result.ts';
import { parseInteger, parseNumber, parseScaled } from '../fields/number.ts';
import {
  parseAdrClass,
  parseCode,
  parseLicenceCategory,
  parseLicenceScheme,
  parseText,
  parseUnNumber,
} from '../fields/text.ts';
import type { CellValue } from '../tables/table.ts';
import { CHOICES } from './choices.ts';
import type { TemplateField } from './template.ts';

export function parseField(field: TemplateField, cell: CellValue, factor = 1): FieldResult<unknown> {
  switch (field.kind) {
    case 'code':
      return parseCode(cell);
    case 'text':
      return parseText(cell);
    case 'number':
      return parseNumber(cell);
    case 'integer':
      return parseInteger(cell);
    case 'mm':
      return parseScaled(cell, factor, true);
    case 'kg':
      return parseScaled(cell, factor, false);
    case 'date':
      return parseDate(cell);
    case 'boolean':
      return parseBoolean(cell);
    case 'choice':
      if (!field.choice) throw new Error(`choice field ${field.id} names no choice set`);
      return CHOICES[field.choice].parse(cell);
    case 'adrClass':
      return parseAdrClass(cell);
    case 'unNumber':
      return parseUnNumber(cell);
    case 'licenceScheme':
      return parseLicenceScheme(cell);
    case 'licenceCategory':
      return parseLicenceCategory(cell);
  }
}
