// Cost model editor: the handling equipment, billed by the month or by the operating hour.
import type { CostModel, EquipmentResource } from '../../costingTypes.ts';
import { ModelNumber, ModelSection, ModelSelect, ModelText } from '../CostModelFields.tsx';
import { type EditorColumn, EditorTable } from './EditorTable.tsx';
import { remove, useEditorLabels, useModelEditing } from './editor-parts.tsx';

export function EquipmentSection({ model }: { model: CostModel }) {
  const { t, col, options } = useEditorLabels();
  const { update } = useModelEditing();
  const equipment = model.equipment ?? [];
  const columns: EditorColumn<EquipmentResource>[] = [
    {
      key: 'id',
      header: col('id'),
      render: (e, i, label) => <ModelText path={['equipment', i, 'id']} value={e.id} label={label} />,
    },
    {
      key: 'billing',
      header: col('billing'),
      render: (e, i, label) => (
        <ModelSelect
          path={['equipment', i, 'billing']}
          value={e.billing}
          label={label}
          options={options(['per_month', 'per_operating_hour'], 'web-costing.costModel.billing')}
          onChange={(b) => {
            const next: EquipmentResource =
              b === 'per_operating_hour'
                ? { id: e.id, billing: 'per_operating_hour', costPerOperatingHourCents: 250 }
                : { id: e.id, billing: 'per_month', costPerMonthCents: 75_000, operatingHoursPerMonth: 300 };
            update(['equipment', i], next);
          }}
        />
      ),
    },
    {
      key: 'equipmentCost',
      header: col('equipmentCost'),
      numeric: true,
      render: (e, i, label) =>
        e.billing === 'per_month' ? (
          <ModelNumber
            path={['equipment', i, 'costPerMonthCents']}
            value={e.costPerMonthCents}
            scale="euros"
            label={label}
            maxDigits={2}
          />
        ) : (
          <ModelNumber
            path={['equipment', i, 'costPerOperatingHourCents']}
            value={e.costPerOperatingHourCents}
            scale="euros"
            label={label}
            maxDigits={2}
          />
        ),
    },
    {
      key: 'operatingHours',
      header: col('operatingHours'),
      numeric: true,
      render: (e, i, label) =>
        e.billing === 'per_month' ? (
          <ModelNumber
            path={['equipment', i, 'operatingHoursPerMonth']}
            value={e.operatingHoursPerMonth}
            label={label}
          />
        ) : (
          '–'
        ),
    },
  ];

  return (
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
      <EditorTable
        columns={columns}
        rows={equipment}
        rowLabel={(e, i) => e.id || i + 1}
        onRemove={(i) => update(['equipment'], remove(equipment, i))}
      />
    </ModelSection>
  );
}
