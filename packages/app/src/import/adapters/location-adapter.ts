// Location rows: zone code → zoneId, hazard cell code → hazardCellId, aisle matched to the zone's aisles by code.

import { locationTemplate } from '@logipilot/documents';
import type { Aisle, HazardCell, Location, Zone } from '@logipilot/domain';
import { locationSchema } from '@logipilot/domain';
import { deterministicId } from '../deterministic-id.ts';
import { codeIndex, type EntityAdapter, existingByCode, merged, mergedNullable } from './row-spec.ts';

interface LocationRefs {
  zones: Map<string, Zone>;
  hazardCells: Map<string, HazardCell>;
  /** `${zoneId}\u0000${aisleCode}` → aisle. */
  aisles: Map<string, Aisle>;
  zoneCodes: Map<string, string>;
  hazardCellCodes: Map<string, string>;
}

const PATH_TO_FIELD: Record<string, string> = {
  zoneId: 'zoneCode',
  hazardCellId: 'hazardCellCode',
  aisleId: 'aisle',
};

export const locationAdapter: EntityAdapter<Location, LocationRefs, typeof locationTemplate> = {
  template: locationTemplate,
  schema: locationSchema,
  keyField: 'code',
  keyOf: (v) => v.code ?? null,
  fieldOfPath: (path) => PATH_TO_FIELD[path] ?? path,

  async loadRefs(repos, siteId) {
    const [zones, hazardCells, aisles] = await Promise.all([
      repos.zones.all(siteId),
      repos.hazardCells.all(siteId),
      repos.aisles.all(siteId),
    ]);
    return {
      zones: codeIndex(zones),
      hazardCells: codeIndex(hazardCells),
      aisles: new Map(aisles.map((a) => [`${a.zoneId}\u0000${a.code}`, a])),
      zoneCodes: new Map(zones.map((z) => [z.id, z.code])),
      hazardCellCodes: new Map(hazardCells.map((h) => [h.id, h.code])),
    };
  },
  loadExisting: (repos, siteId, keys) => existingByCode(repos.locations, siteId, keys, (l) => l.code),
  write: (repos, items) => repos.locations.upsertMany(items),

  build(v, { siteId, refs, existing, issue }) {
    let zoneId = existing?.zoneId;
    if (v.zoneCode) {
      zoneId = refs.zones.get(v.zoneCode)?.id;
      if (zoneId === undefined) issue('zoneCode', 'IMPORT_UNKNOWN_ZONE');
    }
    let hazardCellId = existing?.hazardCellId ?? null;
    if (v.hazardCellCode !== undefined) {
      hazardCellId = v.hazardCellCode === null ? null : (refs.hazardCells.get(v.hazardCellCode)?.id ?? null);
      if (v.hazardCellCode !== null && hazardCellId === null)
        issue('hazardCellCode', 'IMPORT_UNKNOWN_HAZARD_CELL');
    }
    const aisle = merged(v.aisle, existing?.aisle);
    const aisleId = zoneId && aisle ? (refs.aisles.get(`${zoneId}\u0000${aisle}`)?.id ?? null) : null;
    const code = v.code as string;
    return {
      id: existing?.id ?? deterministicId('loc', siteId, code),
      siteId,
      zoneId,
      aisleId,
      hazardCellId,
      code,
      type: merged(v.type, existing?.type),
      aisle,
      bay: merged(v.bay, existing?.bay),
      level: merged(v.level, existing?.level),
      position: merged(v.position, existing?.position),
      x: merged(v.x, existing?.x),
      y: merged(v.y, existing?.y),
      z: merged(v.z, existing?.z),
      widthMm: merged(v.widthMm, existing?.widthMm),
      depthMm: merged(v.depthMm, existing?.depthMm),
      heightMm: merged(v.heightMm, existing?.heightMm),
      maxLoadKg: merged(v.maxLoadKg, existing?.maxLoadKg),
      maxBeamLoadKg: mergedNullable(v.maxBeamLoadKg, existing?.maxBeamLoadKg),
      occupied: merged(v.occupied, existing?.occupied),
      blocked: merged(v.blocked, existing?.blocked),
    };
  },

  toRow(l, refs) {
    return {
      code: l.code,
      zoneCode: refs.zoneCodes.get(l.zoneId) ?? l.zoneId,
      type: l.type,
      aisle: l.aisle,
      bay: l.bay,
      level: l.level,
      position: l.position,
      x: l.x,
      y: l.y,
      z: l.z,
      widthMm: l.widthMm,
      depthMm: l.depthMm,
      heightMm: l.heightMm,
      maxLoadKg: l.maxLoadKg,
      maxBeamLoadKg: l.maxBeamLoadKg,
      occupied: l.occupied,
      blocked: l.blocked,
      hazardCellCode: l.hazardCellId === null ? null : (refs.hazardCellCodes.get(l.hazardCellId) ?? null),
    };
  },
};
