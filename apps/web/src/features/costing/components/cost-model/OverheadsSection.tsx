// Cost model editor: the overheads, as a share of direct costs or a monthly cost per head.
import type { CostModel, Overhead } from '../../costingTypes.ts';
import { ModelNumber, ModelSection, ModelSelect, ModelText } from '../CostModelFields.tsx';
import { type EditorColumn, EditorTable } from './EditorTable.tsx';
import { remove, useEditorLabels, useModelEditing } from './editor-parts.tsx';

export function OverheadsSection({ model }: { model: CostModel }) {
  const { t, col, options } = useEditorLabels();
  const { update } = useModelEditing();
  const overheads = model.overheads ?? [];
  const columns: EditorColumn<Overhead>[] = [
    {
      key: 'id',
      header: col('id'),
      render: (o, i, label) => <ModelText path={['overheads', i, 'id']} value={o.id} label={label} />,
    },
    {
      key: 'overheadBasis',
      header: col('overheadBasis'),
      render: (o, i, label) => (
        <ModelSelect
          path={['overheads', i, 'basis']}
          value={o.basis}
          label={label}
          options={options(['percent_of_direct', 'per_head'], 'web-costing.costModel.overheadBasis')}
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
            update(['overheads', i], next);
          }}
        />
      ),
    },
    {
      key: 'overheadValue',
      header: col('overheadValue'),
      numeric: true,
      render: (o, i, label) =>
        o.basis === 'percent_of_direct' ? (
          <ModelNumber path={['overheads', i, 'share']} value={o.share} scale="percent" label={label} />
        ) : (
          <ModelNumber
            path={['overheads', i, 'costPerHeadPerMonthCents']}
            value={o.costPerHeadPerMonthCents}
            scale="euros"
            label={label}
            maxDigits={2}
          />
        ),
    },
    {
      key: 'hoursPerHead',
      header: col('hoursPerHead'),
      numeric: true,
      render: (o, i, label) =>
        o.basis === 'per_head' ? (
          <ModelNumber
            path={['overheads', i, 'productiveHoursPerHeadPerMonth']}
            value={o.productiveHoursPerHeadPerMonth}
            label={label}
          />
        ) : (
          '–'
        ),
    },
  ];

  return (
    <ModelSection
      title={t('web-costing.costModel.overheads.title')}
      hint={t('web-costing.costModel.overheads.hint')}
      addLabel={t('web-costing.costModel.overheads.add')}
      onAdd={() =>
        update(
          ['overheads'],
          [...overheads, { id: `overhead_${overheads.length + 1}`, basis: 'percent_of_direct', share: 0.05 }],
        )
      }
    >
      <EditorTable
        columns={columns}
        rows={overheads}
        rowLabel={(o, i) => o.id || i + 1}
        onRemove={(i) => update(['overheads'], remove(overheads, i))}
      />
    </ModelSection>
  );
}
