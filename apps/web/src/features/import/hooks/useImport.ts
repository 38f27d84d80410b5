// Sends an import as multipart to POST /api/import/:entity and keeps the outcome (count, or row errors).
import { useState } from 'react';
import { ApiError, api } from '../../../api/client.ts';
import type { ImportResult, ImportRowError } from '../../../api/types.ts';

export const IMPORT_ENTITIES = ['skus', 'locations', 'employees', 'absences', 'forecast-volumes'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

export type ImportOutcome =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; result: ImportResult; dryRun: boolean }
  | { kind: 'rejected'; message: string; errors: ImportRowError[] }
  | { kind: 'failed'; message: string };

export interface ImportRequest {
  entity: ImportEntity;
  file: File;
  mapping: string;
  dryRun: boolean;
}

export function useImport() {
  const [outcome, setOutcome] = useState<ImportOutcome>({ kind: 'idle' });

  async function submit({ entity, file, mapping, dryRun }: ImportRequest) {
    setOutcome({ kind: 'running' });
    const form = new FormData();
    form.append('file', file, file.name);
    if (mapping) form.append('mapping', mapping);
    if (dryRun) form.append('dryRun', 'true');
    try {
      const result = await api.upload<ImportResult>(`/api/import/${entity}`, form);
      setOutcome({ kind: 'done', result, dryRun });
    } catch (e) {
      if (e instanceof ApiError && e.rowErrors.length > 0) {
        setOutcome({ kind: 'rejected', message: e.message, errors: e.rowErrors });
      } else {
        setOutcome({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      }
    }
  }

  return { outcome, submit, reset: () => setOutcome({ kind: 'idle' }) };
}
