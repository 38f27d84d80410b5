// The plan draws locations as one path per colour class, with the y axis turned to screen direction.
import { describe, expect, it } from 'vitest';
import type { SitePlan } from '../../../api/types.ts';
import { planGeometry } from './planPaths.ts';

const plan: SitePlan = {
  bounds: { minX: 0, minY: 0, maxX: 100, maxY: 50 },
  zones: [
    { id: 'z1', code: 'A', temperatureClass: 'ambient', x: 0, y: 0, width: 60, depth: 50 },
    { id: 'z2', code: 'F', temperatureClass: 'negative_cold', x: 60, y: 0, width: 40, depth: 50 },
  ],
  aisles: [{ id: 'a1', code: 'A01', zoneId: 'z1', x: 2, y: 0, width: 3, depth: 40 }],
  locations: [
    { id: 'l1', code: 'A01-1', zoneId: 'z1', x: 0, y: 0, width: 1, depth: 1.2, occupied: true },
    { id: 'l2', code: 'A01-2', zoneId: 'z1', x: 0, y: 1.2, width: 1, depth: 1.2, occupied: false },
    { id: 'l3', code: 'A01-3', zoneId: 'z1', x: 0, y: 2.4, width: 1, depth: 1.2, occupied: true },
    { id: 'l4', code: 'F01-1', zoneId: 'z2', x: 60, y: 0, width: 1, depth: 1.2, occupied: false },
  ],
};

describe('planGeometry', () => {
  it('groups locations by temperature class and occupancy', () => {
    const g = planGeometry(plan);
    const byClass = Object.fromEntries(g.locationPaths.map((p) => [p.cls, p.count]));
    expect(byClass).toEqual({ 'ambient-occupied': 2, 'ambient-free': 1, 'negative_cold-free': 1 });
  });

  it('puts the plan origin (south-west) at the bottom of the drawing', () => {
    const g = planGeometry(plan);
    expect(g.flipY(0, 1.2)).toBeCloseTo(48.8);
    expect(g.locationPaths.find((p) => p.cls === 'negative_cold-free')?.d).toBe('M60 48.8h1v1.2h-1z');
    expect(g.viewBox.width).toBeGreaterThan(100);
  });
});
