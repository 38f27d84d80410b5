// Greedy construction: cover requirements taken by unit of shortage, each given to the person whose roster it
// costs least (hard rules first), then each person's row completed cell by cell while that improves it.
import type { Rng } from './prng.ts';
import type { SearchState } from './search-state.ts';

/** The change of the search penalty if (e, d) took `slot`, the state left as it was. */
function probe(state: SearchState, e: number, d: number, slot: number): number {
  state.begin();
  state.set(e, d, slot);
  const delta = state.evaluate();
  state.revert();
  return delta;
}

function apply(state: SearchState, e: number, d: number, slot: number): void {
  state.begin();
  state.set(e, d, slot);
  state.evaluate();
  state.commit();
}

/** Fills the cover greedily, most costly shortages first; only moves that lower the penalty are made. */
function fillCover(state: SearchState, rng: Rng): void {
  const p = state.p;
  const cover = p.problem.cover;
  const order = cover.map((_, r) => r);
  // Costlier shortages first; the generator only breaks ties, so that seeds give different starts.
  const tie = order.map(() => rng.float());
  order.sort((a, b) => cover[b]!.underWeight - cover[a]!.underWeight || tie[a]! - tie[b]!);
  for (const r of order) {
    const c = cover[r]!;
    const slots: number[] = [];
    for (let s = 0; s < p.slots; s++) {
      if (p.slotShift[s] === c.shift && p.slotQualification[s] === c.qualification) slots.push(s);
    }
    while (state.gap(r) > 0) {
      let best = 0;
      let bestPerson = -1;
      let bestSlot = -1;
      for (let e = 0; e < p.employees; e++) {
        if (state.rows[e]![c.day] !== -1) continue;
        for (const s of slots) {
          if (state.cellHard[e]![c.day * state.values + s + 1] !== 0) continue;
          const delta = probe(state, e, c.day, s);
          if (delta < best - 1e-9) {
            best = delta;
            bestPerson = e;
            bestSlot = s;
          }
        }
      }
      if (bestPerson < 0) break;
      apply(state, bestPerson, c.day, bestSlot);
    }
  }
}

/** Each person's row: every cell set to its best value while that improves the penalty (a few sweeps). */
function improveRows(state: SearchState, sweeps: number): void {
  const p = state.p;
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let improved = false;
    for (let e = 0; e < p.employees; e++) {
      for (let d = 0; d < p.days; d++) {
        const current = state.rows[e]![d]!;
        let best = -1e-9;
        let bestValue = current;
        for (const v of state.domain[e]![d]!) {
          if (v === current) continue;
          const delta = probe(state, e, d, v);
          if (delta < best) {
            best = delta;
            bestValue = v;
          }
        }
        if (bestValue !== current) {
          apply(state, e, d, bestValue);
          improved = true;
        }
      }
    }
    if (!improved) return;
  }
}

/** Builds a starting roster in `state` (from what it holds: all off, or a warm start). */
export function construct(state: SearchState, rng: Rng): void {
  fillCover(state, rng);
  improveRows(state, 3);
}
