// Types of highs-warmup.mjs (plain JavaScript, loaded by the solver thread without the TypeScript loader).
import type highsLoader from 'highs';
import type { MatrixArrays } from './highs-core.mjs';

type Highs = Awaited<ReturnType<typeof highsLoader>>;

export function warmUpModel(seed?: number): MatrixArrays;

export function warmUp(
  highs: Highs,
  options: Readonly<Record<string, string | number | boolean>>,
  budgetMs: number,
): number;
