// A tiny two-client site for the auth, master-data, overview and API tests (the demo generator makes the big ones).
import type { Database } from '@logipilot/db/repositories/contract';
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
  type SiteBundle,
  siteSchema,
  skuSchema,
  type User,
  userSchema,
  zoneSchema,
} from '@logipilot/domain';
import { hashPassword } from '../auth/password.ts';

export const FIXTURE_PASSWORD = 'logipilot-demo';
/** The instant the fixture's expiry dates are written against (medical fitness of e1 expires 39 days later). */
export const FIXTURE_NOW = new Date('2026-03-02T10:00:00Z');

const siteId = 'site-1';
const loc = (id: string, code: string, zoneId: string, x: number, occupied: boolean, type = 'pallet_rack') =>
  locationSchema.parse({
    id,
    siteId,
    zoneId,
    aisleId: zoneId === 'zone-amb' ? 'aisle-a' : null,
    code,
    type,
    aisle: 'A',
    bay: x,
    level: 0,
    position: 1,
    x,
    y: 2,
    z: 0,
    widthMm: 1000,
    depthMm: 1200,
    heightMm: 1500,
    maxLoadKg: 1000,
    maxBeamLoadKg: 2000,
    occupied,
  });

export function fixtureBundle(): SiteBundle {
  return {
    site: siteSchema.parse({ id: siteId, code: 'LYS1', name: 'Lyon Saint-Priest', timeZone: 'Europe/Paris' }),
    buildings: [
      buildingSchema.parse({
        id: 'bld-1',
        siteId,
        code: 'B1',
        name: 'Main',
        areaM2: 12000,
        clearHeightM: 11,
      }),
    ],
    zones: [
      zoneSchema.parse({
        id: 'zone-amb',
        siteId,
        buildingId: 'bld-1',
        code: 'AMB',
        name: 'Ambient',
        temperatureClass: 'ambient',
        areaM2: 8000,
        x: 0,
        y: 0,
        width: 100,
        depth: 80,
      }),
      zoneSchema.parse({
        id: 'zone-cold',
        siteId,
        buildingId: 'bld-1',
        code: 'FRS',
        name: 'Fresh',
        temperatureClass: 'positive_cold',
        areaM2: 2000,
        x: 100,
        y: 0,
        width: 40,
        depth: 50,
      }),
    ],
    hazardCells: [
      hazardCellSchema.parse({
        id: 'cell-1',
        siteId,
        zoneId: 'zone-amb',
        code: 'C1510',
        name: 'Combustibles',
        rubrics: [{ rubric: '1510', ceiling: 50000, unit: 'm3' }],
      }),
    ],
    aisles: [
      aisleSchema.parse({
        id: 'aisle-a',
        siteId,
        zoneId: 'zone-amb',
        code: 'A',
        x: 0,
        y: 1,
        width: 60,
        depth: 3,
        workingWidthM: 3,
      }),
    ],
    locations: [
      loc('loc-1', 'A-001-00-1', 'zone-amb', 1, true),
      loc('loc-2', 'A-002-00-1', 'zone-amb', 2, false),
      loc('loc-3', 'A-003-00-1', 'zone-amb', 3, true, 'shelving'),
      loc('loc-4', 'F-001-00-1', 'zone-cold', 101, false),
    ],
    docks: [
      dockSchema.parse({
        id: 'dock-1',
        siteId,
        buildingId: 'bld-1',
        code: 'Q01',
        name: 'Quai 1',
        direction: 'mixed',
        temperatureClass: 'ambient',
        doors: [{ code: 'P1', kind: 'leveller' }],
      }),
    ],
    equipmentTypes: [
      equipmentTypeSchema.parse({
        id: 'eq-reach',
        siteId,
        code: 'REACH',
        name: 'Reach truck',
        licence: { scheme: 'R489', category: '5' },
        count: 4,
        maxLiftHeightM: 10,
        capacityKg: 1400,
      }),
    ],
    clients: [
      clientSchema.parse({ id: 'client-a', siteId, code: 'ALPHA', name: 'Alpha Foods' }),
      clientSchema.parse({ id: 'client-b', siteId, code: 'BETA', name: 'Beta Cosmetics' }),
    ],
    skus: [
      skuSchema.parse({
        id: 'sku-a1',
        siteId,
        clientId: 'client-a',
        code: 'A-0001',
        description: 'Pasta 500 g',
        lengthMm: 300,
        widthMm: 200,
        heightMm: 150,
        weightKg: 6,
        unitsPerCase: 12,
        casesPerLayer: 10,
        layersPerPallet: 6,
        temperatureClass: 'ambient',
      }),
      skuSchema.parse({
        id: 'sku-b1',
        siteId,
        clientId: 'client-b',
        code: 'B-0001',
        description: 'Perfume 50 ml',
        lengthMm: 200,
        widthMm: 150,
        heightMm: 100,
        weightKg: 2,
        unitsPerCase: 24,
        casesPerLayer: 12,
        layersPerPallet: 5,
        adrClass: '3',
        unNumber: '1266',
        temperatureClass: 'ambient',
      }),
    ],
    employees: [
      employeeSchema.parse({
        id: 'emp-1',
        siteId,
        number: 'M001',
        firstName: 'Paul',
        lastName: 'Martin',
        contract: { kind: 'cdi', start: '2020-01-06' },
        weeklyHours: 35,
        jobRole: 'forklift_driver',
        costCentreId: 'cc-shared',
        qualifications: [
          { kind: 'licence', scheme: 'R489', category: '5', issuedOn: '2022-03-01', expiresOn: '2027-03-01' },
          { kind: 'medical_fitness', issuedOn: '2024-04-10', expiresOn: '2026-04-10' },
          { kind: 'driving_authorisation', scheme: 'R489', category: '5', issuedOn: '2022-03-02' },
        ],
      }),
      employeeSchema.parse({
        id: 'emp-2',
        siteId,
        number: 'M002',
        firstName: 'Léa',
        lastName: 'Durand',
        contract: { kind: 'temp', start: '2026-01-05', end: '2026-06-30', agency: 'Interim+' },
        weeklyHours: 35,
        jobRole: 'picker',
        qualifications: [
          { kind: 'licence', scheme: 'R485', category: '2', issuedOn: '2021-05-01', expiresOn: '2026-04-20' },
        ],
      }),
    ],
    absences: [
      absenceSchema.parse({
        id: 'abs-1',
        siteId,
        employeeId: 'emp-2',
        kind: 'paid_leave',
        from: '2026-03-16',
        to: '2026-03-20',
      }),
    ],
    standards: [
      productivityStandardSchema.parse({
        id: 'std-1',
        siteId,
        activity: 'picking',
        method: 'rf_scan',
        unit: 'order_line',
        minutesPerUnit: 0.4,
      }),
    ],
    costCentres: [
      costCentreSchema.parse({ id: 'cc-a', siteId, code: 'CC-ALPHA', name: 'Alpha', clientId: 'client-a' }),
      costCentreSchema.parse({ id: 'cc-b', siteId, code: 'CC-BETA', name: 'Beta', clientId: 'client-b' }),
      costCentreSchema.parse({ id: 'cc-shared', siteId, code: 'CC-SHARED', name: 'Shared' }),
    ],
    rates: [
      rateSchema.parse({
        id: 'rate-1',
        siteId,
        qualification: 'picker',
        loadedHourlyCostCents: 2800,
        grossHourlyWageCents: 1300,
      }),
    ],
  };
}

