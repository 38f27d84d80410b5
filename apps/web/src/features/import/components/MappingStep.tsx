// Mapping step of the import page: each column of the file → a field of the entity (or ignored), with sample values,
// the required fields still missing, and saving the mapping under a name (one per WMS export).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  duplicateColumns,
  type ImportPreview,
  missingRequired,
  type PreviewSheet,
} from '../hooks/useMappingStep.ts';
import './mapping-step.css';

/** Sample values shown per column: enough to recognise it, few enough to stay on one line. */
const SAMPLES_SHOWN = 3;

interface SheetProps {
  preview: ImportPreview;
  sheet: PreviewSheet;
  mapping: Record<string, string>;
  onChoose: (header: string, field: string) => void;
}

function SheetMapping({ preview, sheet, mapping, onChoose }: SheetProps) {
  const { t } = useTranslation();
  const fields = preview.fields.filter((f) => f.template === sheet.template);
  const missing = missingRequired(preview, sheet, mapping);
  const duplicates = duplicateColumns(sheet, mapping);
  return (
    <section className="mapping-sheet" data-testid={`mapping-sheet-${sheet.name}`}>
      {preview.sheets.length > 1 && <h3>{t('web.import.mappingStep.sheet', { name: sheet.name })}</h3>}
      {missing.length > 0 ? (
        <p className="alert error" role="alert" data-testid="mapping-missing">
          {t('web.import.mappingStep.missing', {
            count: missing.length,
            fields: missing.map((f) => t(f.labelKey)).join(', '),
          })}
        </p>
      ) : (
        <p className="alert success" data-testid="mapping-complete">
          {t('web.import.mappingStep.complete')}
        </p>
      )}
      <div className="table-wrap">
        <table className="grid mapping-table" data-testid="mapping-table">
          <thead>
            <tr>
              <th>{t('web.import.mappingStep.header')}</th>
              <th>{t('web.import.mappingStep.samples')}</th>
              <th>{t('web.import.mappingStep.field')}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.headers.map((header, column) => {
              const field = mapping[header] ?? '';
              const other = duplicates.get(header);
              const samples = sheet.sampleRows
                .map((row) => row[column] ?? null)
                .filter((v): v is string => v !== null && v !== '')
                .slice(0, SAMPLES_SHOWN);
              return (
                <tr key={header} className={other ? 'row-danger' : field === '' ? 'ignored' : undefined}>
                  <td className="code">{header}</td>
                  <td className="samples">
                    {samples.map((s, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: two rows may hold the same value.
                      <span key={i} className="sample">
                        {s}
                      </span>
                    ))}
                  </td>
                  <td>
                    <select
                      value={field}
                      onChange={(e) => onChoose(header, e.target.value)}
                      aria-label={t('web.import.mappingStep.fieldFor', { header })}
                      data-testid={`mapping-select-${header}`}
                    >
                      <option value="">{t('web.import.mappingStep.ignore')}</option>
                      {fields.map((f) => (
                        <option key={f.id} value={f.id}>
                          {f.required
                            ? t('web.import.mappingStep.requiredField', { field: t(f.labelKey) })
                            : t(f.labelKey)}
                        </option>
                      ))}
                    </select>
                    {other && (
                      <span className="duplicate">{t('web.import.mappingStep.duplicate', { other })}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export interface MappingStepProps {
  preview: ImportPreview;
  mapping: Record<string, string>;
  onChoose: (header: string, field: string) => void;
  /** The mapping differs from what the import would use (not saved yet). */
  dirty: boolean;
  saving: boolean;
  savedName: string | null;
  onSave: (name: string) => void;
  /** The saved mapping currently selected, proposed as the name to save under. */
  initialName: string;
}

export function MappingStep(props: MappingStepProps) {
  const { preview, mapping, onChoose, dirty, saving, savedName, onSave, initialName } = props;
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const read = preview.sheets.filter((s) => s.template !== null);
  const ignored = preview.sheets.filter((s) => s.template === null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() !== '') onSave(name.trim());
  }

  return (
    <div className="panel mapping-step" data-testid="mapping-step">
      <h2>{t('web.import.mappingStep.title')}</h2>
      <p className="muted">{t('web.import.mappingStep.intro', { file: preview.file })}</p>
      {read.map((sheet) => (
        <SheetMapping
          key={sheet.name}
          preview={preview}
          sheet={sheet}
          mapping={mapping}
          onChoose={onChoose}
        />
      ))}
      {ignored.length > 0 && (
        <p className="muted">
          {t('web.import.mappingStep.ignoredSheets', {
            count: ignored.length,
            sheets: ignored.map((s) => s.name).join(', '),
          })}
        </p>
      )}
      <form className="mapping-save" onSubmit={submit}>
        <label>
          {t('web.import.mappingStep.name')}
          <input
            type="text"
            value={name}
            maxLength={100}
            placeholder={t('web.import.mappingStep.namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
            data-testid="mapping-name"
          />
        </label>
        <button type="submit" disabled={saving || name.trim() === ''} data-testid="mapping-save">
          {saving ? t('web.import.mappingStep.saving') : t('web.import.mappingStep.save')}
        </button>
        {dirty && <span className="muted">{t('web.import.mappingStep.unsaved')}</span>}
        {!dirty && savedName && (
          <span className="saved" role="status" data-testid="mapping-saved">
            {t('web.import.mappingStep.saved', { name: savedName })}
          </span>
        )}
      </form>
    </div>
  );
}
