// A small site in the fake store: two clients, two zones with an aisle, a hazard cell, a cost centre, two employees.

import type { Database } from '@logipilot/db';
import type { Actor, Employee } from '@logipilot/domain';

export const SITE_ID = 'site-1';

export function actorOf(role: Actor['role'], clientId: string | null = null): Actor {
  return { userId: `u-${role}`, username: role, role, clientId, siteId: SITE_ID };
}

export const storedEmployee: Employee = {
  id: 'e-1',
  siteId: SITE_ID,
  number: 'M001',
  firstName: 'Hélène',
  lastName: 'Dupont',
  contract: { kind: 'cdi', start: '2019-04-01', end: null, agency: null },
  weeklyHours: 35,
  team: 'Matin',
  costCentreId: null,
  jobRole: 'forklift_driver',
  availability: { weekdays: [1, 2, 3, 4, 5], earliestStart: '00:00', latestEnd: '24:00', nightWork: false },
  qualifications: [
    { kind: 'licence', scheme: 'R489', category: '3', issuedOn: '2022-05-10', expiresOn: '2027-05-10' },
    {
      kind: 'medical_fitness',
      scheme: null,
      category: null,
      issuedOn: '2025-01-15',
      expiresOn: '2027-01-15',
    },
  ],
};

export async function seedSite(db: Database): Promise<void> {
  const r = db.repos;
  await r.sites.save({
    id: SITE_ID,
    code: 'LYS1',
    name: 'Entrepôt de Lyon',
    timeZone: 'Europe/Paris',
    address: '',
    postcode: '',
    city: '',
    country: 'FR',
    calendar: {
      region: 'metropolitan',
      solidarityDay: { kind: 'whit_monday' },
      closedDays: [],
      workingWeekdays: [1, 2, 3, 4, 5],
      continuousOperation: false,
    },
  });
  await r.buildings.upsertMany([
    { id: 'b-1', siteId: SITE_ID, code: 'B1', name: 'Bâtiment 1', areaM2: 20_000, clearHeightM: 11 },
  ]);
  await r.clients.upsertMany([
    { id: 'c-1', siteId: SITE_ID, code: 'DANONE', name: 'Danone', sector: 'Frais', language: 'fr' },
    { id: 'c-2', siteId: SITE_ID, code: 'LEROY', name: 'Leroy', sector: 'Bricolage', language: 'fr' },
  ]);
  await r.zones.upsertMany([
    {
      id: 'z-1',
      siteId: SITE_ID,
      buildingId: 'b-1',
      code: 'AMB',
      name: 'Ambiant',
      temperatureClass: 'ambient',
      areaM2: 10_000,
      x: 0,
      y: 0,
      width: 100,
      depth: 100,
    },
    {
      id: 'z-2',
      siteId: SITE_ID,
      buildingId: 'b-1',
      code: 'FRAIS',
      name: 'Froid',
      temperatureClass: 'positive_cold',
      areaM2: 2_000,
      x: 100,
      y: 0,
      width: 20,
      depth: 100,
    },
  ]);
  await r.aisles.upsertMany([
    {
      id: 'a-1',
      siteId: SITE_ID,
      zoneId: 'z-1',
      code: 'A',
      x: 0,
      y: 0,
      width: 3,
      depth: 100,
      workingWidthM: 3.2,
    },
  ]);
  await r.hazardCells.upsertMany([
    {
      id: 'h-1',
      siteId: SITE_ID,
      zoneId: 'z-1',
      code: 'C1',
      name: 'Cellule aérosols',
      rubrics: [{ rubric: '4320', ceiling: 150, unit: 't' }],
      adrClasses: ['2.1'],
    },
  ]);
  await r.costCentres.upsertMany([
    { id: 'cc-1', siteId: SITE_ID, code: 'PREPA', name: 'Préparation', clientId: null },
  ]);
  await r.employees.upsertMany([
    storedEmployee,
    {
      ...storedEmployee,
      id: 'e-2',
      number: 'M002',
      firstName: 'Karim',
      lastName: 'Benali',
      qualifications: [],
    },
  ]);
}
