// A whole site's master data in one value: what the demo generator produces, what backup/restore and seeding move.

import type { CostCentre, Rate } from '../costing/rates.ts';
import type { ProductivityStandard } from '../planning/activity.ts';
import type { Absence } from '../staffing/absence.ts';
import type { Employee } from '../staffing/employee.ts';
import type { Client, Sku } from './client.ts';
import type { Dock } from './dock.ts';
import type { EquipmentType } from './equipment.ts';
import type { Location } from './location.ts';
import type { Building, Site } from './site.ts';
import type { Aisle, HazardCell, Zone } from './zone.ts';

export interface SiteBundle {
  site: Site;
  buildings: Building[];
  zones: Zone[];
  hazardCells: HazardCell[];
  aisles: Aisle[];
  locations: Location[];
  docks: Dock[];
  equipmentTypes: EquipmentType[];
  clients: Client[];
  skus: Sku[];
  employees: Employee[];
  absences: Absence[];
  standards: ProductivityStandard[];
  costCentres: CostCentre[];
  rates: Rate[];
}

/** Counts per collection, as reported by `logipilot demo` and the overview. */
export function bundleCounts(b: SiteBundle): Record<Exclude<keyof SiteBundle, 'site'>, number> {
  return {
    buildings: b.buildings.length,
    zones: b.zones.length,
    hazardCells: b.hazardCells.length,
    aisles: b.aisles.length,
    locations: b.locations.length,
    docks: b.docks.length,
    equipmentTypes: b.equipmentTypes.length,
    clients: b.clients.length,
    skus: b.skus.length,
    employees: b.employees.length,
    absences: b.absences.length,
    standards: b.standards.length,
    costCentres: b.costCentres.length,
    rates: b.rates.length,
  };
}
