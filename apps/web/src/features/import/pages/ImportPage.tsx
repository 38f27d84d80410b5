// Import page: entity, file (CSV or XLSX), optional saved mapping, dry run; shows the count or the row errors.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMapping } from '../../../api/types.ts';
import { useApi } from '../../../api/useApi.ts';
import { ImportErrorsTable } from '../components/ImportErrorsTable.tsx';
import { IMPORT_ENTITIES, type ImportEntity, useImport } from '../hooks/useImport.ts';

export function ImportPage() {
  const { t } = useTranslation();
  const [entity, setEntity] = useState<ImportEntity>('skus');
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState('');
  const [dryRun, setDryRun] = useState(false);
  const mappings = useApi<{ items: ImportMapping[] }>('/api/import/mappings', { entity });
  const { outcome, submit, reset } = useImport();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (file) void submit({ entity, file, mapping, dryRun });
  }

  const running = outcome.kind === 'running';
  return (
    <div className="page import-page">
      <h1>{t('web.import.title')}</h1>
      <p className="muted intro">{t('web.import.intro')}</p>
      <form className="panel form-grid" onSubmit={onSubmit}>
        <label>
          {t('web.import.entity')}
          <select
            name="entity"
            value={entity}
            onChange={(e) => {
              setEntity(e.target.value as ImportEntity);
              setMapping('');
              reset();
            }}
            data-testid="import-entity"
          >
            {IMPORT_ENTITIES.map((e) => (
              <option key={e} value={e}>
                {t(`import.entity.${e}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('web.import.file')}
          <input
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              reset();
            }}
            data-testid="import-file"
          />
        </label>
        <label>
          {t('web.import.mapping')}
          <select name="mapping" value={mapping} onChange={(e) => setMapping(e.target.value)}>
            <option value="">{t('web.import.noMapping')}</option>
            {(mappings.data?.items ?? []).map((m) => (
              <option key={m.id} value={m.name}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
          {t('web.import.dryRun')}
        </label>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={!file || running} data-testid="import-submit">
            {running ? t('web.import.submitting') : t('web.import.submit')}
          </button>
          {!file && <span className="muted">{t('web.import.chooseFile')}</span>}
        </div>
      </form>
      {outcome.kind === 'done' && (
        <p className="alert success" role="status" data-testid="import-success">
          {t(outcome.dryRun ? 'web.import.checked' : 'web.import.success', {
            count: outcome.result.imported,
            file: outcome.result.file,
          })}
        </p>
      )}
      {outcome.kind === 'failed' && (
        <p className="alert error" role="alert">
          {outcome.message}
        </p>
      )}
      {outcome.kind === 'rejected' && (
        <>
          <p className="alert error" role="alert">
            {outcome.message}
          </p>
          <ImportErrorsTable errors={outcome.errors} />
        </>
      )}
    </div>
  );
}
