// The small "plan" tables the history SELECTs expand: working days, client-days, staff, SKUs, locations, drifts.
import {
  addDays,
  DEFAULT_FLOW_ACTIVITY_MAP,
  daysBetween,
  eachDay,
  type FlowDay,
  type FlowKind,
  type IsoDate,
  isoWeekday,
  isWorkingDay,
  type ProductivityStandard,
  type SiteCalendar,
  standardMinutesPerUnit,
} from '@logipilot/domain';
import { historyWindow } from '../flow-history.ts';
import type { DemoSite } from '../generate.ts';
import { Rng } from '../prng.ts';
import { epochDay } from '../seasonality.ts';
import { FLOW_PROFILES, type Sector } from '../sectors.ts';
import type { JobRole } from '../site-plan.ts';
import { type DemoSize, SITE_PLANS } from '../sizes.ts';

/**
 * Share of the flows' order lines the history exports. The flows model the whole outbound work (≈ 18.8 M lines
 * over two years on the large site, ≈ 2.4 M on the small one); the history holds the lines of the WMS export the
 * KPIs read, sized so that the large site holds ≈ 10 M order lines (18.8 M × 0.53) and the small one ≈ 0.6 M.
 */
export const EXPORTED_LINE_SHARE: Record<DemoSize, number> = { small: 0.25, large: 0.53 };

/**
 * Work pace. The KPIs earn a picked line at the site's picking standard per order line (0.6 min + 12 % PF&D ≈ 0.67
 * min: 89 lines/h is 100 %) and a received pallet at the receiving + putaway standards. A picker of pace 1 takes the
 * line standard plus the per-unit standard for each unit beyond the first, so a client with many units per line
 * picks slower (beverages ≈ 70 lines/h, fashion ≈ 95, the small site's two clients ≈ 80); people's paces spread
 * over PACE_RANGE, temps at TEMP_PACE of theirs; inbound work runs at INBOUND_PACE of the
 * standards (waiting at the dock, label checks). Performance vs standard thus lands ≈ 90 %.
 */
export const PACE_RANGE = [0.95, 1.2] as const;
export const TEMP_PACE = 0.92;
export const INBOUND_PACE = 0.9;

/**
 * Why pickers book only part of their day to `picking`: the staff is sized on the flows (the whole outbound work)
 * while the history exports only EXPORTED_LINE_SHARE of their order lines, and lines per hour divides the exported
 * lines by the picking hours. So a picker books to `picking` the time of the lines the export names them on (at
 * their pace, one row per client) and the rest of the shift to the other direct work the flows carry for
 * order-preparation staff, one activity a day drawn in proportion to its standard workload: replenishing pick
 * faces, packing parcels, returns, VAS. None of these has an earned-hour standard, so performance vs standard stays
 * the true pace of the picking; only packing is outbound, so orders per person-hour stays near the WERC median.
 * Receipt operators likewise book receiving and putaway for the pallets of their receipts and the rest to
 * unloading (receivers) or replenishment / loading (forklift drivers).
 */
export const PICKER_SIDE_WORK = [
  ['replenishment', 'replenishments'],
  ['packing', 'parcels_packed'],
  ['returns', 'returns'],
  ['vas', 'vas_units'],
] as const satisfies readonly (readonly [string, FlowKind])[];

/** Lines per order, 1 to 8 (index 0 = 1 line): mean 2.94, the spread of a B2B/B2C 3PL mix. */
export const ORDER_SIZE_WEIGHTS = [0.3, 0.22, 0.16, 0.11, 0.08, 0.06, 0.04, 0.03] as const;
export const MEAN_ORDER_LINES = ORDER_SIZE_WEIGHTS.reduce((s, w, i) => s + w * (i + 1), 0);

/** Cycle counts per working day. */
export const COUNTS_PER_DAY: Record<DemoSize, number> = { small: 50, large: 200 };

/** Damaged units per unit shipped (0.02 %), damaged units per event, claims per order shipped (2 ‰). */
export const DAMAGE_RATE = 0.0002;
export const DAMAGE_MEAN_UNITS = 2;
export const CLAIM_RATE = 0.002;

