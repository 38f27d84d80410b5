// Cost model editor: the labour resources, each with its permanent and temporary hourly cost build-up.
import type { CostModel, LabourResource } from '../../costingTypes.ts';
import { ModelNumber, ModelSection, ModelText } from '../CostModelFields.tsx';
import { type EditorColumn, EditorTable } from './EditorTable.tsx';
import { remove, useEditorLabels, useModelEditing } from './editor-parts.tsx';

export function LabourSection({ model }: { model: CostModel }) {
  const { t, col } = useEditorLabels();
  const { update } = useModelEditing();
  const labour = model.labour ?? [];
  const columns: EditorColumn<LabourResource>[] = [
    {
      key: 'id',
      header: col('id'),
      render: (l, i, label) => <ModelText path={['labour', i, 'id']} value={l.id} label={label} />,
    },
    {
      key: 'qualification',
      header: col('qualification'),
      render: (l, i, label) => (
        <ModelText path={['labour', i, 'qualification']} value={l.qualification} label={label} />
      ),
    },
    {
      key: 'grossHourly',
      header: col('grossHourly'),
      numeric: true,
      render: (l, i, label) => (
        <ModelNumber
          path={['labour', i, 'permanent', 'hourlyGrossCents']}
          value={l.permanent.hourlyGrossCents}
          scale="euros"
          label={label}
          maxDigits={2}
        />
      ),
    },
    {
      key: 'premiums',
      header: col('premiums'),
      numeric: true,
      render: (l, i, label) => (
        <ModelNumber
          path={['labour', i, 'permanent', 'premiumsShare']}
          value={l.permanent.premiumsShare}
          scale="percent"
          label={label}
        />
      ),
    },
    {
      key: 'employerRate',
      header: col('employerRate'),
      numeric: true,
      render: (l, i, label) => (
        <ModelNumber
          path={['labour', i, 'permanent', 'employerRate']}
          value={l.permanent.employerRate}
          scale="percent"
          label={label}
        />
      ),
    },
    {
      key: 'absenteeism',
      header: col('absenteeism'),
      numeric: true,
      render: (l, i, label) => (
        <ModelNumber
          path={['labour', i, 'permanent', 'absenteeism']}
          value={l.permanent.absenteeism}
          scale="percent"
          label={label}
        />
      ),
    },
    {
      key: 'nonProductive',
      header: col('nonProductive'),
      numeric: true,
      render: (l, i, label) => (
        <ModelNumber
          path={['labour', i, 'permanent', 'nonProductiveShare']}
          value={l.permanent.nonProductiveShare}
          scale="percent"
          label={label}
        />
      ),
    },
    {
      key: 'tempGrossHourly',
      header: col('tempGrossHourly'),
      numeric: true,
      render: (l, i, label) => (
        <ModelNumber
          path={['labour', i, 'tempGrossHourlyCents']}
          value={l.tempGrossHourlyCents}
          scale="euros"
          label={label}
          maxDigits={2}
        />
      ),
    },
    {
      key: 'tempCoefficient',
      header: col('tempCoefficient'),
      numeric: true,
      render: (l, i, label) => (
        <ModelNumber
          path={['labour', i, 'tempAgencyCoefficient']}
          value={l.tempAgencyCoefficient}
          label={label}
        />
      ),
    },
    {
      key: 'tempProductivity',
      header: col('tempProductivity'),
      numeric: true,
      render: (l, i, label) => (
        <ModelNumber
          path={['labour', i, 'tempProductivityFactor']}
          value={l.tempProductivityFactor}
          scale="percent"
          label={label}
        />
      ),
    },
  ];

  return (
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
      <EditorTable
        columns={columns}
        rows={labour}
        rowLabel={(l, i) => l.id || i + 1}
        onRemove={(i) => update(['labour'], remove(labour, i))}
        canRemove={labour.length > 1}
      />
    </ModelSection>
  );
}
