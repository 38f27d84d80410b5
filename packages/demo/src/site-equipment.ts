// Equipment types with the CACES each one requires, and docks with their doors (cold docks serve cold zones).
import type { Dock, EquipmentType } from '@logipilot/domain';
import type { SitePlan } from './site-plan.ts';

export function generateEquipment(siteId: string, plan: SitePlan): EquipmentType[] {
  return plan.equipment.map((e) => ({
    id: `${siteId}-eq-${e.key}`,
    siteId,
    code: e.key.toUpperCase(),
    name: e.name,
    licence: e.licence ? { ...e.licence } : null,
    count: e.count,
    maxLiftHeightM: e.maxLiftHeightM,
    capacityKg: e.capacityKg,
  }));
}

export function generateDocks(siteId: string, plan: SitePlan): Dock[] {
  let door = 0;
  return plan.docks.map((d) => ({
    id: `${siteId}-dock-${d.code}`,
    siteId,
    buildingId: `${siteId}-bld-${d.building}`,
    code: d.code,
    name: d.name,
    direction: d.direction,
    temperatureClass: d.temperatureClass,
    doors: Array.from({ length: d.doors }, () => ({
      code: `P${String(++door).padStart(2, '0')}`,
      kind: d.kind,
    })),
  }));
}