/** Rough sale value of one unit per sector, for the damages' value. */
const UNIT_VALUE_CENTS: Record<Sector, number> = {
  fmcg: 350,
  fresh: 300,
  fashion_ecommerce: 2500,
  diy: 1500,
  pharma_cosmetics: 1200,
  frozen: 450,
  beverages: 200,
};

export type PickPool = 'amb' | 'cold' | 'inb' | '';

export interface PlanDay {
  epoch: number;
  day: IsoDate;
  weekday: number;
  /** Monday-based week number since 1970, for weekly draws. */
  week: number;
  /** The next working day (late-afternoon orders are due there). */
  next: IsoDate;
  /** The day's order lines over an average working weekday's: overtime rises with it. */
  load: number;
  /** Stock level over its mean (trailing three weeks of inbound pallets): storage occupancy follows it. */
  stock: number;
}

export interface PlanClient {
  index: number;
  id: string;
  code: string;
  pool: 'amb' | 'cold';
  unitsPerLine: number;
  /** Minutes a picker of pace 1 takes per order line of this client (see pickMinutesPerLine). */
  pickMinutes: number;
  unitValueCents: number;
  skus: string[];
}

export interface PlanClientDay {
  epoch: number;
  client: number;
  orders: number;
  trucks: number;
  pallets: number;
  cartons: number;
  /** Bernoulli draws (trials, probability) whose sum is the day's damage events, and claims. */
  damageTrials: number;
  damageP: number;
  claimTrials: number;
  claimP: number;
}

export interface PlanEmployee {
  index: number;
  id: string;
  role: JobRole;
  team: string;
  pool: PickPool;
  hoursPerDay: number;
  /** Weekdays (1–5) of the usual week, as digits. */
  weekdays: string;
  /** Saturday rota group 0–2 (works Saturdays of weeks ≡ group mod 3, with a weekday off), −1 never. */
  saturdayGroup: number;
  temp: boolean;
  /** Cost of a paid hour, in cents: loaded cost, or the agency's invoice for a temp. */
  hourCents: number;
  clientId: string | null;
  /** Relative risk of accident of the role. */
  risk: number;
  /** Epoch day the contract starts; before it a predecessor held the post (see rosterCtes). */
  startEpoch: number;
  /** The person's work pace over the standard (1 = standard pace, before the temp factor). */
  pace: number;
}

/** Earned-hour standards the KPIs use (standard minutes, PF&D included), and the side work of each role. */
export interface PlanWork {
  pickingMinutesPerLine: number;
  receivingMinutesPerPallet: number;
  putawayMinutesPerPallet: number;
  /** Where the pickers' time beyond the exported lines goes, with weights (see SIDE_WORK). */
  pickerSideWork: (readonly [string, number])[];
}

export interface PlanAbsenceDay {
  employee: number;
  epoch: number;
  category: 'absence_sickness' | 'absence_work_accident' | 'paid_leave' | 'training';
}

export interface PlanLocation {
  code: string;
  zone: number;
}

export interface PlanZone {
  index: number;
  id: string;
  usable: number;
  /** Offset of this zone's fill over the site's, in share of its positions. */
  offset: number;
  /** The slice of `stockSkus` stored at this zone's temperature (all of them when none is). */
  skuFrom: number;
  skuCount: number;
}

export type DriftDimension = 'site' | 'client' | 'operator' | 'team';

export interface InjectedDrift {
  id: string;
  kpiId: string;
  dimension: DriftDimension;
  key: string;
  start: string;
  direction: 'up' | 'down';
}

export interface DriftPlan {
  picker: { employee: PlanEmployee; startEpoch: number; baseRate: number; driftRate: number };
  client: { client: PlanClient; startEpoch: number; baseLate: number; driftLate: number; rampDays: number };
  dockToStock: { startEpoch: number; growthPerDay: number; maxFactor: number };
  drifts: InjectedDrift[];
}

