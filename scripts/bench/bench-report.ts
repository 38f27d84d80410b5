// The shape every benchmark in scripts/bench returns to scripts/bench.ts, which writes BENCHMARKS.md.

export interface BenchReport {
  /** Section title in BENCHMARKS.md. */
  title: string;
  /** Markdown body of the section (tables, notes). */
  markdown: string;
  /** False when a correctness check failed or the target was missed. */
  ok: boolean;
}

export type Bench = () => Promise<BenchReport>;
