// A solver-agnostic linear model (columns, rows, costs), its CPLEX LP text and a checker of any solver's answer.

export interface LpVariable {
  name: string;
  lb: number;
  /** Infinity when unbounded above. */
  ub: number;
  cost: number;
}

export interface LpRow {
  name: string;
  terms: [name: string, coef: number][];
  sense: '<=' | '>=' | '=';
  rhs: number;
}

/** Minimise Σ cost·x subject to the rows and the bounds. */
export interface LinearModel {
  variables: LpVariable[];
  rows: LpRow[];
}

/** Plain decimal text: LP readers differ on exponents, so none is written. */
function num(x: number): string {
  const rounded = Math.round(x * 1e9) / 1e9;
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  return rounded.toFixed(9).replace(/\.?0+$/, '');
}

function expression(terms: readonly [string, number][]): string {
  const parts: string[] = [];
  for (const [index, [name, coef]] of terms.entries()) {
    if (coef === 0) continue;
    const sign = coef < 0 ? '-' : '+';
    const magnitude = Math.abs(coef);
    const body = magnitude === 1 ? name : `${num(magnitude)} ${name}`;
    parts.push(index === 0 && sign === '+' ? body : `${sign} ${body}`);
    // Long expressions are wrapped: the format allows continuation lines.
    if (parts.length % 8 === 0) parts.push('\n  ');
  }
  return parts.join(' ').trim() || '0';
}

/** The model in CPLEX LP format, readable by HiGHS and GLPK alike. */
export function toLpText(model: LinearModel): string {
  const objective = model.variables
    .filter((v) => v.cost !== 0)
    .map((v): [string, number] => [v.name, v.cost]);
  const lines = ['Minimize', ` obj: ${expression(objective)}`, 'Subject To'];
  for (const row of model.rows) {
    const terms = row.terms.filter(([, c]) => c !== 0);
    if (terms.length === 0) continue;
    lines.push(` ${row.name}: ${expression(terms)} ${row.sense} ${num(row.rhs)}`);
  }
  lines.push('Bounds');
  for (const v of model.variables) {
    if (v.ub === Number.POSITIVE_INFINITY) lines.push(` ${v.name} >= ${num(v.lb)}`);
    else lines.push(` ${num(v.lb)} <= ${v.name} <= ${num(v.ub)}`);
  }
  lines.push('End');
  return lines.join('\n');
}

/** The model as column and row arrays with a row-wise sparse matrix: what a solver's matrix interface takes. */
export interface MatrixModel {
  /** Column names in solver order. */
  colNames: string[];
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** CSR: row i holds entries starts[i] … starts[i + 1] − 1. */
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

const rounded = (x: number): number => Math.round(x * 1e9) / 1e9;

/**
 * The same model `toLpText` writes, handed over as arrays: coefficients rounded as the text rounds them, zero terms
 * and empty rows dropped, and the columns in the order an LP reader meets them (objective, rows, then bounds), so
 * that a solver sees exactly the problem it would parse and returns the same vertex among equally cheap ones.
 */
export function toMatrixModel(model: LinearModel): MatrixModel {
  const vars = model.variables;
  const position = new Map<string, number>();
  const order: LpVariable[] = [];
  const byName = new Map<string, LpVariable>();
  // The text writes bounds once per variable: a repeated name keeps its last bounds and its first cost.
  const boundsOf = new Map<string, LpVariable>();
  for (let i = 0; i < vars.length; i++) {
    const v = vars[i] as LpVariable;
    if (!byName.has(v.name)) byName.set(v.name, v);
    boundsOf.set(v.name, v);
  }
  const meet = (name: string): number => {
    let j = position.get(name);
    if (j === undefined) {
      j = order.length;
      position.set(name, j);
      order.push(byName.get(name) ?? { name, lb: 0, ub: Number.POSITIVE_INFINITY, cost: 0 });
    }
    return j;
  };
  for (let i = 0; i < vars.length; i++) {
    const v = vars[i] as LpVariable;
    if (v.cost !== 0) meet(v.name);
  }
  let nonzeros = 0;
  for (const row of model.rows) nonzeros += row.terms.length;
  const starts: number[] = [0];
  const indices = new Int32Array(nonzeros);
  const values = new Float64Array(nonzeros);
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  let k = 0;
  // Where each column last entered the current row: a repeated name is found without scanning the row.
  const rowOfCol: number[] = [];
  const entryOfCol: number[] = [];
  let rowNumber = 0;
  for (const row of model.rows) {
    const first = k;
    rowNumber++;
    const terms = row.terms;
    for (let t = 0; t < terms.length; t++) {
      const [name, coef] = terms[t] as [string, number];
      if (coef === 0) continue;
      const j = meet(name);
      // A name written twice in a row is summed, as a reader of the text would.
      if (rowOfCol[j] === rowNumber) {
        const at = entryOfCol[j] as number;
        values[at] = (values[at] ?? 0) + rounded(coef);
      } else {
        rowOfCol[j] = rowNumber;
        entryOfCol[j] = k;
        indices[k] = j;
        values[k] = rounded(coef);
        k++;
      }
    }
    if (k === first) continue;
    starts.push(k);
    const rhs = rounded(row.rhs);
    rowLower.push(row.sense === '<=' ? Number.NEGATIVE_INFINITY : rhs);
    rowUpper.push(row.sense === '>=' ? Number.POSITIVE_INFINITY : rhs);
  }
  for (let i = 0; i < vars.length; i++) meet((vars[i] as LpVariable).name);
  const n = order.length;
  const colNames: string[] = new Array(n);
  const colCost = new Float64Array(n);
  const colLower = new Float64Array(n);
  const colUpper = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const v = order[j] as LpVariable;
    const last = boundsOf.get(v.name) ?? v;
    colNames[j] = v.name;
    colCost[j] = rounded(v.cost);
    colLower[j] = rounded(last.lb);
    colUpper[j] = last.ub === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : rounded(last.ub);
  }
  return {
    colNames,
    colCost,
    colLower,
    colUpper,
    rowLower: Float64Array.from(rowLower),
    rowUpper: Float64Array.from(rowUpper),
    starts: Int32Array.from(starts),
    indices: indices.slice(0, k),
    values: values.slice(0, k),
  };
}

/** Σ cost·x for the given values (missing = 0). */
export function objectiveOf(model: LinearModel, values: ReadonlyMap<string, number>): number {
  return model.variables.reduce((s, v) => s + v.cost * (values.get(v.name) ?? 0), 0);
}

/** Rows and bounds a solution breaks by more than `tolerance`: the cross-check of any solver. */
export function violations(
  model: LinearModel,
  values: ReadonlyMap<string, number>,
  tolerance = 1e-6,
): string[] {
  const out: string[] = [];
  for (const v of model.variables) {
    const x = values.get(v.name) ?? 0;
    if (x < v.lb - tolerance || x > v.ub + tolerance) out.push(`${v.name}=${x} outside [${v.lb}, ${v.ub}]`);
  }
  for (const row of model.rows) {
    const lhs = row.terms.reduce((s, [name, coef]) => s + coef * (values.get(name) ?? 0), 0);
    const ok =
      row.sense === '<='
        ? lhs <= row.rhs + tolerance
        : row.sense === '>='
          ? lhs >= row.rhs - tolerance
          : Math.abs(lhs - row.rhs) <= tolerance;
    if (!ok) out.push(`${row.name}: ${lhs} ${row.sense} ${row.rhs}`);
  }
  return out;
}
