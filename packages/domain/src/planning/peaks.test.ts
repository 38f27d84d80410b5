import { describe, expect, it } from 'vitest';
import { peakDays, peakThreshold, percentileNearestRank } from './peaks.ts';

const days = (hs: number[]) =>
  hs.map((hours, i) => ({ day: `2026-03-${String(i + 2).padStart(2, '0')}`, hours }));

describe('peak days', () => {
  it('default: above 1.2 × the mean worked day', () => {
    // mean (100 + 100 + 100 + 140) / 4 = 110; threshold 1.2 × 110 = 132; 140 > 132
    const peaks = peakDays(days([100, 100, 100, 140, 0]));
    expect(peaks.map((p) => p.params.day)).toEqual(['2026-03-05']);
    expect(peaks[0]?.params.threshold).toBeCloseTo(132, 10);
    expect(peaks[0]?.params.ratioToMean).toBeCloseTo(140 / 110, 10);
  });

  it('mean + k·σ', () => {
    // mean 12; σ² = (4 × (10 − 12)² + (20 − 12)²) / 5 = (16 + 64) / 5 = 16; σ = 4; threshold 12 + 1 × 4 = 16
    expect(peakThreshold([10, 10, 10, 10, 20], { kind: 'mean_plus_sigma', k: 1 })).toBeCloseTo(16, 10);
    expect(peakDays(days([10, 10, 10, 10, 20]), { kind: 'mean_plus_sigma', k: 1 })).toHaveLength(1);
  });

  it('P90 by nearest rank', () => {
    // 10 values, rank ceil(0.9 × 10) = 9 → the 9th smallest = 9; only 10 lies above
    expect(percentileNearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    const peaks = peakDays(days([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), { kind: 'percentile', p: 0.9 });
    expect(peaks.map((p) => p.params.hours)).toEqual([10]);
  });

  it('flags nothing on a flat or empty horizon', () => {
    expect(peakDays(days([50, 50, 50]))).toEqual([]);
    expect(peakDays([])).toEqual([]);
  });
});