export function fixtureUsers(): User[] {
  const user = (id: string, username: string, role: User['role'], clientId: string | null = null) =>
    userSchema.parse({ id, siteId, username, displayName: username, role, clientId });
  return [
    user('user-admin', 'admin', 'admin'),
    user('user-manager', 'manager', 'site_manager'),
    user('user-methods', 'methods', 'methods_technician'),
    user('user-leader', 'leader', 'team_leader'),
    user('user-client-a', 'client-alpha', 'client_viewer', 'client-a'),
    user('user-client-b', 'client-beta', 'client_viewer', 'client-b'),
  ];
}

/** Writes the fixture through the repository contract, in dependency order. */
export async function seedFixture(db: Database): Promise<SiteBundle> {
  const b = fixtureBundle();
  const hash = await hashPassword(FIXTURE_PASSWORD);
  await db.transaction(async (r) => {
    await r.sites.save(b.site);
    await r.buildings.upsertMany(b.buildings);
    await r.zones.upsertMany(b.zones);
    await r.hazardCells.upsertMany(b.hazardCells);
    await r.aisles.upsertMany(b.aisles);
    await r.locations.upsertMany(b.locations);
    await r.docks.upsertMany(b.docks);
    await r.equipmentTypes.upsertMany(b.equipmentTypes);
    await r.clients.upsertMany(b.clients);
    await r.skus.upsertMany(b.skus);
    await r.costCentres.upsertMany(b.costCentres);
    await r.employees.upsertMany(b.employees);
    await r.absences.upsertMany(b.absences);
    await r.standards.upsertMany(b.standards);
    await r.rates.upsertMany(b.rates);
    for (const u of fixtureUsers()) await r.users.create(u, hash);
  });
  return b;
}
