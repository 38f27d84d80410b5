// A person's cost of working each (day, slot) cell, as pricing sees it: the model's own cost of the cell (requests,
// soft unavailability, changes) plus a price for each cover row the cell counts in. Column generation prices the rows
// at their LP duals, the repair by pricing at their marginal shortfall or surplus weights.
import type { MipModel } from './mip-model.ts';
import type { Prepared } from './prepared.ts';

/**
 * Fills `out[d * slots + s]` with person e's cost of the cell: the model's cost plus `sign × rowPrice[offset + r]`
 * for each cover row r of the cell; not finite where the cell may not take the slot.
 */
export function fillCellCosts(
  p: Prepared,
  model: MipModel,
  e: number,
  rowPrice: ArrayLike<number>,
  offset: number,
  sign: 1 | -1,
  out: Float64Array,
): void {
  const map = model.cell[e]!;
  for (let c = 0; c < out.length; c++) {
    const col = map[c]!;
    if (col < 0 || model.colUpper[col] === 0) {
      out[c] = Number.POSITIVE_INFINITY;
      continue;
    }
    let cost = model.colCost[col]!;
    for (let i = p.coverStart[c]!; i < p.coverStart[c + 1]!; i++)
      cost += sign * rowPrice[offset + p.coverList[i]!]!;
    out[c] = cost;
  }
}
