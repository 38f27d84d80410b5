// Building blocks of the cost model editor: numbers and texts bound to a path of the model, marked when the server
// names that path in its refusal.
import { createContext, type ReactNode, useContext } from 'react';
import { type NumberScale, pathKey } from '../costingFormat.ts';
import { NumberInput } from './NumberInput.tsx';

export type ModelPath = readonly (string | number)[];

export interface ModelEditing {
  update: (path: ModelPath, value: unknown) => void;
  /** Paths (dotted) the last save refused. */
  bad: ReadonlySet<string>;
}

export const ModelEditingContext = createContext<ModelEditing>({ update: () => {}, bad: new Set() });

export function ModelNumber({
  path,
  value,
  label,
  scale = 'plain',
  maxDigits,
  testId,
}: {
  path: ModelPath;
  value: number | undefined;
  label: string;
  scale?: NumberScale;
  maxDigits?: number;
  testId?: string;
}) {
  const { update, bad } = useContext(ModelEditingContext);
  const field = pathKey(path);
  return (
    <NumberInput
      value={value}
      onChange={(v) => update(path, v)}
      scale={scale}
      label={label}
      field={field}
      invalid={bad.has(field)}
      className="cell"
      {...(maxDigits === undefined ? {} : { maxDigits })}
      {...(testId === undefined ? {} : { testId })}
    />
  );
}

export function ModelText({
  path,
  value,
  label,
  list,
}: {
  path: ModelPath;
  value: string | undefined;
  label: string;
  list?: string;
}) {
  const { update, bad } = useContext(ModelEditingContext);
  const field = pathKey(path);
  return (
    <input
      type="text"
      className="text-cell"
      aria-label={label}
      aria-invalid={bad.has(field) || undefined}
      data-field={field}
      value={value ?? ''}
      list={list}
      onChange={(e) => update(path, e.target.value === '' ? undefined : e.target.value)}
    />
  );
}

export function ModelSelect({
  path,
  value,
  label,
  options,
  onChange,
}: {
  path: ModelPath;
  value: string;
  label: string;
  options: readonly { value: string; label: string }[];
  /** Replaces the default (set the value at `path`), e.g. to reshape the row when its kind changes. */
  onChange?: (value: string) => void;
}) {
  const { update, bad } = useContext(ModelEditingContext);
  const field = pathKey(path);
  return (
    <select
      aria-label={label}
      aria-invalid={bad.has(field) || undefined}
      data-field={field}
      value={value}
      onChange={(e) => (onChange ? onChange(e.target.value) : update(path, e.target.value))}
    >
      {options.every((o) => o.value !== value) && <option value={value}>{value}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** A titled block of the editor with its table and an "add" button. */
export function ModelSection({
  title,
  hint,
  children,
  onAdd,
  addLabel,
  testId,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
  onAdd?: () => void;
  addLabel?: string | undefined;
  testId?: string;
}) {
  return (
    <section className="panel costing-section" data-testid={testId}>
      <div className="panel-head">
        <h2>{title}</h2>
        {onAdd && addLabel && (
          <button type="button" onClick={onAdd}>
            {addLabel}
          </button>
        )}
      </div>
      {hint && <p className="muted costing-hint">{hint}</p>}
      {children}
    </section>
  );
}
