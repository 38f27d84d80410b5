// Public surface of the export use cases.
export { type ExportedFile, exportEntity } from './export-entity.ts';
