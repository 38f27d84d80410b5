// "Modèle de coûts": the site's activity-based cost model edited in tables (labour, equipment, building, energy, IT,
// overheads, activity standards, storage, fixed costs by cost centre), saved whole, with each activity's unit cost
// and its breakdown by resource as the server computes them.
import { formatDate } from '@logipilot/i18n';
import { useContext, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/useApi.ts';
import { useLang } from '../../../app/i18n.ts';
import {
  type ModelEditing,
  ModelEditingContext,
  ModelNumber,
  type ModelPath,
  ModelSection,
  ModelSelect,
  ModelText,
} from '../components/CostModelFields.tsx';
import { ErrorBox } from '../components/ErrorBox.tsx';
import { Forbidden } from '../components/Forbidden.tsx';
import { UnitCosts } from '../components/UnitCosts.tsx';
import { CostingError, costingJson, isForbidden } from '../costingApi.ts';
import { setIn } from '../costingFormat.ts';
import type {
  CostModel,
  CostModelAnswer,
  CostModelView,
  EquipmentResource,
  Overhead,
} from '../costingTypes.ts';
import '../costing.css';

const ACTIVITIES = [
  'unloading',
  'receiving',
  'putaway',
  'replenishment',
  'picking',
  'packing',
  'loading',
  'returns',
  'vas',
  'inventory',
];
const UNITS = ['truck', 'pallet', 'carton', 'order_line', 'unit', 'parcel', 'order', 'hour'];
const TEMPERATURE_CLASSES = ['ambient', 'positive_cold', 'negative_cold'] as const;
const FIXED_KINDS = ['rent', 'equipment', 'energy', 'it', 'supervision', 'maintenance', 'insurance', 'other'];

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
          <ModelEditor model={draft} />
        </ModelEditingContext.Provider>
      )}
    </div>
  );
}

function remove<T>(list: readonly T[] | undefined, index: number): T[] {
  return (list ?? []).filter((_, i) => i !== index);
}

function RemoveButton({ onClick, label }: { onClick: () => void; label: string }) {
  return (
    <button
      type="button"
      className="link-button costing-remove"
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      ×
    </button>
  );
}

