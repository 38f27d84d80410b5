// Public surface of the import use cases.

export { type ImportContext, importEntity, type ProgressListener } from './import-entity.ts';
export { MAX_REPORTED_ERRORS } from './import-errors.ts';
export {
  IMPORT_ENTITIES,
  type ImportEntity,
  type ImportErrorDetail,
  type ImportInput,
  type ImportPhase,
  type ImportProgress,
  type ImportResult,
  type ImportWarning,
  isImportEntity,
} from './import-types.ts';
export {
  type ImportPreview,
  PREVIEW_SAMPLE_ROWS,
  type PreviewField,
  type PreviewInput,
  type PreviewSheet,
  previewImport,
} from './preview-import.ts';
export { listMappings, type SaveMappingInput, saveMapping } from './save-mapping.ts';
