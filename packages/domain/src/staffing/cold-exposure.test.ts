import { describe, expect, it } from 'vitest';
import {
  COLD_EXPOSURE_TABLE,
  COLD_RANGE_OF_CLASS,
  coldExposureShare,
  warmUpMinutes,
} from './cold-exposure.ts';

describe('cold-work exposure (qualifications-safety.md §3, DIN 33403-5)', () => {
  it('warm-up after a maximal stint is the larger of the share and the minimum', () => {
    expect(warmUpMinutes(COLD_EXPOSURE_TABLE.IV)).toBe(30); // max(0.30 × 90 = 27, 30)
    expect(warmUpMinutes(COLD_EXPOSURE_TABLE.III)).toBe(18); // max(0.20 × 90 = 18, 15)
    expect(warmUpMinutes(COLD_EXPOSURE_TABLE.II)).toBe(10); // max(0.05 × 150 = 7.5, 10)
    expect(warmUpMinutes(COLD_EXPOSURE_TABLE.V)).toBe(60); // max(1 × 60, 60)
  });

  it('a freezer (range IV) allows 75 % of the time inside, as the handbook says', () => {
    expect(coldExposureShare('IV')).toBeCloseTo(0.75, 10); // 90 / (90 + 30)
    expect(coldExposureShare('II')).toBeCloseTo(0.9375, 10); // 150 / (150 + 10)
    expect(coldExposureShare('III')).toBeCloseTo(0.8333, 4); // 90 / (90 + 18)
    expect(coldExposureShare('V')).toBe(0.5); // 60 / (60 + 60)
    expect(coldExposureShare(null)).toBe(1);
  });

  it('maps zone classes to their band', () => {
    expect(COLD_RANGE_OF_CLASS).toEqual({ ambient: null, positive_cold: 'II', negative_cold: 'IV' });
  });
});
