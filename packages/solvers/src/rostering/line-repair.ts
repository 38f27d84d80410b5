// Repair of a roster's broken personal rules by pricing: a person whose line breaks one of their own hard rules
// (shifts of a type, minutes, consecutive runs, days off, weekends, shift successions) gets the cheapest line that
// keeps them all, priced as column generation prices (line-pricing.ts) at the cover's marginal costs given everyone
// else's lines. Local search can take long to clear the last few such breaches of a large roster (Curtois & Qu
// instance 12: 20 s of a minute for the last three), one pricing takes milliseconds on four weeks. On a year it took
// over 20 s a person (labels apart by their minutes until the minimum), hence a beam there, and a deadline. Only for
// problems the MIP models: their hard rules are all personal, so one person's new line cannot break another's.
import { fillCellCosts } from './cell-costs.ts';
import { priceLine } from './line-pricing.ts';
import type { MipModel } from './mip-model.ts';
import { copyAssignment, coverAssigned, type Prepared } from './prepared.ts';
import type { Assignment } from './problem.ts';

/**
 * Lines longer than this many days are priced in a beam of so many labels a day: on a year of 120 people (Curtois & Qu
 * instance 12 repeated, ADR 0010), 0.1–0.2 s a person, within 2 % of the exact price where that one finished.
 */
const LONG_DAYS = 56;
const BEAM = 400;

/**
 * The roster with each of `people` (in order) given their cheapest rule-abiding line, priced against the cover left
 * by the others' lines at the time (an earlier repair counts for the later ones). A person without any such line
 * keeps theirs, and so does everyone not yet repaired at the `deadline` (a `performance.now()` time).
 */
export function repairLines(
  p: Prepared,
  model: MipModel,
  assignment: Assignment,
  people: Iterable<number>,
  deadline = Number.POSITIVE_INFINITY,
): Assignment {
  const roster = copyAssignment(assignment);
  const cover = p.problem.cover;
  const assigned = coverAssigned(p, roster);
  const S = p.slots;
  const cellCost = new Float64Array(p.days * S);
  const rowPrice = new Float64Array(cover.length);
  const count = (line: Int32Array, step: number) => {
    for (let d = 0; d < p.days; d++) {
      const s = line[d]!;
      if (s < 0) continue;
      const c = d * S + s;
      for (let i = p.coverStart[c]!; i < p.coverStart[c + 1]!; i++) assigned[p.coverList[i]!]! += step;
    }
  };
  for (const e of people) {
    if (performance.now() >= deadline) break;
    const line = roster[e]!;
    count(line, -1);
    // Working a cell fills a shortfall (saves its weight) or adds a surplus (costs its weight).
    for (const [r, need] of cover.entries())
      rowPrice[r] = assigned[r]! < need.requirement ? -need.underWeight : need.overWeight;
    fillCellCosts(p, model, e, rowPrice, 0, 1, cellCost);
    const priced = priceLine(p, e, cellCost, 0, Number.POSITIVE_INFINITY, {
      deadline,
      ...(p.days > LONG_DAYS ? { beam: BEAM } : {}),
    });
    if (priced.best) line.set(priced.best.line);
    count(line, 1);
  }
  return roster;
}
