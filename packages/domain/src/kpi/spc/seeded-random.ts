// Seeded pseudo-random numbers (uniform and standard normal) so that SPC simulations and tests replay exactly.

/**
 * mulberry32: 32-bit state, passes the usual small-crush style checks, and gives the same sequence on every
 * machine because it only uses 32-bit integer arithmetic. Uniform in [0, 1).
 */
export function seededUniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Standard normal draws by the Box–Muller transform. Both values of each pair are used, so a seed yields a
 * fixed sequence; 1 − u keeps the logarithm away from 0.
 */
export function seededNormal(seed: number): () => number {
  const uniform = seededUniform(seed);
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}
