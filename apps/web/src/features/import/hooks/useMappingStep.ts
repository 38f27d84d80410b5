// The mapping step of an import: asks the server how a file's columns map, keeps the user's edits, saves them by name.
import { useState } from 'react';
import { ApiError, api } from '../../../api/client.ts';
import type { ImportMapping } from '../../../api/types.ts';
import type { ImportEntity } from './useImport.ts';

/** Template a sheet is read with (employees workbooks also carry a qualifications sheet). */
export type PreviewTemplate = ImportEntity | 'qualifications';

export interface PreviewField {
  id: string;
  required: boolean;
  label: string;
  labelKey: string;
  template: PreviewTemplate;
}

export interface PreviewSheet {
  name: string;
  template: PreviewTemplate | null;
  headers: string[];
  sampleRows: (string | null)[][];
  mapping: Record<string, string>;
  missingRequired: string[];
  unknownHeaders: string[];
}

/** Answer of POST /api/import/:entity/preview. */
export interface ImportPreview {
  entity: string;
  file: string;
  sheets: PreviewSheet[];
  fields: PreviewField[];
  mapping: Record<string, string>;
  missingRequired: string[];
  unknownHeaders: string[];
}

/** Required fields of the sheet's template that no column of the sheet fills with `mapping`. */
export function missingRequired(
  preview: ImportPreview,
  sheet: PreviewSheet,
  mapping: Record<string, string>,
) {
  const used = new Set(sheet.headers.map((h) => mapping[h] ?? ''));
  return preview.fields.filter((f) => f.template === sheet.template && f.required && !used.has(f.id));
}

/** Header → the earlier header of the same sheet that already fills the same field. */
export function duplicateColumns(sheet: PreviewSheet, mapping: Record<string, string>): Map<string, string> {
  const first = new Map<string, string>();
  const duplicates = new Map<string, string>();
  for (const header of sheet.headers) {
    const field = mapping[header] ?? '';
    if (field === '') continue;
    const earlier = first.get(field);
    if (earlier === undefined) first.set(field, header);
    else duplicates.set(header, earlier);
  }
  return duplicates;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'failed'; message: string }
  | { kind: 'saved'; name: string };

const message = (e: unknown) => (e instanceof ApiError || e instanceof Error ? e.message : String(e));

export function useMappingStep() {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function analyse(entity: ImportEntity, file: File, mappingName: string) {
    setStatus({ kind: 'busy' });
    const form = new FormData();
    form.append('file', file, file.name);
    if (mappingName) form.append('mapping', mappingName);
    try {
      const answer = await api.upload<ImportPreview>(`/api/import/${entity}/preview`, form);
      setPreview(answer);
      setMapping(answer.mapping);
      setDirty(false);
      setStatus({ kind: 'idle' });
    } catch (e) {
      setPreview(null);
      setStatus({ kind: 'failed', message: message(e) });
    }
  }

  function choose(header: string, field: string) {
    setMapping((m) => ({ ...m, [header]: field }));
    setDirty(true);
    setStatus({ kind: 'idle' });
  }

  /** Saves the mapping shown; resolves to the saved mapping, or null when the server refused it. */
  async function save(entity: ImportEntity, name: string): Promise<ImportMapping | null> {
    setStatus({ kind: 'busy' });
    try {
      const saved = await api.post<ImportMapping>('/api/import/mappings', { name, entity, columns: mapping });
      setDirty(false);
      setStatus({ kind: 'saved', name: saved.name });
      return saved;
    } catch (e) {
      setStatus({ kind: 'failed', message: message(e) });
      return null;
    }
  }

  function clear() {
    setPreview(null);
    setMapping({});
    setDirty(false);
    setStatus({ kind: 'idle' });
  }

  return { preview, mapping, dirty, status, analyse, choose, save, clear };
}
