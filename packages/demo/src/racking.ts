// Storage geometry (pallet racks, VNA, shelving, flow racks, block stacking) and the locations of one aisle.
import { type Aisle, type Location, type LocationType, locationAddress } from '@logipilot/domain';

export const STORAGE_KINDS = ['reach_rack', 'vna_rack', 'shelving', 'flow_rack', 'block_stack'] as const;
export type StorageKind = (typeof STORAGE_KINDS)[number];

export interface StorageGeometry {
  locationType: LocationType;
  /** Working aisle width (Ast) of the truck or person serving the aisle, m. */
  workingWidthM: number;
  /** Depth of one run across the aisle (or length of a floor lane), m. */
  runDepthM: number;
  /** Gap between the back-to-back runs of two neighbouring aisles, m. */
  flueM: number;
  /** Length of one bay along the aisle, one upright included, m. */
  bayPitchM: number;
  uprightM: number;
  positionsPerLevel: number;
  slotWidthMm: number;
  slotDepthMm: number;
  /** Height of level 0's load surface, m; level n sits at firstLevelM + n × levelPitchM. */
  firstLevelM: number;
  levelPitchM: number;
  slotHeightMm: number;
  maxLoadKg: number;
  /** Load per beam pair or shelf; null for slots standing on the floor. */
  maxBeamLoadKg: number | null;
}

/**
 * Bays of 2.7 m between uprights holding 3 EUR pallets per beam pair (1,000 kg each, 3,000 kg per pair), levels every
 * 1.9 m so that a 1.65 m load keeps its clearance; reach-truck aisles 2.9 m, VNA 1.75 m (qualifications-safety.md §2.1).
 */
export const GEOMETRY: Record<StorageKind, StorageGeometry> = {
  reach_rack: {
    locationType: 'pallet_rack',
    workingWidthM: 2.9,
    runDepthM: 1.1,
    flueM: 0.2,
    bayPitchM: 2.8,
    uprightM: 0.1,
    positionsPerLevel: 3,
    slotWidthMm: 900,
    slotDepthMm: 1100,
    firstLevelM: 0,
    levelPitchM: 1.9,
    slotHeightMm: 1750,
    maxLoadKg: 1000,
    maxBeamLoadKg: 3000,
  },
  vna_rack: {
    locationType: 'pallet_rack',
    workingWidthM: 1.75,
    runDepthM: 1.1,
    flueM: 0.2,
    bayPitchM: 2.8,
    uprightM: 0.1,
    positionsPerLevel: 3,
    slotWidthMm: 900,
    slotDepthMm: 1100,
    firstLevelM: 0,
    levelPitchM: 1.9,
    slotHeightMm: 1750,
    maxLoadKg: 1000,
    maxBeamLoadKg: 3000,
  },
  shelving: {
    locationType: 'shelving',
    workingWidthM: 1.2,
    runDepthM: 0.6,
    flueM: 0.1,
    bayPitchM: 1.05,
    uprightM: 0.05,
    positionsPerLevel: 2,
    slotWidthMm: 500,
    slotDepthMm: 600,
    firstLevelM: 0.1,
    levelPitchM: 0.35,
    slotHeightMm: 320,
    maxLoadKg: 60,
    maxBeamLoadKg: 150,
  },
  flow_rack: {
    locationType: 'flow_rack',
    workingWidthM: 2.2,
    runDepthM: 2.4,
    flueM: 0.2,
    bayPitchM: 2.8,
    uprightM: 0.1,
    positionsPerLevel: 5,
    slotWidthMm: 540,
    slotDepthMm: 2400,
    firstLevelM: 0.3,
    levelPitchM: 0.5,
    slotHeightMm: 420,
    maxLoadKg: 120,
    maxBeamLoadKg: 600,
  },
  block_stack: {
    locationType: 'floor',
    workingWidthM: 4.0,
    runDepthM: 6.25,
    flueM: 0.3,
    bayPitchM: 1.0,
    uprightM: 0,
    positionsPerLevel: 5,
    slotWidthMm: 1000,
    slotDepthMm: 1250,
    firstLevelM: 0,
    levelPitchM: 0,
    // Three pallets high.
    slotHeightMm: 4800,
    maxLoadKg: 2700,
    maxBeamLoadKg: null,
  },
};

/** Depth of one aisle module across the aisle: two runs and the working aisle between them. */
export function aisleModuleDepth(kind: StorageKind): number {
  const g = GEOMETRY[kind];
  return 2 * g.runDepthM + g.workingWidthM;
}

export function aisleLength(kind: StorageKind, bays: number): number {
  const g = GEOMETRY[kind];
  return round2(bays * g.bayPitchM + g.uprightM);
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

export interface AisleSlots {
  aisle: Aisle;
  kind: StorageKind;
  bays: number;
  levels: number;
  hazardCellId: string | null;
  /** Bay numbers whose slots are blocked (rack damage awaiting repair). */
  blockedBays: ReadonlySet<number>;
  nextId: () => string;
}

/**
 * Every location of one aisle, empty: south run (odd bays) then north run (even bays), bay by bay, level by level.
 */
export function aisleLocations(a: AisleSlots): Location[] {
  const g = GEOMETRY[a.kind];
  const out: Location[] = [];
  const { aisle } = a;
  const levels = a.kind === 'block_stack' ? 1 : a.levels;
  for (const side of [0, 1] as const) {
    for (let b = 0; b < a.bays; b++) {
      const bay = 2 * b + 1 + side;
      const bayX = aisle.x + b * g.bayPitchM + g.uprightM;
      for (let level = 0; level < levels; level++) {
        for (let p = 0; p < g.positionsPerLevel; p++) {
          let x: number;
          let y: number;
          if (a.kind === 'block_stack') {
            // Floor lanes run away from the aisle; position 1 is the pallet stack nearest to it.
            x = bayX;
            y =
              side === 0
                ? aisle.y + g.runDepthM - (p + 1) * (g.slotDepthMm / 1000)
                : aisle.y + g.runDepthM + g.workingWidthM + p * (g.slotDepthMm / 1000);
          } else {
            x = bayX + (p * g.slotWidthMm) / 1000;
            y = side === 0 ? aisle.y : aisle.y + g.runDepthM + g.workingWidthM;
          }
          const blocked = a.blockedBays.has(bay);
          const position = p + 1;
          const onFloor = a.kind === 'block_stack' || (level === 0 && g.firstLevelM === 0);
          out.push({
            id: a.nextId(),
            siteId: aisle.siteId,
            zoneId: aisle.zoneId,
            aisleId: aisle.id,
            hazardCellId: a.hazardCellId,
            code: locationAddress({ aisle: aisle.code, bay, level, position }),
            type: g.locationType,
            aisle: aisle.code,
            bay,
            level,
            position,
            x: round2(x),
            y: round2(y),
            z: round2(g.firstLevelM + level * g.levelPitchM),
            widthMm: g.slotWidthMm,
            depthMm: g.slotDepthMm,
            heightMm: g.slotHeightMm,
            maxLoadKg: g.maxLoadKg,
            maxBeamLoadKg: onFloor ? null : g.maxBeamLoadKg,
            occupied: false,
            blocked,
          });
        }
      }
    }
  }
  return out;
}