export interface HistoryPlan {
  size: DemoSize;
  seed: number;
  siteId: string;
  /** The export instant (local, asOf at midnight): nothing later is known. */
  exportAt: string;
  teams: readonly string[];
  days: PlanDay[];
  clients: PlanClient[];
  clientDays: PlanClientDay[];
  employees: PlanEmployee[];
  absences: PlanAbsenceDay[];
  /** Work accidents of the site model's absences: an incident on their first day. */
  accidents: { employee: number; epoch: number; lostDays: number }[];
  zones: PlanZone[];
  locations: PlanLocation[];
  /** SKU codes with their client index, sorted by temperature class (zones point into it). */
  stockSkus: { code: string; client: number; temperature: string }[];
  countsPerDay: number;
  drift: DriftPlan;
  work: PlanWork;
}

const ROLE_POOL: Record<JobRole, PickPool> = {
  picker: 'amb',
  cold_room_operator: 'cold',
  receiver: 'inb',
  forklift_driver: 'inb',
  loader: '',
  team_leader: '',
  admin_clerk: '',
};

/** Relative accident risk: handling and trucks more than supervision and office. */
const ROLE_RISK: Record<JobRole, number> = {
  picker: 1,
  cold_room_operator: 1.1,
  receiver: 1,
  forklift_driver: 1.3,
  loader: 1.3,
  team_leader: 0.4,
  admin_clerk: 0.1,
};

function nextWorkingDay(calendar: SiteCalendar, day: IsoDate): IsoDate {
  let d = addDays(day, 1);
  for (let i = 0; i < 14 && !isWorkingDay(calendar, d); i++) d = addDays(d, 1);
  return d;
}

function flowIndex(flowDays: readonly FlowDay[]): (client: string, day: string, flow: FlowKind) => number {
  const map = new Map<string, number>();
  for (const f of flowDays) map.set(`${f.clientId}|${f.day}|${f.flow}`, f.quantity);
  return (client, day, flow) => map.get(`${client}|${day}|${flow}`) ?? 0;
}

function employeesOf(demo: DemoSite, rng: Rng): PlanEmployee[] {
  const { bundle } = demo;
  const clientOfCentre = new Map(bundle.costCentres.map((c) => [c.id, c.clientId]));
  const rateOf = new Map(bundle.rates.map((r) => [r.qualification, r]));
  const out: PlanEmployee[] = bundle.employees.map((e, index) => {
    const weekdays = e.availability.weekdays.filter((w) => w <= 5);
    const usual = weekdays.length > 0 ? weekdays : [1, 2, 3, 4, 5];
    const rate = rateOf.get(e.jobRole);
    const temp = e.contract.kind === 'temp';
    const hourCents = rate
      ? temp
        ? Math.round(rate.grossHourlyWageCents * rate.tempAgencyCoefficient)
        : rate.loadedHourlyCostCents
      : 1600;
    return {
      index,
      id: e.id,
      role: e.jobRole,
      team: e.team,
      pool: ROLE_POOL[e.jobRole],
      hoursPerDay: Math.round((e.weeklyHours / usual.length) * 100) / 100,
      weekdays: usual.join(''),
      saturdayGroup: -1,
      temp,
      hourCents,
      clientId: e.costCentreId ? (clientOfCentre.get(e.costCentreId) ?? null) : null,
      risk: ROLE_RISK[e.jobRole],
      startEpoch: epochDay(e.contract.start),
      pace: Math.round(rng.float(PACE_RANGE[0], PACE_RANGE[1]) * 1000) / 1000,
    };
  });
  // A third of each role's full-timers work each Saturday (volumes are a third of a weekday's), rota by week.
  const roles = [...new Set(out.map((e) => e.role))];
  for (const role of roles) {
    const fullTime = out.filter((e) => e.role === role && e.weekdays.length === 5);
    const willing = fullTime.filter((e) => bundle.employees[e.index]!.availability.weekdays.includes(6));
    const rota = willing.length >= 3 ? willing : fullTime;
    rota.forEach((e, i) => {
      e.saturdayGroup = i % 3;
    });
  }
  return out;
}

