// Each collection of a demo site with the domain schema it must satisfy (used by tests and by seeding checks).
import {
  absenceSchema,
  aisleSchema,
  buildingSchema,
  clientSchema,
  costCentreSchema,
  dockSchema,
  employeeSchema,
  equipmentTypeSchema,
  hazardCellSchema,
  locationSchema,
  productivityStandardSchema,
  rateSchema,
  siteSchema,
  skuSchema,
  userSchema,
  zoneSchema,
} from '@logipilot/domain';
import type { DemoSite } from './generate.ts';

export interface SchemaCollection {
  name: string;
  schema: { parse: (value: unknown) => unknown };
  items: readonly unknown[];
}

export function demoCollections(d: DemoSite): SchemaCollection[] {
  const b = d.bundle;
  return [
    { name: 'site', schema: siteSchema, items: [b.site] },
    { name: 'buildings', schema: buildingSchema, items: b.buildings },
    { name: 'zones', schema: zoneSchema, items: b.zones },
    { name: 'hazardCells', schema: hazardCellSchema, items: b.hazardCells },
    { name: 'aisles', schema: aisleSchema, items: b.aisles },
    { name: 'locations', schema: locationSchema, items: b.locations },
    { name: 'docks', schema: dockSchema, items: b.docks },
    { name: 'equipmentTypes', schema: equipmentTypeSchema, items: b.equipmentTypes },
    { name: 'clients', schema: clientSchema, items: b.clients },
    { name: 'skus', schema: skuSchema, items: b.skus },
    { name: 'employees', schema: employeeSchema, items: b.employees },
    { name: 'absences', schema: absenceSchema, items: b.absences },
    { name: 'standards', schema: productivityStandardSchema, items: b.standards },
    { name: 'costCentres', schema: costCentreSchema, items: b.costCentres },
    { name: 'rates', schema: rateSchema, items: b.rates },
    { name: 'users', schema: userSchema, items: d.users.map((u) => u.user) },
  ];
}
