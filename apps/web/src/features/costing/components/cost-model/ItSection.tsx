// Cost model editor: the IT costs, each a monthly amount.
import type { CostModel } from '../../costingTypes.ts';
import { ModelNumber, ModelSection, ModelText } from '../CostModelFields.tsx';
import { type EditorColumn, EditorTable } from './EditorTable.tsx';
import { remove, useEditorLabels, useModelEditing } from './editor-parts.tsx';

type ItCost = NonNullable<CostModel['it']>[number];

export function ItSection({ model }: { model: CostModel }) {
  const { t, col } = useEditorLabels();
  const { update } = useModelEditing();
  const it = model.it ?? [];
  const columns: EditorColumn<ItCost>[] = [
    {
      key: 'id',
      header: col('id'),
      render: (r, i, label) => <ModelText path={['it', i, 'id']} value={r.id} label={label} />,
    },
    {
      key: 'perMonth',
      header: col('perMonth'),
      numeric: true,
      render: (r, i, label) => (
        <ModelNumber
          path={['it', i, 'costPerMonthCents']}
          value={r.costPerMonthCents}
          scale="euros"
          label={label}
          maxDigits={2}
        />
      ),
    },
  ];

  return (
    <ModelSection
      title={t('web-costing.costModel.it.title')}
      hint={t('web-costing.costModel.it.hint')}
      addLabel={t('web-costing.costModel.it.add')}
      onAdd={() => update(['it'], [...it, { id: `it_${it.length + 1}`, costPerMonthCents: 0 }])}
    >
      <EditorTable
        columns={columns}
        rows={it}
        rowLabel={(r, i) => r.id || i + 1}
        onRemove={(i) => update(['it'], remove(it, i))}
      />
    </ModelSection>
  );
}