function absencesOf(demo: DemoSite, from: string, to: string, employees: readonly PlanEmployee[]) {
  const byId = new Map(employees.map((e) => [e.id, e.index]));
  const days: PlanAbsenceDay[] = [];
  const accidents: { employee: number; epoch: number; lostDays: number }[] = [];
  const category = {
    sick: 'absence_sickness',
    work_accident: 'absence_work_accident',
    paid_leave: 'paid_leave',
    rtt: 'paid_leave',
    unpaid_leave: 'paid_leave',
    other: 'paid_leave',
    training: 'training',
  } as const;
  for (const a of demo.bundle.absences) {
    const employee = byId.get(a.employeeId);
    if (employee === undefined || a.from > to || a.to < from) continue;
    if (a.kind === 'work_accident' && a.from >= from)
      accidents.push({ employee, epoch: epochDay(a.from), lostDays: daysBetween(a.from, a.to) + 1 });
    const seen = new Set<number>();
    for (const d of eachDay(a.from < from ? from : a.from, a.to > to ? to : a.to)) {
      const epoch = epochDay(d);
      if (seen.has(epoch)) continue;
      seen.add(epoch);
      days.push({ employee, epoch, category: category[a.kind] });
    }
  }
  // One category per employee-day: the first absence booked wins.
  const unique = new Map<string, PlanAbsenceDay>();
  for (const d of days)
    if (!unique.has(`${d.employee}|${d.epoch}`)) unique.set(`${d.employee}|${d.epoch}`, d);
  return { days: [...unique.values()], accidents };
}

/** A working weekday (Monday–Friday) in [from, to], drawn from the seed. */
function driftStart(rng: Rng, calendar: SiteCalendar, from: IsoDate, to: IsoDate): IsoDate {
  const span = Math.max(0, daysBetween(from, to));
  let d = addDays(from, rng.int(0, span));
  for (let i = 0; i < 14 && (isoWeekday(d) > 5 || !isWorkingDay(calendar, d)); i++) d = addDays(d, 1);
  return d;
}

function driftsOf(
  rng: Rng,
  calendar: SiteCalendar,
  asOf: string,
  clients: readonly PlanClient[],
  employees: readonly PlanEmployee[],
  demo: DemoSite,
): DriftPlan {
  const { from } = historyWindow(asOf);
  // Inside the second year, after a month of it, and at least 60 days (plus the detection fortnight) before asOf.
  const earliest = addDays(from, 365 + 30);
  const latest = addDays(asOf, -75);
  const pickers = employees.filter((e) => e.role === 'picker');
  const steady = pickers.filter((e) => {
    const emp = demo.bundle.employees[e.index]!;
    // Hired before the window, so that the drift has a past of its own to stand out from.
    return (
      emp.contract.kind === 'cdi' &&
      emp.contract.start <= from &&
      e.hoursPerDay >= 7 &&
      e.team === employees[0]?.team
    );
  });
  const pool = steady.length > 0 ? steady : pickers.length > 0 ? pickers : employees;
  const picker = rng.pick(pool);
  const client = rng.pick(clients);
  const pickerStart = driftStart(rng, calendar, earliest, latest);
  const clientStart = driftStart(rng, calendar, earliest, latest);
  const dockStart = driftStart(rng, calendar, earliest, latest);
  return {
    picker: { employee: picker, startEpoch: epochDay(pickerStart), baseRate: 0.003, driftRate: 0.03 },
    client: { client, startEpoch: epochDay(clientStart), baseLate: 0.015, driftLate: 0.1, rampDays: 7 },
    dockToStock: { startEpoch: epochDay(dockStart), growthPerDay: 0.025, maxFactor: 3 },
    drifts: [
      {
        id: 'picker-error-rate',
        kpiId: 'picking_accuracy',
        dimension: 'operator',
        key: picker.id,
        start: pickerStart,
        direction: 'down',
      },
      {
        id: 'client-late-shipments',
        kpiId: 'on_time_shipments',
        dimension: 'client',
        key: client.id,
        start: clientStart,
        direction: 'down',
      },
      {
        id: 'dock-to-stock-creep',
        kpiId: 'dock_to_stock_time',
        dimension: 'site',
        key: '',
        start: dockStart,
        direction: 'up',
      },
    ],
  };
}

