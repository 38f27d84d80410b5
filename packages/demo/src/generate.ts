// generateDemoSite: the whole demo site as a pure function of (size, seed, asOf), ids derived, never random.
import {
  type Client,
  DomainError,
  type FlowDay,
  parseIsoDate,
  regionFromPostcode,
  type Site,
  type SiteBundle,
  type SiteCalendar,
  type User,
} from '@logipilot/domain';
import { generateAbsences } from './absences.ts';
import { generateCostCentres, generateRates } from './costing.ts';
import { generateStaff } from './employees.ts';
import { generateFlowHistory } from './flow-history.ts';
import { layOut } from './layout.ts';
import { Rng } from './prng.ts';
import { SECTOR_LABELS } from './sectors.ts';
import { generateDocks, generateEquipment } from './site-equipment.ts';
import type { SitePlan } from './site-plan.ts';
import { DEMO_SIZES, type DemoSize, SITE_PLANS } from './sizes.ts';
import { generateSkus } from './skus.ts';
import { generateStandards } from './standards.ts';
import { generateUsers } from './users.ts';

export interface DemoSiteOptions {
  size: DemoSize;
  seed: number;
  /** The "today" of the demo (YYYY-MM-DD): history ends the day before, expiries and leave are placed around it. */
  asOf: string;
}

export interface DemoSite {
  bundle: SiteBundle;
  flowDays: FlowDay[];
  users: { user: User; password: string }[];
}

/** The second Saturday of January: the site closes for its annual stock count. */
function inventoryDay(year: number): string {
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const firstSaturday = 1 + ((6 - jan1 + 7) % 7);
  return `${year}-01-${String(firstSaturday + 7).padStart(2, '0')}`;
}

function calendarOf(plan: SitePlan, asOf: string): SiteCalendar {
  const year = Number(asOf.slice(0, 4));
  const closedDays = [];
  for (let y = year - 2; y <= year + 1; y++)
    closedDays.push({ date: inventoryDay(y), reason: 'Inventaire annuel' });
  return {
    region: regionFromPostcode(plan.postcode),
    solidarityDay: { kind: plan.solidarityDay },
    closedDays,
    workingWeekdays: [1, 2, 3, 4, 5, 6],
    continuousOperation: false,
  };
}

function checkOptions(o: DemoSiteOptions): void {
  if (!(DEMO_SIZES as readonly string[]).includes(o.size)) {
    throw new DomainError('DEMO_INVALID_OPTION', {
      field: 'size',
      params: { field: 'size', value: String(o.size) },
    });
  }
  if (!Number.isSafeInteger(o.seed)) {
    throw new DomainError('DEMO_INVALID_OPTION', {
      field: 'seed',
      params: { field: 'seed', value: String(o.seed) },
    });
  }
  if (parseIsoDate(o.asOf) === null) {
    throw new DomainError('DEMO_INVALID_OPTION', {
      field: 'asOf',
      params: { field: 'asOf', value: String(o.asOf) },
    });
  }
}

/**
 * Builds a demo site.
 *
 * @example
 * const { bundle, flowDays, users } = generateDemoSite({ size: 'small', seed: 1, asOf: '2025-06-16' });
 * bundle.locations.length; // ≈ 2,000
 */
export function generateDemoSite(options: DemoSiteOptions): DemoSite {
  checkOptions(options);
  const { size, seed, asOf } = options;
  const plan = SITE_PLANS[size];
  const rng = new Rng(`logipilot-demo/${size}/${seed}`);
  const siteId = plan.code;

  const calendar = calendarOf(plan, asOf);
  const site: Site = {
    id: siteId,
    code: plan.code,
    name: plan.name,
    timeZone: 'Europe/Paris',
    address: plan.address,
    postcode: plan.postcode,
    city: plan.city,
    country: 'FR',
    calendar,
  };
  const layout = layOut(rng.fork('layout'), siteId, plan.buildings);
  const clients: Client[] = plan.clients.map((c) => ({
    id: `${siteId}-client-${c.code}`,
    siteId,
    code: c.code,
    name: c.name,
    sector: SECTOR_LABELS[c.sector],
    language: c.language,
  }));
  let firstNumber = 1;
  const skus = plan.clients.flatMap((cp, i) => {
    const batch = generateSkus(rng.fork(`skus-${cp.code}`), {
      siteId,
      client: clients[i]!,
      assortment: cp.assortment,
      count: cp.skuCount,
      firstNumber,
    });
    firstNumber += cp.skuCount;
    return batch;
  });
  const costing = generateCostCentres(siteId, clients);
  const staff = generateStaff(rng.fork('staff'), { siteId, asOf, plan, clients, costCentres: costing.ids });
  const absences = generateAbsences(rng.fork('absences'), {
    siteId,
    asOf,
    employees: staff.employees,
    drafts: staff.drafts,
  });
  const equipmentTypes = generateEquipment(siteId, plan);
  const licenceKeys = [
    ...new Set(
      equipmentTypes.flatMap((e) => (e.licence ? [`${e.licence.scheme}:${e.licence.category}`] : [])),
    ),
  ];

  const bundle: SiteBundle = {
    site,
    buildings: layout.buildings,
    zones: layout.zones,
    hazardCells: layout.hazardCells,
    aisles: layout.aisles,
    locations: layout.locations,
    docks: generateDocks(siteId, plan),
    equipmentTypes,
    clients,
    skus,
    employees: staff.employees,
    absences,
    standards: generateStandards(siteId, layout.zones, size === 'large'),
    costCentres: costing.costCentres,
    rates: generateRates(siteId, licenceKeys),
  };
  const flowDays = generateFlowHistory({
    siteId,
    seed,
    asOf,
    calendar,
    clients: plan.clients.map((cp, i) => ({
      id: clients[i]!.id,
      sector: cp.sector,
      unitsPerDay: cp.unitsPerDay,
    })),
  });
  return { bundle, flowDays, users: generateUsers(siteId, clients) };
}
