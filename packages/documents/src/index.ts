// Public surface of @logipilot/documents: table readers (CSV, XLSX), field parsers, import/export templates, XLSX writer.
export type { BudgetReportDoc } from './budget/budget-document.ts';
export { budgetPdf } from './budget/budget-pdf.ts';
export { budgetXlsx } from './budget/budget-xlsx.ts';
export { type ActualRow, actualsTemplateCsv, readActualRows, readActuals } from './budget/read-actuals.ts';
export { parseBoolean } from './fields/boolean.ts';
export { type ChoiceOption, type ChoiceParser, choiceParser } from './fields/choice.ts';
export { excelSerialToIso, parseDate, parseDateText } from './fields/date.ts';
export {
  cellText,
  type FieldParams,
  type FieldParser,
  type FieldResult,
  fail,
  isBlank,
  ok,
} from './fields/field-result.ts';
export { normaliseLabel } from './fields/normalise.ts';
export { parseInteger, parseNumber, parseNumberText, parseScaled } from './fields/number.ts';
export {
  parseAdrClass,
  parseCode,
  parseLicenceCategory,
  parseLicenceScheme,
  parseText,
  parseUnNumber,
} from './fields/text.ts';
export type { QuoteEdition } from './quote/quote-document.ts';
export { QUOTE_DOCUMENT_TYPES } from './quote/quote-document.ts';
export { quotePdf } from './quote/quote-pdf.ts';
export { quoteXlsx } from './quote/quote-xlsx.ts';
export { decodeText } from './tables/decode-text.ts';
export { detectSeparator, readCsv } from './tables/read-csv.ts';
export { detectFormat, readTable, type TableFormat } from './tables/read-table.ts';
export { plainCellValue, type ReadXlsxOptions, readXlsx } from './tables/read-xlsx.ts';
export type { CellValue, Table, TableInput, TableRow, TableSheet } from './tables/table.ts';
export { type TableErrorCode, tableError } from './tables/table-error.ts';
export {
  type ColumnKind,
  safeSheetName,
  type WorkbookCell,
  type WorkbookColumn,
  type WorkbookSheet,
  writeXlsx,
} from './tables/write-xlsx.ts';
export { absenceTemplate } from './templates/absences.ts';
export {
  CHOICES,
  type ChoiceSetName,
  type ChoiceValue,
  choiceLabel,
  JOB_ROLES,
  PACKING_GROUPS,
} from './templates/choices.ts';
export { employeeTemplate, qualificationTemplate } from './templates/employees.ts';
export { exportCell, exportSheet } from './templates/export-cells.ts';
export { forecastVolumeTemplate } from './templates/forecast-volumes.ts';
export {
  type HeaderMapping,
  type HeaderProblem,
  headerIndex,
  type MappedColumn,
  mapHeaders,
  type SavedColumns,
} from './templates/header-mapping.ts';
export { locationTemplate } from './templates/locations.ts';
export { parseField } from './templates/parse-field.ts';
export { type CellProblem, type ParsedRowResult, parseRow } from './templates/parse-row.ts';
export { sheetMatches, TEMPLATES, templateFor } from './templates/registry.ts';
export { skuTemplate } from './templates/skus.ts';
export {
  columnLabel,
  defineTemplate,
  type EntityTemplate,
  type FieldKind,
  type FieldValue,
  type ParsedRow,
  sheetLabel,
  TEMPLATE_ENTITIES,
  type TemplateEntity,
  type TemplateField,
} from './templates/template.ts';
