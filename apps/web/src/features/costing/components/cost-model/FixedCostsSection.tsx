// Cost model editor: the fixed monthly costs, each booked to a cost centre.
import type { CostModel, FixedCost } from '../../costingTypes.ts';
import { ModelNumber, ModelSection, ModelSelect, ModelText } from '../CostModelFields.tsx';
import { type EditorColumn, EditorTable } from './EditorTable.tsx';
import { FIXED_KINDS, remove, useEditorLabels, useModelEditing } from './editor-parts.tsx';

export function FixedCostsSection({ model }: { model: CostModel }) {
  const { t, col, options } = useEditorLabels();
  const { update } = useModelEditing();
  const fixed = model.fixedCosts ?? [];
  const columns: EditorColumn<FixedCost>[] = [
    {
      key: 'id',
      header: col('id'),
      render: (f, i, label) => <ModelText path={['fixedCosts', i, 'id']} value={f.id} label={label} />,
    },
    {
      key: 'costCentre',
      header: col('costCentre'),
      render: (f, i, label) => (
        <ModelText path={['fixedCosts', i, 'costCentre']} value={f.costCentre} label={label} />
      ),
    },
    {
      key: 'fixedKind',
      header: col('fixedKind'),
      render: (f, i, label) => (
        <ModelSelect
          path={['fixedCosts', i, 'kind']}
          value={f.kind}
          label={label}
          options={options(FIXED_KINDS, 'web-costing.costModel.fixedKind')}
        />
      ),
    },
    {
      key: 'perMonth',
      header: col('perMonth'),
      numeric: true,
      render: (f, i, label) => (
        <ModelNumber
          path={['fixedCosts', i, 'centsPerMonth']}
          value={f.centsPerMonth}
          scale="euros"
          label={label}
          maxDigits={2}
        />
      ),
    },
  ];

  return (
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
      <EditorTable
        columns={columns}
        rows={fixed}
        rowLabel={(f, i) => f.id || i + 1}
        onRemove={(i) => update(['fixedCosts'], remove(fixed, i))}
      />
      {fixed.length === 0 && <p className="muted">{t('web-costing.costModel.fixed.none')}</p>}
    </ModelSection>
  );
}