/** The site-wide standard of an activity and unit in standard minutes (as the KPIs' earned hours take it); 0 if none. */
function standardMinutes(
  standards: readonly ProductivityStandard[],
  activity: ProductivityStandard['activity'],
  unit: ProductivityStandard['unit'],
  method?: string,
): number {
  const matches = (s: ProductivityStandard) =>
    s.activity === activity && s.unit === unit && (method === undefined || s.method === method);
  const found = standards.find((s) => matches(s) && s.zoneId === null) ?? standards.find(matches);
  return found ? standardMinutesPerUnit(found) : 0;
}

function workOf(demo: DemoSite): PlanWork {
  const { standards } = demo.bundle;
  const totals = new Map<FlowKind, number>();
  for (const f of demo.flowDays) totals.set(f.flow, (totals.get(f.flow) ?? 0) + f.quantity);
  const pickerSideWork = PICKER_SIDE_WORK.map(([activity, flow]) => {
    const a = DEFAULT_FLOW_ACTIVITY_MAP[flow];
    const minutes = a ? standardMinutes(standards, a.activity, a.unit, a.method) : 0;
    return [activity, Math.round((totals.get(flow) ?? 0) * minutes)] as const;
  }).filter(([, w]) => w > 0);
  return {
    pickingMinutesPerLine: standardMinutes(standards, 'picking', 'order_line'),
    receivingMinutesPerPallet: standardMinutes(standards, 'receiving', 'pallet'),
    putawayMinutesPerPallet: standardMinutes(standards, 'putaway', 'pallet'),
    pickerSideWork: pickerSideWork.length > 0 ? pickerSideWork : [['vas', 1]],
  };
}

function split(total: number, parts: number): number {
  return parts > 0 ? total / parts : 0;
}

