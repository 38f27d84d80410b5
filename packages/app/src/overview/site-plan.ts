// The 2D site plan in metres: zones, aisles and locations as rectangles, optionally for one zone.
import { type Actor, DomainError, type TemperatureClass } from '@logipilot/domain';
import type { StoreContext } from '../auth/store-context.ts';
import { assertCan } from '../masterdata/policy.ts';
import { loadSite } from './site-overview.ts';

interface Rect {
  id: string;
  code: string;
  x: number;
  y: number;
  width: number;
  depth: number;
}

export interface SitePlan {
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
  zones: (Rect & { temperatureClass: TemperatureClass })[];
  aisles: (Rect & { zoneId: string })[];
  locations: (Rect & { zoneId: string; occupied: boolean })[];
}

function boundsOf(rects: Rect[]): SitePlan['bounds'] {
  if (rects.length === 0) return { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  // A loop, not Math.min(...rects): a large site has more locations than a call's argument limit.
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const r of rects) {
    b.minX = Math.min(b.minX, r.x);
    b.minY = Math.min(b.minY, r.y);
    b.maxX = Math.max(b.maxX, r.x + r.width);
    b.maxY = Math.max(b.maxY, r.y + r.depth);
  }
  return b;
}

export async function sitePlan(ctx: StoreContext, actor: Actor, zoneId?: string): Promise<SitePlan> {
  assertCan(actor, 'site:read');
  const repos = ctx.db.repos;
  const site = await loadSite(repos, actor);
  const inZone = <T extends { zoneId: string }>(rows: T[]) =>
    zoneId === undefined ? rows : rows.filter((r) => r.zoneId === zoneId);
  const [allZones, aisles, locations] = await Promise.all([
    repos.zones.all(site.id),
    repos.aisles.all(site.id),
    repos.locations.all(site.id),
  ]);
  const zones = zoneId === undefined ? allZones : allZones.filter((z) => z.id === zoneId);
  if (zoneId !== undefined && zones.length === 0) {
    throw new DomainError('NOT_FOUND', { field: 'zoneId', params: { entity: 'zones', id: zoneId } });
  }
  const plan: SitePlan = {
    bounds: { minX: 0, minY: 0, maxX: 0, maxY: 0 },
    zones: zones.map((z) => ({
      id: z.id,
      code: z.code,
      temperatureClass: z.temperatureClass,
      x: z.x,
      y: z.y,
      width: z.width,
      depth: z.depth,
    })),
    aisles: inZone(aisles).map((a) => ({
      id: a.id,
      code: a.code,
      zoneId: a.zoneId,
      x: a.x,
      y: a.y,
      width: a.width,
      depth: a.depth,
    })),
    locations: inZone(locations).map((l) => ({
      id: l.id,
      code: l.code,
      zoneId: l.zoneId,
      x: l.x,
      y: l.y,
      width: l.widthMm / 1000,
      depth: l.depthMm / 1000,
      occupied: l.occupied,
    })),
  };
  plan.bounds = boundsOf([...plan.zones, ...plan.aisles, ...plan.locations]);
  return plan;
}
