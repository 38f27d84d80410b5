// Cost model editor: the activity standards (time per unit of work, labour, equipment use and consumables).
import type { CostActivity, CostModel } from '../../costingTypes.ts';
import { ModelNumber, ModelSection, ModelSelect } from '../CostModelFields.tsx';
import { type EditorColumn, EditorTable } from './EditorTable.tsx';
import {
  ACTIVITIES,
  RemoveButton,
  remove,
  UNITS,
  useEditorLabels,
  useModelEditing,
} from './editor-parts.tsx';

export function ActivitiesSection({ model }: { model: CostModel }) {
  const { t, col, cell, removeLabel, options } = useEditorLabels();
  const { update } = useModelEditing();
  const labour = model.labour ?? [];
  const equipment = model.equipment ?? [];
  const activities = model.activities ?? [];
  const labourOptions = labour.map((l) => ({ value: l.id, label: l.id }));
  const equipmentOptions = equipment.map((e) => ({ value: e.id, label: e.id }));
  const rowLabel = (a: CostActivity) =>
    `${t(`plan.activity.${a.activity}`, { defaultValue: a.activity })} / ${t(`plan.unitOfWork.${a.standard.unit}`, { defaultValue: a.standard.unit })}`;
  const columns: EditorColumn<CostActivity>[] = [
    {
      key: 'activity',
      header: col('activity'),
      render: (a, i, label) => (
        <ModelSelect
          path={['activities', i, 'activity']}
          value={a.activity}
          label={label}
          options={options(ACTIVITIES, 'plan.activity')}
        />
      ),
    },
    {
      key: 'unit',
      header: col('unit'),
      render: (a, i, label) => (
        <ModelSelect
          path={['activities', i, 'standard', 'unit']}
          value={a.standard.unit}
          label={label}
          options={options(UNITS, 'plan.unitOfWork')}
        />
      ),
    },
    {
      key: 'minutesPerUnit',
      header: col('minutesPerUnit'),
      numeric: true,
      render: (a, i, label) => (
        <ModelNumber
          path={['activities', i, 'standard', 'minutesPerUnit']}
          value={a.standard.minutesPerUnit}
          label={label}
        />
      ),
    },
    {
      key: 'pfd',
      header: col('pfd'),
      numeric: true,
      render: (a, i, label) => (
        <ModelNumber
          path={['activities', i, 'standard', 'allowancePfd']}
          value={a.standard.allowancePfd}
          scale="percent"
          label={label}
        />
      ),
    },
    {
      key: 'efficiency',
      header: col('efficiency'),
      numeric: true,
      render: (a, i, label) => (
        <ModelNumber
          path={['activities', i, 'standard', 'efficiency']}
          value={a.standard.efficiency}
          scale="percent"
          label={label}
        />
      ),
    },
    {
      key: 'labour',
      header: col('labour'),
      render: (a, i, label) => (
        <ModelSelect
          path={['activities', i, 'labourId']}
          value={a.labourId}
          label={label}
          options={labourOptions}
        />
      ),
    },
    {
      key: 'tempShare',
      header: col('tempShare'),
      numeric: true,
      render: (a, i, label) => (
        <ModelNumber
          path={['activities', i, 'tempShare']}
          value={a.tempShare}
          scale="percent"
          label={label}
        />
      ),
    },
    {
      key: 'equipmentUse',
      header: col('equipmentUse'),
      className: 'costing-uses',
      render: (a, i, label) => {
        const uses = a.equipment ?? [];
        return (
          <>
            {uses.map((u, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: uses are edited in place.
              <span key={j} className="costing-use">
                <ModelSelect
                  path={['activities', i, 'equipment', j, 'equipmentId']}
                  value={u.equipmentId}
                  label={label}
                  options={equipmentOptions}
                />
                <ModelNumber
                  path={['activities', i, 'equipment', j, 'minutesPerUnit']}
                  value={u.minutesPerUnit}
                  label={cell('equipmentMinutes', rowLabel(a))}
                />
                <RemoveButton
                  label={removeLabel(u.equipmentId)}
                  onClick={() => update(['activities', i, 'equipment'], remove(uses, j))}
                />
              </span>
            ))}
            {equipment.length > 0 && (
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  update(
                    ['activities', i, 'equipment'],
                    [
                      ...uses,
                      { equipmentId: equipment[0]?.id ?? '', minutesPerUnit: a.standard.minutesPerUnit },
                    ],
                  )
                }
              >
                {t('web-costing.costModel.activities.addEquipment')}
              </button>
            )}
          </>
        );
      },
    },
    {
      key: 'consumables',
      header: col('consumables'),
      numeric: true,
      render: (a, i, label) => (
        <ModelNumber
          path={['activities', i, 'consumablesCentsPerUnit']}
          value={a.consumablesCentsPerUnit}
          scale="euros"
          label={label}
          maxDigits={4}
        />
      ),
    },
  ];

  return (
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
      <EditorTable
        columns={columns}
        rows={activities}
        rowLabel={rowLabel}
        onRemove={(i) => update(['activities'], remove(activities, i))}
      />
    </ModelSection>
  );
}
