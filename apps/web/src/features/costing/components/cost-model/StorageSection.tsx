// Cost model editor: the storage lines, one per temperature class (floor space per position, height, racking).
import type { CostModel, StorageLine } from '../../costingTypes.ts';
import { ModelNumber, ModelSection } from '../CostModelFields.tsx';
import { type EditorColumn, EditorTable } from './EditorTable.tsx';
import {
  firstFreeClass,
  remove,
  TEMPERATURE_CLASSES,
  temperatureClassColumn,
  useEditorLabels,
  useModelEditing,
} from './editor-parts.tsx';

export function StorageSection({ model }: { model: CostModel }) {
  const labels = useEditorLabels();
  const { t, col } = labels;
  const { update } = useModelEditing();
  const storage = model.storage ?? [];
  const columns: EditorColumn<StorageLine>[] = [
    temperatureClassColumn('storage', labels),
    {
      key: 'm2PerPosition',
      header: col('m2PerPosition'),
      numeric: true,
      render: (s, i, label) => (
        <ModelNumber
          path={['storage', i, 'm2PerPalletPosition']}
          value={s.m2PerPalletPosition}
          label={label}
        />
      ),
    },
    {
      key: 'clearHeight',
      header: col('clearHeight'),
      numeric: true,
      render: (s, i, label) => (
        <ModelNumber path={['storage', i, 'clearHeightM']} value={s.clearHeightM} label={label} />
      ),
    },
    {
      key: 'racking',
      header: col('racking'),
      numeric: true,
      render: (s, i, label) => (
        <ModelNumber
          path={['storage', i, 'rackingCentsPerPositionPerYear']}
          value={s.rackingCentsPerPositionPerYear}
          scale="euros"
          label={label}
          maxDigits={2}
        />
      ),
    },
  ];

  return (
    <ModelSection
      title={t('web-costing.costModel.storage.title')}
      hint={t('web-costing.costModel.storage.hint')}
      addLabel={
        storage.length < TEMPERATURE_CLASSES.length ? t('web-costing.costModel.storage.add') : undefined
      }
      onAdd={() =>
        update(
          ['storage'],
          [
            ...storage,
            {
              temperatureClass: firstFreeClass(storage),
              m2PerPalletPosition: 1.1,
              clearHeightM: 10,
              rackingCentsPerPositionPerYear: 2_500,
            },
          ],
        )
      }
    >
      <EditorTable
        columns={columns}
        rows={storage}
        rowLabel={(s) => t(`site.temperatureClass.${s.temperatureClass}`)}
        onRemove={(i) => update(['storage'], remove(storage, i))}
      />
    </ModelSection>
  );
}
