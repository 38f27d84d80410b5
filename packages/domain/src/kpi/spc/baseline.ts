// Which points of a series define the control limits (phase I), as flags on the points or an index range.
import { DomainError } from '../../shared/errors.ts';

/**
 * `all` (default): every point is baseline; `flagged`: the points whose `baseline` flag is true;
 * `{ start, end }`: indices start ≤ i < end, like Array.slice.
 */
export type BaselineSelection = 'all' | 'flagged' | { start: number; end: number };

/** One boolean per point; throws SPC_BASELINE_EMPTY when no point is selected. */
export function baselineMask(
  points: readonly { baseline?: boolean }[],
  selection: BaselineSelection = 'all',
): boolean[] {
  let mask: boolean[];
  if (selection === 'all') mask = points.map(() => true);
  else if (selection === 'flagged') mask = points.map((p) => p.baseline === true);
  else {
    const { start, end } = selection;
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end > points.length ||
      start >= end
    )
      throw new DomainError('SPC_BASELINE_RANGE_INVALID', {
        params: { start, end, length: points.length },
      });
    mask = points.map((_, i) => i >= start && i < end);
  }
  if (!mask.some(Boolean)) throw new DomainError('SPC_BASELINE_EMPTY');
  return mask;
}
