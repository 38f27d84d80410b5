// Turns plan rectangles (metres, origin south-west) into a few SVG paths, one per colour class, so thousands of locations stay cheap.
import type { SitePlan, TemperatureClass } from '../../../api/types.ts';

export type LocationClass = `${TemperatureClass}-${'occupied' | 'free'}`;

export interface PlanGeometry {
  viewBox: { x: number; y: number; width: number; height: number };
  /** Plan y grows northwards; SVG y grows downwards. */
  flipY: (y: number, depth: number) => number;
  locationPaths: { cls: LocationClass; d: string; count: number }[];
  aislePath: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

function rect(x: number, y: number, w: number, d: number): string {
  return `M${round(x)} ${round(y)}h${round(w)}v${round(d)}h${round(-w)}z`;
}

export function planGeometry(plan: SitePlan): PlanGeometry {
  const { minX, minY, maxX, maxY } = plan.bounds;
  const width = Math.max(1, maxX - minX);
  const height = Math.max(1, maxY - minY);
  const pad = Math.max(width, height) * 0.02;
  const flipY = (y: number, depth: number) => maxY - y - depth;
  const zoneClass = new Map(plan.zones.map((z) => [z.id, z.temperatureClass]));

  const parts = new Map<LocationClass, { d: string[]; count: number }>();
  for (const l of plan.locations) {
    const cls: LocationClass = `${zoneClass.get(l.zoneId) ?? 'ambient'}-${l.occupied ? 'occupied' : 'free'}`;
    let entry = parts.get(cls);
    if (!entry) {
      entry = { d: [], count: 0 };
      parts.set(cls, entry);
    }
    entry.d.push(rect(l.x, flipY(l.y, l.depth), l.width, l.depth));
    entry.count += 1;
  }

  return {
    viewBox: { x: minX - pad, y: -pad, width: width + 2 * pad, height: height + 2 * pad },
    flipY,
    locationPaths: [...parts].map(([cls, { d, count }]) => ({ cls, d: d.join(''), count })),
    aislePath: plan.aisles.map((a) => rect(a.x, flipY(a.y, a.depth), a.width, a.depth)).join(''),
  };
}