export function buildHistoryPlan(
  demo: DemoSite,
  options: { seed: number; asOf: string; size: DemoSize },
): HistoryPlan {
  const { bundle } = demo;
  const { size, seed, asOf } = options;
  const plan = SITE_PLANS[size];
  const calendar = bundle.site.calendar;
  const { from, to } = historyWindow(asOf);
  const flow = flowIndex(demo.flowDays);
  const share = EXPORTED_LINE_SHARE[size];

  const skuByClient = new Map<string, string[]>();
  for (const s of bundle.skus) {
    const list = skuByClient.get(s.clientId) ?? [];
    list.push(s.code);
    skuByClient.set(s.clientId, list);
  }
  const hasCold = bundle.employees.some((e) => e.jobRole === 'cold_room_operator');
  const work = workOf(demo);
  const unitMinutes = standardMinutes(bundle.standards, 'picking', 'unit');
  const clients: PlanClient[] = bundle.clients.map((c, index) => {
    const cp = plan.clients.find((p) => p.code === c.code) ?? plan.clients[index]!;
    const cold = cp.assortment.reduce(
      (s, [sector, w]) => s + (sector === 'fresh' || sector === 'frozen' ? w : 0),
      0,
    );
    return {
      index,
      id: c.id,
      code: c.code,
      pool: hasCold && cold >= 0.5 ? 'cold' : 'amb',
      unitsPerLine: FLOW_PROFILES[cp.sector].unitsPerLine,
      pickMinutes:
        Math.round(
          (work.pickingMinutesPerLine +
            unitMinutes * Math.max(0, FLOW_PROFILES[cp.sector].unitsPerLine - 1)) *
            1e4,
        ) / 1e4,
      unitValueCents: UNIT_VALUE_CENTS[cp.sector],
      skus: skuByClient.get(c.id) ?? [`${c.code}-000000`],
    };
  });

  const working = eachDay(from, to).filter((d) => isWorkingDay(calendar, d));
  const siteLines = working.map((d) => clients.reduce((s, c) => s + flow(c.id, d, 'order_lines'), 0));
  const weekdayLines = siteLines.filter((_, i) => isoWeekday(working[i]!) <= 5);
  const meanLines = weekdayLines.reduce((s, x) => s + x, 0) / Math.max(1, weekdayLines.length);
  const inbound = working.map((d) => clients.reduce((s, c) => s + flow(c.id, d, 'inbound_pallets'), 0));
  const trailing = inbound.map((_, i) =>
    inbound.slice(Math.max(0, i - 14), i + 1).reduce((s, x) => s + x, 0),
  );
  const meanTrailing = trailing.reduce((s, x) => s + x, 0) / Math.max(1, trailing.length);

  const days: PlanDay[] = working.map((day, i) => {
    const epoch = epochDay(day);
    return {
      epoch,
      day,
      weekday: isoWeekday(day),
      week: Math.floor((epoch + 3) / 7),
      next: nextWorkingDay(calendar, day),
      load: Math.round((siteLines[i]! / Math.max(1, meanLines)) * 1000) / 1000,
      stock: Math.round((trailing[i]! / Math.max(1, meanTrailing)) * 1000) / 1000,
    };
  });

  const rng = new Rng(`logipilot-demo-history/${size}/${seed}`);
  const employees = employeesOf(demo, rng.fork('pace'));
  const drift = driftsOf(rng, calendar, asOf, clients, employees, demo);

  const clientDays: PlanClientDay[] = [];
  for (const d of days) {
    for (const c of clients) {
      const lines = flow(c.id, d.day, 'order_lines') * share;
      const orders = Math.round(lines / MEAN_ORDER_LINES);
      const trucks = flow(c.id, d.day, 'inbound_trucks');
      if (orders === 0 && trucks === 0) continue;
      const damages = (orders * MEAN_ORDER_LINES * c.unitsPerLine * DAMAGE_RATE) / DAMAGE_MEAN_UNITS;
      const late = c.index === drift.client.client.index && d.epoch >= drift.client.startEpoch ? 3 : 1;
      const claims = orders * CLAIM_RATE * late;
      const damageTrials = Math.max(2, Math.ceil(damages * 4));
      const claimTrials = Math.max(2, Math.ceil(claims * 4));
      clientDays.push({
        epoch: d.epoch,
        client: c.index,
        orders,
        trucks,
        pallets: flow(c.id, d.day, 'inbound_pallets'),
        cartons: flow(c.id, d.day, 'inbound_loose_cartons'),
        damageTrials,
        damageP: Math.round(split(damages, damageTrials) * 1e6) / 1e6,
        claimTrials,
        claimP: Math.round(split(claims, claimTrials) * 1e6) / 1e6,
      });
    }
  }

  const { days: absences, accidents } = absencesOf(demo, from, to, employees);

  // Stock SKUs sorted by temperature class, so that a zone draws among the SKUs of its own temperature.
  const clientIndex = new Map(clients.map((c) => [c.id, c.index]));
  const stockSkus = bundle.skus
    .map((s) => ({ code: s.code, client: clientIndex.get(s.clientId) ?? 0, temperature: s.temperatureClass }))
    .sort((a, b) => (a.temperature < b.temperature ? -1 : a.temperature > b.temperature ? 1 : 0));
  const zoneRng = rng.fork('zones');
  const zones: PlanZone[] = bundle.zones.map((z, index) => {
    const first = stockSkus.findIndex((s) => s.temperature === z.temperatureClass);
    const count = stockSkus.filter((s) => s.temperature === z.temperatureClass).length;
    return {
      index,
      id: z.id,
      usable: bundle.locations.filter((l) => l.zoneId === z.id && !l.blocked).length,
      offset: Math.round(zoneRng.float(-0.025, 0.025) * 1000) / 1000,
      skuFrom: Math.max(first, 0),
      skuCount: first < 0 ? stockSkus.length : count,
    };
  });
  const zoneOf = new Map(bundle.zones.map((z, i) => [z.id, i]));
  const locations = bundle.locations
    .filter((l) => !l.blocked)
    .map((l) => ({ code: l.code, zone: zoneOf.get(l.zoneId) ?? 0 }));

  return {
    size,
    seed,
    siteId: bundle.site.id,
    exportAt: `${asOf} 00:00:00`,
    teams: plan.teams,
    days,
    clients,
    clientDays,
    employees,
    absences,
    accidents,
    zones: zones.filter((z) => z.usable > 0),
    locations,
    stockSkus,
    countsPerDay: COUNTS_PER_DAY[size],
    drift,
    work,
  };
}