function ModelEditor({ model }: { model: CostModel }) {
  const { t } = useTranslation();
  const { update } = useContextEditing();
  const c = (key: string) => t(`web-costing.costModel.col.${key}`);
  const cell = (key: string, row: number | string) => t('web-costing.cell', { column: c(key), row });
  const removeLabel = (row: number | string) => t('web-costing.costModel.remove', { row });
  const labour = model.labour ?? [];
  const equipment = model.equipment ?? [];
  const energy = model.energy ?? [];
  const it = model.it ?? [];
  const overheads = model.overheads ?? [];
  const activities = model.activities ?? [];
  const storage = model.storage ?? [];
  const fixed = model.fixedCosts ?? [];
  const labourOptions = labour.map((l) => ({ value: l.id, label: l.id }));
  const equipmentOptions = equipment.map((e) => ({ value: e.id, label: e.id }));
  const classOptions = TEMPERATURE_CLASSES.map((k) => ({ value: k, label: t(`site.temperatureClass.${k}`) }));

  return (
    <>
      <ModelSection
        title={t('web-costing.costModel.labour.title')}
        hint={t('web-costing.costModel.labour.hint')}
        addLabel={t('web-costing.costModel.labour.add')}
        onAdd={() =>
          update(
            ['labour'],
            [
              ...labour,
              {
                id: `labour_${labour.length + 1}`,
                qualification: 'picker',
                permanent: {
                  hourlyGrossCents: 1220,
                  premiumsShare: 0.08,
                  employerRate: 0.22,
                  absenteeism: 0.07,
                  nonProductiveShare: 0.08,
                },
                tempAgencyCoefficient: 1.95,
              },
            ],
          )
        }
        testId="cost-model-labour"
      >
        <div className="table-wrap">
          <table className="grid costing-editor">
            <thead>
              <tr>
                <th>{c('id')}</th>
                <th>{c('qualification')}</th>
                <th className="num">{c('grossHourly')}</th>
                <th className="num">{c('premiums')}</th>
                <th className="num">{c('employerRate')}</th>
                <th className="num">{c('absenteeism')}</th>
                <th className="num">{c('nonProductive')}</th>
                <th className="num">{c('tempGrossHourly')}</th>
                <th className="num">{c('tempCoefficient')}</th>
                <th className="num">{c('tempProductivity')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {labour.map((l, i) => {
                const p = ['labour', i] as const;
                const row = l.id || i + 1;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the id is itself editable.
                  <tr key={i}>
                    <td>
                      <ModelText path={[...p, 'id']} value={l.id} label={cell('id', row)} />
                    </td>
                    <td>
                      <ModelText
                        path={[...p, 'qualification']}
                        value={l.qualification}
                        label={cell('qualification', row)}
                      />
                    </td>
                    <td className="num">
                      <ModelNumber
                        path={[...p, 'permanent', 'hourlyGrossCents']}
                        value={l.permanent.hourlyGrossCents}
                        scale="euros"
                        label={cell('grossHourly', row)}
                        maxDigits={2}
                      />
                    </td>
                    <td className="num">
                      <ModelNumber
                        path={[...p, 'permanent', 'premiumsShare']}
                        value={l.permanent.premiumsShare}
                        scale="percent"
                        label={cell('premiums', row)}
                      />
                    </td>
                    <td className="num">
                      <ModelNumber
                        path={[...p, 'permanent', 'employerRate']}
                        value={l.permanent.employerRate}
                        scale="percent"
                        label={cell('employerRate', row)}
                      />
                    </td>
                    <td className="num">
                      <ModelNumber
                        path={[...p, 'permanent', 'absenteeism']}
                        value={l.permanent.absenteeism}
                        scale="percent"
                        label={cell('absenteeism', row)}
                      />
                    </td>
                    <td className="num">
                      <ModelNumber
                        path={[...p, 'permanent', 'nonProductiveShare']}
                        value={l.permanent.nonProductiveShare}
                        scale="percent"
                        label={cell('nonProductive', row)}
                      />
                    </td>
                    <td className="num">
                      <ModelNumber
                        path={[...p, 'tempGrossHourlyCents']}
                        value={l.tempGrossHourlyCents}
                        scale="euros"
                        label={cell('tempGrossHourly', row)}
                        maxDigits={2}
                      />
                    </td>
                    <td className="num">
                      <ModelNumber
                        path={[...p, 'tempAgencyCoefficient']}
                        value={l.tempAgencyCoefficient}
                        label={cell('tempCoefficient', row)}
                      />
                    </td>
                    <td className="num">
                      <ModelNumber
                        path={[...p, 'tempProductivityFactor']}
                        value={l.tempProductivityFactor}
                        scale="percent"
                        label={cell('tempProductivity', row)}
                      />
                    </td>
                    <td>
                      {labour.length > 1 && (
                        <RemoveButton
                          label={removeLabel(row)}
                          onClick={() => update(['labour'], remove(labour, i))}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </ModelSection>

      <div className="two-cols">
        <ModelSection
          title={t('web-costing.costModel.equipment.title')}
          hint={t('web-costing.costModel.equipment.hint')}
          addLabel={t('web-costing.costModel.equipment.add')}
          onAdd={() =>
            update(
              ['equipment'],
              [
                ...equipment,
                {
                  id: `equipment_${equipment.length + 1}`,
                  billing: 'per_month',
                  costPerMonthCents: 75_000,
                  operatingHoursPerMonth: 300,
                },
              ],
            )
          }
        >
          <div className="table-wrap">
            <table className="grid costing-editor">
              <thead>
                <tr>
                  <th>{c('id')}</th>
                  <th>{c('billing')}</th>
                  <th className="num">{c('equipmentCost')}</th>
                  <th className="num">{c('operatingHours')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {equipment.map((e, i) => {
                  const p = ['equipment', i] as const;
                  const row = e.id || i + 1;
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place.
                    <tr key={i}>
                      <td>
                        <ModelText path={[...p, 'id']} value={e.id} label={cell('id', row)} />
                      </td>
                      <td>
                        <ModelSelect
                          path={[...p, 'billing']}
                          value={e.billing}
                          label={cell('billing', row)}
                          options={['per_month', 'per_operating_hour'].map((b) => ({
                            value: b,
                            label: t(`web-costing.costModel.billing.${b}`),
                          }))}
                          onChange={(b) => {
                            const next: EquipmentResource =
                              b === 'per_operating_hour'
                                ? { id: e.id, billing: 'per_operating_hour', costPerOperatingHourCents: 250 }
                                : {
                                    id: e.id,
                                    billing: 'per_month',
                                    costPerMonthCents: 75_000,
                                    operatingHoursPerMonth: 300,
                                  };
                            update([...p], next);
                          }}
                        />
                      </td>
                      <td className="num">
                        {e.billing === 'per_month' ? (
                          <ModelNumber
                            path={[...p, 'costPerMonthCents']}
                            value={e.costPerMonthCents}
                            scale="euros"
                            label={cell('equipmentCost', row)}
                            maxDigits={2}
                          />
                        ) : (
                          <ModelNumber
                            path={[...p, 'costPerOperatingHourCents']}
                            value={e.costPerOperatingHourCents}
                            scale="euros"
                            label={cell('equipmentCost', row)}
                            maxDigits={2}
                          />
                        )}
                      </td>
                      <td className="num">
                        {e.billing === 'per_month' ? (
                          <ModelNumber
                            path={[...p, 'operatingHoursPerMonth']}
                            value={e.operatingHoursPerMonth}
                            label={cell('operatingHours', row)}
                          />
                        ) : (
                          '–'
                        )}
                      </td>
                      <td>
                        <RemoveButton
                          label={removeLabel(row)}
                          onClick={() => update(['equipment'], remove(equipment, i))}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </ModelSection>

        <ModelSection
          title={t('web-costing.costModel.site.title')}
          hint={t('web-costing.costModel.site.hint')}
        >
          <div className="costing-form">
            <div className="costing-labelled">
              {c('rent')}
              <ModelNumber
                path={['building', 'centsPerM2PerYear']}
                value={model.building?.centsPerM2PerYear}
                scale="euros"
                label={c('rent')}
                maxDigits={2}
              />
            </div>
            <div className="costing-labelled">
              {c('practicalHours')}
              <ModelNumber
                path={['practicalLabourHoursPerMonth']}
                value={model.practicalLabourHoursPerMonth}
                label={c('practicalHours')}
              />
            </div>
            <div className="costing-labelled">
              {c('sharedCostCentre')}
              <ModelText
                path={['sharedCostCentre']}
                value={model.sharedCostCentre}
                label={c('sharedCostCentre')}
              />
            </div>
          </div>
          <h3>{t('web-costing.costModel.energy.title')}</h3>
          <div className="table-wrap">
            <table className="grid costing-editor">
              <thead>
                <tr>
                  <th>{c('temperatureClass')}</th>
                  <th>{c('energyBasis')}</th>
                  <th className="num">{c('energyRate')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {energy.map((e, i) => {
                  const p = ['energy', i] as const;
                  const row = t(`site.temperatureClass.${e.temperatureClass}`);
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place.
                    <tr key={i}>
                      <td>
                        <ModelSelect
                          path={[...p, 'temperatureClass']}
                          value={e.temperatureClass}
                          label={cell('temperatureClass', row)}
                          options={classOptions}
                        />
                      </td>
                      <td>
                        <ModelSelect
                          path={[...p, 'basis']}
                          value={e.basis}
                          label={cell('energyBasis', row)}
                          options={['m2', 'm3'].map((b) => ({
                            value: b,
                            label: t(`web-costing.costModel.energyBasis.${b}`),
                          }))}
                          onChange={(b) =>
                            update(
                              [...p],
                              b === 'm3'
                                ? {
                                    temperatureClass: e.temperatureClass,
                                    basis: 'm3',
                                    centsPerM3PerYear:
                                      e.basis === 'm2' ? e.centsPerM2PerYear : e.centsPerM3PerYear,
                                  }
                                : {
                                    temperatureClass: e.temperatureClass,
                                    basis: 'm2',
                                    centsPerM2PerYear:
                                      e.basis === 'm3' ? e.centsPerM3PerYear : e.centsPerM2PerYear,
                                  },
                            )
                          }
                        />
                      </td>
                      <td className="num">
                        {e.basis === 'm2' ? (
                          <ModelNumber
                            path={[...p, 'centsPerM2PerYear']}
                            value={e.centsPerM2PerYear}
                            scale="euros"
                            label={cell('energyRate', row)}
                            maxDigits={2}
                          />
                        ) : (
                          <ModelNumber
                            path={[...p, 'centsPerM3PerYear']}
                            value={e.centsPerM3PerYear}
                            scale="euros"
                            label={cell('energyRate', row)}
                            maxDigits={2}
                          />
                        )}
                      </td>
                      <td>
                        <RemoveButton
                          label={removeLabel(row)}
                          onClick={() => update(['energy'], remove(energy, i))}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {energy.length < TEMPERATURE_CLASSES.length && (
            <button
              type="button"
              className="costing-add"
              onClick={() => {
                const free =
                  TEMPERATURE_CLASSES.find((k) => !energy.some((e) => e.temperatureClass === k)) ?? 'ambient';
                update(
                  ['energy'],
                  [...energy, { temperatureClass: free, basis: 'm2', centsPerM2PerYear: 400 }],
                );
              }}
            >
              {t('web-costing.costModel.energy.add')}
            </button>
          )}
        </ModelSection>
      </div>

      <div className="two-cols">
        <ModelSection
          title={t('web-costing.costModel.it.title')}
          hint={t('web-costing.costModel.it.hint')}
          addLabel={t('web-costing.costModel.it.add')}
          onAdd={() => update(['it'], [...it, { id: `it_${it.length + 1}`, costPerMonthCents: 0 }])}
        >
          <div className="table-wrap">
            <table className="grid costing-editor">
              <thead>
                <tr>
                  <th>{c('id')}</th>
                  <th className="num">{c('perMonth')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {it.map((r, i) => {
                  const row = r.id || i + 1;
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place.
                    <tr key={i}>
                      <td>
                        <ModelText path={['it', i, 'id']} value={r.id} label={cell('id', row)} />
                      </td>
                      <td className="num">
                        <ModelNumber
                          path={['it', i, 'costPerMonthCents']}
                          value={r.costPerMonthCents}
                          scale="euros"
                          label={cell('perMonth', row)}
                          maxDigits={2}
                        />
                      </td>
                      <td>
                        <RemoveButton
                          label={removeLabel(row)}
                          onClick={() => update(['it'], remove(it, i))}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </ModelSection>

        <ModelSection
          title={t('web-costing.costModel.overheads.title')}
          hint={t('web-costing.costModel.overheads.hint')}
          addLabel={t('web-costing.costModel.overheads.add')}
          onAdd={() =>
            update(
              ['overheads'],
              [
                ...overheads,
                { id: `overhead_${overheads.length + 1}`, basis: 'percent_of_direct', share: 0.05 },
              ],
            )
          }
        >
          <div className="table-wrap">
            <table className="grid costing-editor">
              <thead>
                <tr>
                  <th>{c('id')}</th>
                  <th>{c('overheadBasis')}</th>
                  <th className="num">{c('overheadValue')}</th>
                  <th className="num">{c('hoursPerHead')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {overheads.map((o, i) => {
                  const p = ['overheads', i] as const;
                  const row = o.id || i + 1;
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place.
                    <tr key={i}>
                      <td>
                        <ModelText path={[...p, 'id']} value={o.id} label={cell('id', row)} />
                      </td>
                      <td>
                        <ModelSelect
                          path={[...p, 'basis']}
                          value={o.basis}
                          label={cell('overheadBasis', row)}
                          options={['percent_of_direct', 'per_head'].map((b) => ({
                            value: b,
                            label: t(`web-costing.costModel.overheadBasis.${b}`),
                          }))}
                          onChange={(b) => {
                            const next: Overhead =
                              b === 'per_head'
                                ? {
                                    id: o.id,
                                    basis: 'per_head',
                                    costPerHeadPerMonthCents: 22_000,
                                    productiveHoursPerHeadPerMonth: 124,
                                  }
                                : { id: o.id, basis: 'percent_of_direct', share: 0.08 };
                            update([...p], next);
                          }}
                        />
                      </td>
                      <td className="num">
                        {o.basis === 'percent_of_direct' ? (
                          <ModelNumber
                            path={[...p, 'share']}
                            value={o.share}
                            scale="percent"
                            label={cell('overheadValue', row)}
                          />
                        ) : (
                          <ModelNumber
                            path={[...p, 'costPerHeadPerMonthCents']}
                            value={o.costPerHeadPerMonthCents}
                            scale="euros"
                            label={cell('overheadValue', row)}
                            maxDigits={2}
                          />
                        )}
                      </td>
                      <td className="num">
                        {o.basis === 'per_head' ? (
                          <ModelNumber
                            path={[...p, 'productiveHoursPerHeadPerMonth']}
                            value={o.productiveHoursPerHeadPerMonth}
                            label={cell('hoursPerHead', row)}
                          />
                        ) : (
                          '–'
                        )}
                      </td>
                      <td>
                        <RemoveButton
                          label={removeLabel(row)}
                          onClick={() => update(['overheads'], remove(overheads, i))}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </ModelSection>
      </div>

      <ModelSection
        title={t('web-costing.costModel.activities.title')}
        hint={t('web-costing.costModel.activities.hint')}
        addLabel={t('web-costing.costModel.activities.add')}
        onAdd={() =>
          update(
            ['activities'],
            [
              ...activities,
              {
                activity: 'picking',
                standard: { unit: 'order_line', minutesPerUnit: 0.5, allowancePfd: 0.12, efficiency: 0.95 },
                labourId: labour[0]?.id ?? '',
                tempShare: 0,
                equipment: [],
                consumablesCentsPerUnit: 0,
              },
            ],
          )
        }
        testId="cost-model-activities"
      >
        <div className="table-wrap">
          <table className="grid costing-editor">
            <thead>
              <tr>
                <th>{c('activity')}</th>
                <th>{c('unit')}</th>
                <th className="num">{c('minutesPerUnit')}</th>
                <th className="num">{c('pfd')}</th>
                <th className="num">{c('efficiency')}</th>
                <th>{c('labour')}</th>
                <th className="num">{c('tempShare')}</th>
                <th>{c('equipmentUse')}</th>
                <th className="num">{c('consumables')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {activities.map((a, i) => {
                const p = ['activities', i] as const;
                const row = `${t(`plan.activity.${a.activity}`, { defaultValue: a.activity })} / ${t(`plan.unitOfWork.${a.standard.unit}`, { defaultValue: a.standard.unit })}`;
                const uses = a.equipment ?? [];
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place.
                  <tr key={i}>
                    <td>
                      <ModelSelect
                        path={[...p, 'activity']}
                        value={a.activity}
                        label={cell('activity', row)}
                        options={ACTIVITIES.map((v) => ({ value: v, label: t(`plan.activity.${v}`) }))}
                      />
                    </td>
                    <td>
                      <ModelSelect
                        path={[...p, 'standard', 'unit']}
                        value={a.standard.unit}
                        label={cell('unit', row)}
                        options={UNITS.map((v) => ({ value: v, label: t(`plan.unitOfWork.${v}`) }))}
                      />
                    </td>
                    <td className="num">
                      <ModelNumber
                        path={[...p, 'standard', 'minutesPerUnit']}
                        value={a.standard.minutesPerUnit}
                        label={cell('minutesPerUnit', row)}
                      />
                    </td>
                    <td className="num">
                      <ModelNumber
                        path={[...p, 'standard', 'allowancePfd']}
                        value={a.standard.allowancePfd}
                        scale="percent"
                        label={cell('pfd', row)}
                      />
                    </td>
                    <td className="num">
                      <ModelNumber
                        path={[...p, 'standard', 'efficiency']}
                        value={a.standard.efficiency}
                        scale="percent"
                        label={cell('efficiency', row)}
                      />
                    </td>
                    <td>
                      <ModelSelect
                        path={[...p, 'labourId']}
                        value={a.labourId}
                        label={cell('labour', row)}
                        options={labourOptions}
                      />
                    </td>
                    <td className="num">
                      <ModelNumber
                        path={[...p, 'tempShare']}
                        value={a.tempShare}
                        scale="percent"
                        label={cell('tempShare', row)}
                      />
                    </td>
                    <td className="costing-uses">
                      {uses.map((u, j) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: uses are edited in place.
                        <span key={j} className="costing-use">
                          <ModelSelect
                            path={[...p, 'equipment', j, 'equipmentId']}
                            value={u.equipmentId}
                            label={cell('equipmentUse', row)}
                            options={equipmentOptions}
                          />
                          <ModelNumber
                            path={[...p, 'equipment', j, 'minutesPerUnit']}
                            value={u.minutesPerUnit}
                            label={cell('equipmentMinutes', row)}
                          />
                          <RemoveButton
                            label={removeLabel(u.equipmentId)}
                            onClick={() => update([...p, 'equipment'], remove(uses, j))}
                          />
                        </span>
                      ))}
                      {equipment.length > 0 && (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() =>
                            update(
                              [...p, 'equipment'],
                              [
                                ...uses,
                                {
                                  equipmentId: equipment[0]?.id ?? '',
                                  minutesPerUnit: a.standard.minutesPerUnit,
                                },
                              ],
                            )
                          }
                        >
                          {t('web-costing.costModel.activities.addEquipment')}
                        </button>
                      )}
                    </td>
                    <td className="num">
                      <ModelNumber
                        path={[...p, 'consumablesCentsPerUnit']}
                        value={a.consumablesCentsPerUnit}
                        scale="euros"
                        label={cell('consumables', row)}
                        maxDigits={4}
                      />
                    </td>
                    <td>
                      <RemoveButton
                        label={removeLabel(row)}
                        onClick={() => update(['activities'], remove(activities, i))}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </ModelSection>

      <div className="two-cols">
        <ModelSection
          title={t('web-costing.costModel.storage.title')}
          hint={t('web-costing.costModel.storage.hint')}
          addLabel={
            storage.length < TEMPERATURE_CLASSES.length ? t('web-costing.costModel.storage.add') : undefined
          }
          onAdd={() => {
            const free =
              TEMPERATURE_CLASSES.find((k) => !storage.some((s) => s.temperatureClass === k)) ?? 'ambient';
            update(
              ['storage'],
              [
                ...storage,
                {
                  temperatureClass: free,
                  m2PerPalletPosition: 1.1,
                  clearHeightM: 10,
                  rackingCentsPerPositionPerYear: 2_500,
                },
              ],
            );
          }}
        >
          <div className="table-wrap">
            <table className="grid costing-editor">
              <thead>
                <tr>
                  <th>{c('temperatureClass')}</th>
                  <th className="num">{c('m2PerPosition')}</th>
                  <th className="num">{c('clearHeight')}</th>
                  <th className="num">{c('racking')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {storage.map((s, i) => {
                  const p = ['storage', i] as const;
                  const row = t(`site.temperatureClass.${s.temperatureClass}`);
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place.
                    <tr key={i}>
                      <td>
                        <ModelSelect
                          path={[...p, 'temperatureClass']}
                          value={s.temperatureClass}
                          label={cell('temperatureClass', row)}
                          options={classOptions}
                        />
                      </td>
                      <td className="num">
                        <ModelNumber
                          path={[...p, 'm2PerPalletPosition']}
                          value={s.m2PerPalletPosition}
                          label={cell('m2PerPosition', row)}
                        />
                      </td>
                      <td className="num">
                        <ModelNumber
                          path={[...p, 'clearHeightM']}
                          value={s.clearHeightM}
                          label={cell('clearHeight', row)}
                        />
                      </td>
                      <td className="num">
                        <ModelNumber
                          path={[...p, 'rackingCentsPerPositionPerYear']}
                          value={s.rackingCentsPerPositionPerYear}
                          scale="euros"
                          label={cell('racking', row)}
                          maxDigits={2}
                        />
                      </td>
                      <td>
                        <RemoveButton
                          label={removeLabel(row)}
                          onClick={() => update(['storage'], remove(storage, i))}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </ModelSection>

        <ModelSection
          title={t('web-costing.costModel.fixed.title')}
          hint={t('web-costing.costModel.fixed.hint')}
          addLabel={t('web-costing.costModel.fixed.add')}
          onAdd={() =>
            update(
              ['fixedCosts'],
              [
                ...fixed,
                {
                  id: `fixed_${fixed.length + 1}`,
                  costCentre: model.sharedCostCentre ?? fixed[0]?.costCentre ?? '',
                  kind: 'other',
                  centsPerMonth: 0,
                },
              ],
            )
          }
          testId="cost-model-fixed"
        >
          <div className="table-wrap">
            <table className="grid costing-editor">
              <thead>
                <tr>
                  <th>{c('id')}</th>
                  <th>{c('costCentre')}</th>
                  <th>{c('fixedKind')}</th>
                  <th className="num">{c('perMonth')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {fixed.map((f, i) => {
                  const p = ['fixedCosts', i] as const;
                  const row = f.id || i + 1;
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place.
                    <tr key={i}>
                      <td>
                        <ModelText path={[...p, 'id']} value={f.id} label={cell('id', row)} />
                      </td>
                      <td>
                        <ModelText
                          path={[...p, 'costCentre']}
                          value={f.costCentre}
                          label={cell('costCentre', row)}
                        />
                      </td>
                      <td>
                        <ModelSelect
                          path={[...p, 'kind']}
                          value={f.kind}
                          label={cell('fixedKind', row)}
                          options={FIXED_KINDS.map((k) => ({
                            value: k,
                            label: t(`web-costing.costModel.fixedKind.${k}`),
                          }))}
                        />
                      </td>
                      <td className="num">
                        <ModelNumber
                          path={[...p, 'centsPerMonth']}
                          value={f.centsPerMonth}
                          scale="euros"
                          label={cell('perMonth', row)}
                          maxDigits={2}
                        />
                      </td>
                      <td>
                        <RemoveButton
                          label={removeLabel(row)}
                          onClick={() => update(['fixedCosts'], remove(fixed, i))}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {fixed.length === 0 && <p className="muted">{t('web-costing.costModel.fixed.none')}</p>}
        </ModelSection>
      </div>
    </>
  );
}

function useContextEditing(): ModelEditing {
  return useContext(ModelEditingContext);
}
