// Table specs of the site's master data whose aggregates map one-to-one onto a table row.
import type {
  Absence,
  Aisle,
  Building,
  Client,
  CostCentre,
  Dock,
  EquipmentType,
  HazardCell,
  Licence,
  Location,
  ProductivityStandard,
  Rate,
  Sku,
  Zone,
} from '@logipilot/domain';
import {
  absences,
  aisles,
  buildings,
  clients,
  costCentres,
  docks,
  equipmentTypes,
  hazardCells,
  locations,
  productivityStandards,
  rates,
  skus,
  zones,
} from '../schema/index.ts';
import { compileSpec } from './table-repository.ts';

export const buildingSpec = compileSpec<Building, typeof buildings>({
  entity: 'buildings',
  table: buildings,
  naturalKey: ['code'],
  search: ['code', 'name'],
  toRow: (b) => b,
  fromRow: (r) => r,
});

export const zoneSpec = compileSpec<Zone, typeof zones>({
  entity: 'zones',
  table: zones,
  naturalKey: ['code'],
  search: ['code', 'name'],
  toRow: (z) => z,
  fromRow: (r) => r,
});

export const hazardCellSpec = compileSpec<HazardCell, typeof hazardCells>({
  entity: 'hazardCells',
  table: hazardCells,
  naturalKey: ['code'],
  search: ['code', 'name'],
  toRow: (h) => h,
  fromRow: (r) => r,
});

export const aisleSpec = compileSpec<Aisle, typeof aisles>({
  entity: 'aisles',
  table: aisles,
  naturalKey: ['code'],
  search: ['code'],
  toRow: (a) => a,
  fromRow: (r) => r,
});

export const locationSpec = compileSpec<Location, typeof locations>({
  entity: 'locations',
  table: locations,
  naturalKey: ['code'],
  search: ['code', 'aisle'],
  toRow: (l) => l,
  fromRow: (r) => r,
});

export const dockSpec = compileSpec<Dock, typeof docks>({
  entity: 'docks',
  table: docks,
  naturalKey: ['code'],
  search: ['code', 'name'],
  toRow: (d) => d,
  fromRow: (r) => r,
});

export const equipmentTypeSpec = compileSpec<EquipmentType, typeof equipmentTypes>({
  entity: 'equipmentTypes',
  table: equipmentTypes,
  naturalKey: ['code'],
  search: ['code', 'name'],
  toRow: ({ licence, ...rest }) => ({
    ...rest,
    licenceScheme: licence?.scheme ?? null,
    licenceCategory: licence?.category ?? null,
  }),
  fromRow: ({ licenceScheme, licenceCategory, ...rest }) => ({
    ...rest,
    licence:
      licenceScheme !== null && licenceCategory !== null
        ? ({ scheme: licenceScheme, category: licenceCategory } as Licence)
        : null,
  }),
});

export const clientSpec = compileSpec<Client, typeof clients>({
  entity: 'clients',
  table: clients,
  naturalKey: ['code'],
  search: ['code', 'name', 'sector'],
  clientColumn: 'id',
  toRow: (c) => c,
  fromRow: (r) => r,
});

export const skuSpec = compileSpec<Sku, typeof skus>({
  entity: 'skus',
  table: skus,
  naturalKey: ['code'],
  search: ['code', 'description', 'family'],
  clientColumn: 'clientId',
  toRow: (s) => s,
  fromRow: (r) => r,
});

export const absenceSpec = compileSpec<Absence, typeof absences>({
  entity: 'absences',
  table: absences,
  naturalKey: ['id'],
  search: ['note', 'kind'],
  defaultSort: ['from', 'employeeId'],
  toRow: (a) => a,
  fromRow: (r) => r,
});

/**
 * The `code` of a standard for getByCode: `activity|method|unit|zoneId` (empty zone = the site-wide standard). The
 * unit is part of the key because a variable standard has one time per driver (picking: per line and per carton).
 */
export function standardCode(
  s: Pick<ProductivityStandard, 'activity' | 'method' | 'unit' | 'zoneId'>,
): string {
  return `${s.activity}|${s.method}|${s.unit}|${s.zoneId ?? ''}`;
}

export const standardSpec = compileSpec<ProductivityStandard, typeof productivityStandards>({
  entity: 'standards',
  table: productivityStandards,
  naturalKey: ['activity', 'method', 'unit', 'zoneId'],
  search: ['activity', 'method'],
  codeToKey: (code) => {
    const parts = code.split('|');
    return parts.length === 4 ? [parts[0]!, parts[1]!, parts[2]!, parts[3] === '' ? null : parts[3]!] : [];
  },
  toRow: (s) => s,
  fromRow: (r) => r,
});

export const costCentreSpec = compileSpec<CostCentre, typeof costCentres>({
  entity: 'costCentres',
  table: costCentres,
  naturalKey: ['code'],
  search: ['code', 'name'],
  clientColumn: 'clientId',
  toRow: (c) => c,
  fromRow: (r) => r,
});

export const rateSpec = compileSpec<Rate, typeof rates>({
  entity: 'rates',
  table: rates,
  naturalKey: ['qualification'],
  search: ['qualification'],
  toRow: (r) => r,
  fromRow: (r) => r,
});
