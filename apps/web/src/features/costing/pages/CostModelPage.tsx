// "Modèle de coûts": the site's activity-based cost model edited in tables (labour, equipment, building, energy, IT,
// overheads, activity standards, storage, fixed costs by cost centre), saved whole, with each activity's unit cost
// and its breakdown by resource as the server computes them.
import { formatDate } from '@logipilot/i18n';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/useApi.ts';
import { useLang } from '../../../app/i18n.ts';
import { type ModelEditing, ModelEditingContext, type ModelPath } from '../components/CostModelFields.tsx';
import { ActivitiesSection } from '../components/cost-model/ActivitiesSection.tsx';
import { EquipmentSection } from '../components/cost-model/EquipmentSection.tsx';
import { FixedCostsSection } from '../components/cost-model/FixedCostsSection.tsx';
import { ItSection } from '../components/cost-model/ItSection.tsx';
import { LabourSection } from '../components/cost-model/LabourSection.tsx';
import { OverheadsSection } from '../components/cost-model/OverheadsSection.tsx';
import { SiteSection } from '../components/cost-model/SiteSection.tsx';
import { StorageSection } from '../components/cost-model/StorageSection.tsx';
import { ErrorBox } from '../components/ErrorBox.tsx';
import { Forbidden } from '../components/Forbidden.tsx';
import { UnitCosts } from '../components/UnitCosts.tsx';
import { CostingError, costingJson, isForbidden } from '../costingApi.ts';
import { setIn } from '../costingFormat.ts';
import type { CostModel, CostModelAnswer, CostModelView } from '../costingTypes.ts';
import '../costing.css';

export function CostModelPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const answer = useApi<CostModelAnswer>('/api/cost-model');
  const [view, setView] = useState<CostModelView | null>(null);
  const [draft, setDraft] = useState<CostModel | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  useEffect(() => {
    const stored = answer.data?.costModel;
    if (stored && !draft) {
      setView(stored);
      setDraft(stored.model);
    }
  }, [answer.data, draft]);

  const editing: ModelEditing = useMemo(
    () => ({
      update: (path: ModelPath, value: unknown) => {
        setDraft((d) => (d ? setIn(d, path, value) : d));
        setDirty(true);
      },
      bad: new Set(
        error instanceof CostingError
          ? [error.field, ...error.details.map((d) => d.field)].filter((f): f is string => !!f)
          : [],
      ),
    }),
    [error],
  );

  if (isForbidden(answer.error)) return <Forbidden />;

  const save = async () => {
    if (!draft) return;
    setSaving(true);
    try {
      const saved = await costingJson<CostModelView>({
        method: 'PUT',
        path: '/api/cost-model',
        lang,
        body: draft,
      });
      setView(saved);
      setDraft(saved.model);
      setDirty(false);
      setError(null);
      setSavedAt(saved.updatedAt);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
      setSavedAt(null);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="page costing" data-testid="cost-model-page">
      <div className="costing-titlebar costing-sticky">
        <h1>{t('web-costing.costModel.title')}</h1>
        {view && (
          <span className="muted">
            {t('web-costing.costModel.updated', {
              date: formatDate(lang, view.updatedAt.slice(0, 10)),
              by: view.updatedBy,
            })}
          </span>
        )}
        <span className="spacer" />
        {dirty && <span className="pill warning">{t('web-costing.costModel.unsaved')}</span>}
        {savedAt && !dirty && (
          <span className="pill" data-testid="cost-model-saved">
            {t('web-costing.costModel.saved')}
          </span>
        )}
        {draft && (
          <>
            <button
              type="button"
              disabled={!dirty || saving}
              onClick={() => {
                setDraft(view?.model ?? null);
                setDirty(false);
                setError(null);
              }}
            >
              {t('web-costing.costModel.discard')}
            </button>
            <button
              type="button"
              className="primary"
              data-testid="cost-model-save"
              disabled={saving}
              onClick={() => void save()}
            >
              {t('web-costing.costModel.save')}
            </button>
          </>
        )}
      </div>
      <p className="muted intro">{t('web-costing.costModel.intro')}</p>
      {answer.error && <ErrorBox error={answer.error} />}
      <ErrorBox error={error} testId="cost-model-error" />
      {!answer.data && !answer.error && <p className="empty panel">{t('web-costing.loading')}</p>}
      {answer.data && !draft && (
        <section className="panel" data-testid="cost-model-empty">
          <p>{t('web-costing.costModel.none')}</p>
          <button
            type="button"
            className="primary"
            data-testid="cost-model-from-sample"
            onClick={() => {
              setDraft(structuredClone(answer.data?.sample ?? null));
              setDirty(true);
            }}
          >
            {t('web-costing.costModel.fromSample')}
          </button>
        </section>
      )}
      {view && <UnitCosts view={view} stale={dirty} />}
      {draft && (
        <ModelEditingContext.Provider value={editing}>
          <LabourSection model={draft} />
          <div className="two-cols">
            <EquipmentSection model={draft} />
            <SiteSection model={draft} />
          </div>
          <div className="two-cols">
            <ItSection model={draft} />
            <OverheadsSection model={draft} />
          </div>
          <ActivitiesSection model={draft} />
          <div className="two-cols">
            <StorageSection model={draft} />
            <FixedCostsSection model={draft} />
          </div>
        </ModelEditingContext.Provider>
      )}
    </div>
  );
}
