// Site layout: buildings with a dock-side staging strip, zones side by side, aisles inside each zone, and their locations.
import type {
  Aisle,
  Building,
  HazardCell,
  IcpeCeiling,
  Location,
  TemperatureClass,
  Zone,
} from '@logipilot/domain';
import type { Rng } from './prng.ts';
import { aisleLength, aisleLocations, aisleModuleDepth, GEOMETRY, type StorageKind } from './racking.ts';

export interface BlockPlan {
  kind: StorageKind;
  aisles: number;
  /** Bays per side of each aisle (floor lanes for block stacking). */
  bays: number;
  levels: number;
}

export interface HazardCellPlan {
  code: string;
  name: string;
  rubrics: IcpeCeiling[];
  adrClasses: string[];
  /** Ordinals (0-based, across the zone's blocks) of the aisles that make up the cell. */
  aisles: number[];
}

export interface ZonePlan {
  code: string;
  name: string;
  /** Letter that prefixes the zone's aisle codes (A01, A02…), unique on the site. */
  aisleLetter: string;
  temperatureClass: TemperatureClass;
  blocks: BlockPlan[];
  /** Depth of an open floor area at the zone's north side (packing stations, VAS, returns), m. */
  openAreaM?: number;
  hazardCells?: HazardCellPlan[];
}

export interface BuildingPlan {
  code: string;
  name: string;
  clearHeightM: number;
  /** Depth of the staging strip along the dock wall (x = 0), m. */
  stagingM: number;
  zones: ZonePlan[];
}

export interface Layout {
  buildings: Building[];
  zones: Zone[];
  hazardCells: HazardCell[];
  aisles: Aisle[];
  locations: Location[];
}

/** Main cross aisle on the dock side of each zone, back cross aisle, and clearance to walls, m. */
const FRONT_CROSS_M = 5;
const BACK_CROSS_M = 3;
const WALL_M = 0.5;
const BLOCK_GAP_M = 1.5;

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

function blockDepth(b: BlockPlan): number {
  return b.aisles * aisleModuleDepth(b.kind) + (b.aisles - 1) * GEOMETRY[b.kind].flueM;
}

function zoneDepth(z: ZonePlan): number {
  return (
    WALL_M * 2 +
    z.blocks.reduce((s, b) => s + blockDepth(b), 0) +
    BLOCK_GAP_M * (z.blocks.length - 1) +
    (z.openAreaM ?? 0)
  );
}

function zoneRunLength(z: ZonePlan): number {
  return Math.max(...z.blocks.map((b) => aisleLength(b.kind, b.bays)));
}

/**
 * Stock at the last snapshot: 81–89 % of a zone's usable locations (kpis.md: the operational ceiling of selective
 * racking is ≈ 85–90 %), drawn as an exact count so that every zone lands in that band.
 */
function markOccupied(rng: Rng, locations: Location[]): void {
  const usable = locations.filter((l) => !l.blocked);
  const count = Math.round(rng.float(0.81, 0.89) * usable.length);
  for (const l of rng.shuffle(usable).slice(0, count)) l.occupied = true;
}

/**
 * Lays the plan out. Each building has its docks on the west wall (x = 0) and a staging strip behind them; its zones
 * are stacked side by side along y, all as long as the longest one; aisles run along x (away from the docks).
 * Coordinates are metres from the building's south-west corner; a location's x/y is the south-west corner of its slot.
 */
export function layOut(rng: Rng, siteId: string, plans: readonly BuildingPlan[]): Layout {
  const out: Layout = { buildings: [], zones: [], hazardCells: [], aisles: [], locations: [] };
  let locationNumber = 0;
  const nextId = () => `${siteId}-loc-${String(++locationNumber).padStart(6, '0')}`;
  for (const bp of plans) {
    const buildingId = `${siteId}-bld-${bp.code}`;
    const zoneWidth = round2(FRONT_CROSS_M + Math.max(...bp.zones.map(zoneRunLength)) + BACK_CROSS_M);
    let zoneY = 0;
    for (const zp of bp.zones) {
      const zoneId = `${siteId}-zone-${zp.code}`;
      const depth = round2(zoneDepth(zp));
      out.zones.push({
        id: zoneId,
        siteId,
        buildingId,
        code: zp.code,
        name: zp.name,
        temperatureClass: zp.temperatureClass,
        areaM2: Math.round(zoneWidth * depth),
        x: bp.stagingM,
        y: round2(zoneY),
        width: zoneWidth,
        depth,
      });
      const cellOfAisle = new Map<number, string>();
      for (const cell of zp.hazardCells ?? []) {
        const cellId = `${siteId}-cell-${cell.code}`;
        out.hazardCells.push({
          id: cellId,
          siteId,
          zoneId,
          code: cell.code,
          name: cell.name,
          rubrics: cell.rubrics,
          adrClasses: cell.adrClasses,
        });
        for (const a of cell.aisles) cellOfAisle.set(a, cellId);
      }
      const zoneRng = rng.fork(zp.code);
      const zoneLocations: Location[] = [];
      let ordinal = 0;
      let y = zoneY + WALL_M;
      zp.blocks.forEach((block, blockIndex) => {
        const g = GEOMETRY[block.kind];
        // One damaged bay per racked block, offloaded until repaired (EN 15635 red).
        const damagedAisle = zoneRng.int(0, block.aisles - 1);
        const damagedBay = block.kind === 'block_stack' ? -1 : zoneRng.int(1, block.bays * 2);
        for (let i = 0; i < block.aisles; i++) {
          ordinal += 1;
          const code = `${zp.aisleLetter}${String(ordinal).padStart(2, '0')}`;
          const aisle: Aisle = {
            id: `${siteId}-aisle-${code}`,
            siteId,
            zoneId,
            code,
            x: round2(bp.stagingM + FRONT_CROSS_M),
            y: round2(y),
            width: aisleLength(block.kind, block.bays),
            depth: round2(aisleModuleDepth(block.kind)),
            workingWidthM: g.workingWidthM,
          };
          out.aisles.push(aisle);
          const locations = aisleLocations({
            aisle,
            kind: block.kind,
            bays: block.bays,
            levels: block.levels,
            hazardCellId: cellOfAisle.get(ordinal - 1) ?? null,
            blockedBays: new Set(i === damagedAisle ? [damagedBay] : []),
            nextId,
          });
          for (const l of locations) zoneLocations.push(l);
          y += aisleModuleDepth(block.kind) + (i < block.aisles - 1 ? g.flueM : 0);
        }
        if (blockIndex < zp.blocks.length - 1) y += BLOCK_GAP_M;
      });
      markOccupied(zoneRng, zoneLocations);
      for (const l of zoneLocations) out.locations.push(l);
      zoneY += depth;
    }
    const width = round2(bp.stagingM + zoneWidth);
    out.buildings.push({
      id: buildingId,
      siteId,
      code: bp.code,
      name: bp.name,
      areaM2: Math.round(width * zoneY),
      clearHeightM: bp.clearHeightM,
    });
  }
  return out;
}
