// The table every cost model section edits its rows in: a header row, one row per item and its remove button.
import type { ReactNode } from 'react';
import { RemoveButton, type RowLabel, useEditorLabels } from './editor-parts.tsx';

export interface EditorColumn<T> {
  key: string;
  header: string;
  numeric?: boolean;
  /** Class of the body cells when they are neither plain nor numeric. */
  className?: string;
  /** `label` is the cell's accessible name: the column header with the row's label. */
  render: (row: T, index: number, label: string) => ReactNode;
}

export function EditorTable<T>({
  columns,
  rows,
  rowLabel,
  onRemove,
  canRemove = true,
}: {
  columns: readonly EditorColumn<T>[];
  rows: readonly T[];
  /** Names the row in its cells' and its remove button's labels. */
  rowLabel: (row: T, index: number) => RowLabel;
  onRemove: (index: number) => void;
  /** False keeps the remove cell empty, e.g. for the last row of a list that may not be empty. */
  canRemove?: boolean;
}) {
  const { cellLabel, removeLabel } = useEditorLabels();
  return (
    <div className="table-wrap">
      <table className="grid costing-editor">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} className={column.numeric ? 'num' : undefined}>
                {column.header}
              </th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const label = rowLabel(row, i);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their ids are themselves editable.
              <tr key={i}>
                {columns.map((column) => (
                  <td key={column.key} className={column.className ?? (column.numeric ? 'num' : undefined)}>
                    {column.render(row, i, cellLabel(column.header, label))}
                  </td>
                ))}
                <td>
                  {canRemove && <RemoveButton label={removeLabel(label)} onClick={() => onRemove(i)} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
