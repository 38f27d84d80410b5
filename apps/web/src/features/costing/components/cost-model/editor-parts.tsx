// Pieces every section of the cost model editor shares: the choice lists, the labels, row removal and its button.
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemperatureClass } from '../../costingTypes.ts';
import { type ModelEditing, ModelEditingContext, ModelSelect } from '../CostModelFields.tsx';
import type { EditorColumn } from './EditorTable.tsx';

export const ACTIVITIES = [
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
export const UNITS = ['truck', 'pallet', 'carton', 'order_line', 'unit', 'parcel', 'order', 'hour'];
export const TEMPERATURE_CLASSES = ['ambient', 'positive_cold', 'negative_cold'] as const;
export const FIXED_KINDS = [
  'rent',
  'equipment',
  'energy',
  'it',
  'supervision',
  'maintenance',
  'insurance',
  'other',
];

export type RowLabel = string | number;

export function remove<T>(list: readonly T[] | undefined, index: number): T[] {
  return (list ?? []).filter((_, i) => i !== index);
}

/** The first temperature class no line uses yet: each class has at most one energy rate and one storage line. */
export function firstFreeClass(lines: readonly { temperatureClass: TemperatureClass }[]): TemperatureClass {
  return TEMPERATURE_CLASSES.find((k) => !lines.some((l) => l.temperatureClass === k)) ?? 'ambient';
}

export function useModelEditing(): ModelEditing {
  return useContext(ModelEditingContext);
}

export function useEditorLabels() {
  const { t } = useTranslation();
  const col = (key: string) => t(`web-costing.costModel.col.${key}`);
  const cellLabel = (column: string, row: RowLabel) => t('web-costing.cell', { column, row });
  return {
    t,
    col,
    cellLabel,
    cell: (key: string, row: RowLabel) => cellLabel(col(key), row),
    removeLabel: (row: RowLabel) => t('web-costing.costModel.remove', { row }),
    /** Select options whose labels are the translations `${keyPrefix}.${value}`. */
    options: (values: readonly string[], keyPrefix: string) =>
      values.map((value) => ({ value, label: t(`${keyPrefix}.${value}`) })),
  };
}

export type EditorLabels = ReturnType<typeof useEditorLabels>;

/** The first column of the energy and storage tables, which hold one row per temperature class. */
export function temperatureClassColumn<T extends { temperatureClass: TemperatureClass }>(
  list: 'energy' | 'storage',
  { col, options }: EditorLabels,
): EditorColumn<T> {
  return {
    key: 'temperatureClass',
    header: col('temperatureClass'),
    render: (row, i, label) => (
      <ModelSelect
        path={[list, i, 'temperatureClass']}
        value={row.temperatureClass}
        label={label}
        options={options(TEMPERATURE_CLASSES, 'site.temperatureClass')}
      />
    ),
  };
}

export function RemoveButton({ onClick, label }: { onClick: () => void; label: string }) {
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
