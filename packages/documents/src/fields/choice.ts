// Enumerated values read from French or English labels ("Froid positif", "positive cold", "Frais" → positive_cold).
import type { CellValue } from '../tables/table.ts';
import { type FieldResult, fail, ok } from './field-result.ts';
import { normaliseLabel } from './normalise.ts';

export interface ChoiceOption<V extends string> {
  value: V;
  /** Every spelling people use, in both languages; the value itself always matches too. */
  labels: readonly string[];
}

export interface ChoiceParser<V extends string> {
  parse(cell: CellValue): FieldResult<V>;
  values: readonly V[];
}

/** Builds a parser; a label claimed by two options is a programming error, caught when the module loads. */
export function choiceParser<V extends string>(options: readonly ChoiceOption<V>[]): ChoiceParser<V> {
  const index = new Map<string, V>();
  for (const option of options) {
    for (const label of [option.value, option.value.replace(/_/g, ' '), ...option.labels]) {
      const key = normaliseLabel(label);
      const earlier = index.get(key);
      if (earlier !== undefined && earlier !== option.value) {
        throw new Error(`label "${label}" names both ${earlier} and ${option.value}`);
      }
      index.set(key, option.value);
    }
  }
  const allowed = options.map((o) => o.labels[0] ?? o.value).join(', ');
  return {
    values: options.map((o) => o.value),
    parse(cell) {
      const key = normaliseLabel(typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '');
      const value = index.get(key);
      return value === undefined ? fail('INVALID_CHOICE', { allowed }) : ok(value);
    },
  };
}
