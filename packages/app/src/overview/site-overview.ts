// The site at a glance: counts, zones with occupancy, hazard cells and, for staff planners, qualifications held and expiring.
import type { Repositories } from '@logipilot/db/repositories/contract';
import {
  type Actor,
  can,
  contractActiveOn,
  DomainError,
  type Employee,
  expiringQualifications,
  fullName,
  type Location,
  qualificationValidOn,
  type TemperatureClass,
  todayIn,
} from '@logipilot/domain';
import type { StoreContext } from '../auth/store-context.ts';
import { assertCan, isClientViewer, mayReadMedical } from '../masterdata/policy.ts';

export const EXPIRY_HORIZON_DAYS = 60;

export interface ZoneSummary {
  id: string;
  code: string;
  name: string;
  buildingId: string;
  temperatureClass: TemperatureClass;
  locationCount: number;
  occupiedCount: number;
  capacityPallets: number;
  areaM2: number;
}

export interface QualificationCount {
  key: string;
  scheme: string | null;
  category: string | null;
  count: number;
}

export interface ExpiringItem {
  employeeId: string;
  employeeName: string;
  qualification: { kind: string; scheme: string | null; category: string | null };
  expiresOn: string;
  daysLeft: number;
}

export interface SiteOverview {
  site: { id: string; code: string; name: string; timeZone: string; region: string };
  counts: {
    buildings: number;
    zones: number;
    locations: number;
    skus: number;
    employees: number;
    clients: number;
    docks: number;
  };
  zones: ZoneSummary[];
  hazardCells: {
    id: string;
    code: string;
    name: string;
    zoneId: string;
    rubrics: { rubric: string; ceiling: number; unit: string }[];
  }[];
  staff?: { byQualification: QualificationCount[]; expiring: ExpiringItem[] };
}

/** Location types that hold one pallet each (shelving and flow racks hold cartons). */
const PALLET_TYPES: ReadonlySet<Location['type']> = new Set(['pallet_rack', 'floor']);

export async function loadSite(repos: Repositories, actor: Actor) {
  const site = await repos.sites.get(actor.siteId);
  if (!site) throw new DomainError('NOT_FOUND', { params: { entity: 'site', id: actor.siteId } });
  return site;
}

function zoneSummaries(
  zones: Awaited<ReturnType<Repositories['zones']['all']>>,
  locations: Location[],
): ZoneSummary[] {
  const tally = new Map<string, { count: number; occupied: number; pallets: number }>();
  for (const l of locations) {
    const t = tally.get(l.zoneId) ?? { count: 0, occupied: 0, pallets: 0 };
    t.count += 1;
    if (l.occupied) t.occupied += 1;
    if (PALLET_TYPES.has(l.type) && !l.blocked) t.pallets += 1;
    tally.set(l.zoneId, t);
  }
  return zones.map((z) => {
    const t = tally.get(z.id) ?? { count: 0, occupied: 0, pallets: 0 };
    return {
      id: z.id,
      code: z.code,
      name: z.name,
      buildingId: z.buildingId,
      temperatureClass: z.temperatureClass,
      locationCount: t.count,
      occupiedCount: t.occupied,
      capacityPallets: t.pallets,
      areaM2: z.areaM2,
    };
  });
}

/** Who holds which licence today (and, for those allowed to know, how many are medically fit), and what expires soon. */
export function staffSummary(
  employees: Employee[],
  today: string,
  medical: boolean,
): NonNullable<SiteOverview['staff']> {
  const counts = new Map<string, QualificationCount>();
  const expiring: ExpiringItem[] = [];
  for (const e of employees) {
    if (!contractActiveOn(e.contract, today)) continue;
    const held = new Set<string>();
    for (const q of e.qualifications) {
      if (!qualificationValidOn(q, today)) continue;
      if (q.kind === 'licence' && q.scheme && q.category) {
        const key = `${q.scheme}:${q.category}`;
        if (held.has(key)) continue;
        held.add(key);
        const c = counts.get(key) ?? { key, scheme: q.scheme, category: q.category, count: 0 };
        c.count += 1;
        counts.set(key, c);
      } else if (q.kind === 'medical_fitness' && medical && !held.has('medical_fitness')) {
        held.add('medical_fitness');
        const c = counts.get('medical_fitness') ?? {
          key: 'medical_fitness',
          scheme: null,
          category: null,
          count: 0,
        };
        c.count += 1;
        counts.set('medical_fitness', c);
      }
    }
    for (const x of expiringQualifications(e, today, EXPIRY_HORIZON_DAYS)) {
      if (x.qualification.kind === 'medical_fitness' && !medical) continue;
      expiring.push({
        employeeId: e.id,
        employeeName: fullName(e),
        qualification: {
          kind: x.qualification.kind,
          scheme: x.qualification.scheme,
          category: x.qualification.category,
        },
        expiresOn: x.expiresOn,
        daysLeft: x.daysLeft,
      });
    }
  }
  return {
    byQualification: [...counts.values()].sort((a, b) => a.key.localeCompare(b.key)),
    expiring: expiring.sort(
      (a, b) => a.daysLeft - b.daysLeft || a.employeeName.localeCompare(b.employeeName),
    ),
  };
}

export async function siteOverview(
  ctx: StoreContext,
  actor: Actor,
  now: Date = new Date(),
): Promise<SiteOverview> {
  assertCan(actor, 'site:read');
  const repos = ctx.db.repos;
  const site = await loadSite(repos, actor);
  const clientId = isClientViewer(actor) ? actor.clientId : null;
  const [buildings, zones, hazardCells, locations, skus, employees, clients, docks] = await Promise.all([
    repos.buildings.count(site.id),
    repos.zones.all(site.id),
    repos.hazardCells.all(site.id),
    repos.locations.all(site.id),
    repos.skus.count(site.id, clientId),
    repos.employees.count(site.id),
    clientId ? repos.clients.get(site.id, clientId).then((c) => (c ? 1 : 0)) : repos.clients.count(site.id),
    repos.docks.count(site.id),
  ]);
  const overview: SiteOverview = {
    site: {
      id: site.id,
      code: site.code,
      name: site.name,
      timeZone: site.timeZone,
      region: site.calendar.region,
    },
    counts: { buildings, zones: zones.length, locations: locations.length, skus, employees, clients, docks },
    zones: zoneSummaries(zones, locations),
    hazardCells: hazardCells.map((h) => ({
      id: h.id,
      code: h.code,
      name: h.name,
      zoneId: h.zoneId,
      rubrics: h.rubrics.map((r) => ({ rubric: r.rubric, ceiling: r.ceiling, unit: r.unit })),
    })),
  };
  if (!isClientViewer(actor) && can(actor.role, 'employees:read')) {
    const today = todayIn(site.timeZone, now);
    overview.staff = staffSummary(await repos.employees.all(site.id), today, mayReadMedical(actor));
  }
  return overview;
}
