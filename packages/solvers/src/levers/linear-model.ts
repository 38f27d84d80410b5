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
