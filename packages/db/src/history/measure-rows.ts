// Turns the measures statement's rows into sorted DailyMeasureRows (zeros left out: absent measures are 0).
import {
  type DailyMeasureColumns,
  type DailyMeasureRow,
  DIMENSIONS,
  type Dimension,
  MEASURES,
} from '@logipilot/domain';

const ORDER = new Map<string, number>(DIMENSIONS.map((d, i) => [d, i]));

export function toMeasureRows(rows: readonly Record<string, unknown>[]): DailyMeasureRow[] {
  const out: DailyMeasureRow[] = rows.map((r) => {
    const values: Record<string, number> = {};
    for (const m of MEASURES) {
      const v = Number(r[m.id] ?? 0);
      if (v !== 0) values[m.id] = v;
    }
    return {
      day: String(r.day),
      dimension: String(r.dimension) as Dimension,
      key: String(r.key),
      client: String(r.client ?? ''),
      values,
    };
  });
  return out.sort(
    (a, b) =>
      (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) ||
      (ORDER.get(a.dimension) ?? 0) - (ORDER.get(b.dimension) ?? 0) ||
      (a.client < b.client ? -1 : a.client > b.client ? 1 : 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The statement's result read by column (far cheaper than one object per row for a bulk write). */
export function toMeasureColumns(
  columns: readonly unknown[][],
  names: readonly string[],
): DailyMeasureColumns {
  const at = (name: string) => columns[names.indexOf(name)] ?? [];
  return {
    day: at('day').map(String),
    dimension: at('dimension').map((d) => String(d) as Dimension),
    key: at('key').map(String),
    client: at('client').map((c) => String(c ?? '')),
    values: MEASURES.map((m) => at(m.id).map((v) => Number(v ?? 0))),
  };
}
