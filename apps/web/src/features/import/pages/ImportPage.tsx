// Import page: entity, file (CSV or XLSX), optional saved mapping, dry run; "Analyse" shows how the file's columns
// map and lets the user fix and save that mapping; the import shows the count or the row errors.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMapping } from '../../../api/types.ts';
import { useApi } from '../../../api/useApi.ts';
import { ImportErrorsTable } from '../components/ImportErrorsTable.tsx';
import { MappingStep } from '../components/MappingStep.tsx';
import { IMPORT_ENTITIES, type ImportEntity, useImport } from '../hooks/useImport.ts';
import { useMappingStep } from '../hooks/useMappingStep.ts';

export function ImportPage() {
  const { t } = useTranslation();
  const [entity, setEntity] = useState<ImportEntity>('skus');
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState('');
  const [dryRun, setDryRun] = useState(false);
  const mappings = useApi<{ items: ImportMapping[] }>('/api/import/mappings', { entity });
  const { outcome, submit, reset } = useImport();
  const step = useMappingStep();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (file) void submit({ entity, file, mapping, dryRun });
  }

  function analyse(mappingName = mapping) {
    reset();
    if (file) void step.analyse(entity, file, mappingName);
  }

  async function saveMapping(name: string) {
    const saved = await step.save(entity, name);
    if (!saved) return;
    mappings.reload();
    setMapping(saved.name);
  }

  const running = outcome.kind === 'running';
  const analysing = step.status.kind === 'busy' && step.preview === null;
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
              step.clear();
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
              step.clear();
            }}
            data-testid="import-file"
          />
        </label>
        <label>
          {t('web.import.mapping')}
          <select
            name="mapping"
            value={mapping}
            onChange={(e) => {
              setMapping(e.target.value);
              // The step shown must be the one the import will use.
              if (step.preview) analyse(e.target.value);
            }}
            data-testid="import-mapping"
          >
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
          <button
            type="button"
            disabled={!file || analysing}
            onClick={() => analyse()}
            data-testid="import-analyse"
          >
            {analysing ? t('web.import.analysing') : t('web.import.analyse')}
          </button>
          <button type="submit" className="primary" disabled={!file || running} data-testid="import-submit">
            {running ? t('web.import.submitting') : t('web.import.submit')}
          </button>
          {!file && <span className="muted">{t('web.import.chooseFile')}</span>}
        </div>
      </form>
      {step.status.kind === 'failed' && (
        <p className="alert error" role="alert" data-testid="mapping-error">
          {step.status.message}
        </p>
      )}
      {step.preview && (
        <MappingStep
          key={`${step.preview.file}:${mapping}`}
          preview={step.preview}
          mapping={step.mapping}
          onChoose={step.choose}
          dirty={step.dirty}
          saving={step.status.kind === 'busy'}
          savedName={step.status.kind === 'saved' ? step.status.name : null}
          onSave={(name) => void saveMapping(name)}
          initialName={mapping}
        />
      )}
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
