// DuckDB text of the history generator: plan tables as VALUES, seeded hash draws, and the staff roster.
import type { HistoryPlan } from './history-plan.ts';

export function lit(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function num(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

function values(name: string, columns: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0)
    return `${name} AS (SELECT ${columns.map((c) => `NULL AS ${c}`).join(', ')} WHERE false)`;
  return `${name}(${columns.join(', ')}) AS (VALUES ${rows.map((r) => `(${r.join(', ')})`).join(', ')})`;
}

function list(items: readonly string[]): string {
  return `[${items.map(lit).join(', ')}]`;
}

/** Salts: one per independent draw, so that adding a draw never changes another. */
export const SALT = {
  compDay: 1,
  leaveSummer: 2,
  leaveWinter: 3,
  sick: 4,
  sickFrom: 5,
  sickLength: 6,
  training: 7,
  unjustified: 8,
  incident: 9,
  lostDays: 10,
  overtime: 11,
  overtimeHours: 12,
  forkliftActivity: 13,
  orderSize: 20,
  release: 21,
  pick: 22,
  pack: 23,
  ship: 24,
  late: 25,
  lateBy: 26,
  hold: 27,
  picker: 28,
  sku: 29,
  quantity: 30,
  error: 31,
  errorType: 32,
  short: 33,
  shortBy: 34,
  arrival: 40,
  unload: 41,
  dock1: 42,
  dock2: 43,
  receiver: 44,
  location: 50,
  countSku: 51,
  expected: 52,
  miscount: 53,
  miscountBy: 54,
  counter: 55,
  occupancy1: 60,
  occupancy2: 61,
  damage: 70,
  damageSku: 71,
  damageUnits: 72,
  damageTime: 73,
  claim: 80,
  claimDelay: 81,
  claimTime: 82,
  claimOrder: 83,
  claimReason: 84,
  incidentTime: 90,
} as const;

/** Seeded hash draws: `int` in [0, 1e9+7), `unit` in [0, 1), `normal` a standard normal deviate. */
export class Draws {
  constructor(private readonly seed: number) {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer: ${seed}`);
  }

  int(salt: number, ...keys: string[]): string {
    return `CAST(hash(${this.seed}, ${salt}, ${keys.join(', ')}) % 1000000007 AS BIGINT)`;
  }

  unit(salt: number, ...keys: string[]): string {
    return `(${this.int(salt, ...keys)} / 1000000007.0)`;
  }

  normal(salt1: number, salt2: number, ...keys: string[]): string {
    return `(sqrt(-2 * ln((${this.int(salt1, ...keys)} + 0.5) / 1000000007.0)) * cos(2 * pi() * ${this.unit(salt2, ...keys)}))`;
  }
}

/** A local timestamp as the export writes it (no offset: the site's time zone). */
export function stamp(ts: string): string {
  return `strftime(${ts}, '%Y-%m-%d %H:%M:%S')`;
}

/** `day` (DATE) plus a number of minutes, as a TIMESTAMP. */
export function at(day: string, minutes: string): string {
  return `(CAST(${day} AS TIMESTAMP) + to_seconds(CAST(round((${minutes}) * 60) AS BIGINT)))`;
}

export function daysCte(p: HistoryPlan): string {
  return values(
    'dy',
    ['e', 'd', 'wd', 'wk', 'nd', 'load', 'stock'],
    p.days.map((d) => [
      num(d.epoch),
      `DATE ${lit(d.day)}`,
      num(d.weekday),
      num(d.week),
      `DATE ${lit(d.next)}`,
      num(d.load),
      num(d.stock),
    ]),
  );
}

export function clientsCte(p: HistoryPlan): string {
  return values(
    'cl',
    ['ci', 'client_id', 'code', 'pool', 'upl', 'unit_cents', 'n_skus', 'pick_min'],
    p.clients.map((c) => [
      num(c.index),
      lit(c.id),
      lit(c.code),
      lit(c.pool),
      num(c.unitsPerLine),
      num(c.unitValueCents),
      num(c.skus.length),
      `CAST(${num(c.pickMinutes)} AS DOUBLE)`,
    ]),
  );
}

/** The clients' SKUs as (ci, i, sku), i from 0: joined by index, so no list travels with the rows. */
export function skusCte(p: HistoryPlan): string {
  const lists = values(
    'skl',
    ['ci', 'codes'],
    p.clients.map((c) => [num(c.index), list(c.skus)]),
  );
  return `${lists}, sk AS (SELECT ci, CAST(generate_subscripts(codes, 1) - 1 AS BIGINT) AS i, unnest(codes) AS sku FROM skl)`;
}

export function clientDaysCte(p: HistoryPlan): string {
  return values(
    'cd',
    ['e', 'ci', 'n_orders', 'trucks', 'pallets', 'cartons', 'dmg_m', 'dmg_p', 'clm_m', 'clm_p'],
    p.clientDays.map((c) => [
      num(c.epoch),
      num(c.client),
      num(c.orders),
      num(c.trucks),
      num(c.pallets),
      num(c.cartons),
      num(c.damageTrials),
      num(c.damageP),
      num(c.claimTrials),
      num(c.claimP),
    ]),
  );
}

function employeesCte(p: HistoryPlan): string {
  return values(
    'em',
    [
      'ei',
      'emp_id',
      'role',
      'team',
      'pool',
      'hpd',
      'wdays',
      'sat',
      'temp',
      'hour_cents',
      'emp_client',
      'risk',
      'start_e',
      'pace',
    ],
    p.employees.map((e) => [
      num(e.index),
      lit(e.id),
      lit(e.role),
      lit(e.team),
      lit(e.pool),
      `CAST(${num(e.hoursPerDay)} AS DOUBLE)`,
      lit(e.weekdays),
      num(e.saturdayGroup),
      e.temp ? 'true' : 'false',
      num(e.hourCents),
      e.clientId === null ? 'CAST(NULL AS VARCHAR)' : lit(e.clientId),
      `CAST(${num(e.risk)} AS DOUBLE)`,
      num(e.startEpoch),
      `CAST(${num(e.pace)} AS DOUBLE)`,
    ]),
  );
}

function absencesCte(p: HistoryPlan): string {
  return values(
    'abd',
    ['ei', 'e', 'bcat'],
    p.absences.map((a) => [num(a.employee), num(a.epoch), lit(a.category)]),
  );
}

/** Lost-time accidents per million hours worked (TF1): logistics runs at about twice France's ≈ 24. */
export const TF1_TARGET = 32;
/** Other incidents, per lost-time accident: no lost time, first aid, near misses, property damage. */
export const INCIDENT_MIX = { noLostTime: 1.2, firstAid: 2, nearMiss: 6, propertyDamage: 1.5 } as const;
const INCIDENT_TOTAL =
  1 + INCIDENT_MIX.noLostTime + INCIDENT_MIX.firstAid + INCIDENT_MIX.nearMiss + INCIDENT_MIX.propertyDamage;

/**
 * The roster: every employee's scheduled working days with a status. Full-timers work Monday–Friday (part-timers
 * their own weekdays), a third of them a Saturday in turn with a weekday off that week. Before an employee's contract
 * starts, a predecessor held the post (`stand_in`; id `<id>~prev`, same role, schedule, contract kind and cost, no
 * team of record), so that nobody appears before being hired while the headcount and temp share stay steady. Absences, in order: the site
 * model's recorded absences, work accidents drawn here (the days after one), paid leave (three summer weeks and one
 * in winter or spring, not for temps), sickness episodes (more in winter), training, unjustified absences.
 * CTEs: dy, em, abd, ro0 (scheduled days), ro1 (status before accidents), acc (accidents), ro (final).
 */
export function rosterCtes(p: HistoryPlan, r: Draws): string {
  const comp = `1 + ${r.int(SALT.compDay, 'em.ei', 'dy.wk')} % 5`;
  const summer = `(weekofyear(d) - (27 + ${r.int(SALT.leaveSummer, 'ei', 'isoyear(d)')} % 6)) BETWEEN 0 AND 2`;
  const winter = `weekofyear(d) = [52, 8, 16, 44][1 + ${r.int(SALT.leaveWinter, 'ei', 'isoyear(d)')} % 4]`;
  const sickP = 'CASE WHEN month(d) IN (12, 1, 2) THEN 0.15 ELSE 0.105 END';
  const sickFrom = `1 + ${r.int(SALT.sickFrom, 'ei', 'wk')} % 5`;
  const sickLength = `1 + ${r.int(SALT.sickLength, 'ei', 'wk')} % 5`;
  const pLostTime = `(${TF1_TARGET} * 1e-6 * hpd * risk)`;
  return [
    daysCte(p),
    employeesCte(p),
    absencesCte(p),
    `ro0 AS (SELECT * REPLACE (CASE WHEN stand_in THEN emp_id || '~prev' ELSE emp_id END AS emp_id)
      FROM (SELECT dy.*, em.*, dy.e < em.start_e AS stand_in FROM dy CROSS JOIN em WHERE CASE
        WHEN dy.wd = 6 THEN em.sat >= 0 AND dy.wk % 3 = em.sat
        ELSE contains(em.wdays, CAST(dy.wd AS VARCHAR)) AND NOT (em.sat >= 0 AND dy.wk % 3 = em.sat AND dy.wd = ${comp}) END))`,
    `ro1 AS (SELECT *, COALESCE(bcat, CASE
      WHEN NOT temp AND (${summer} OR ${winter}) THEN 'paid_leave'
      WHEN ${r.unit(SALT.sick, 'ei', 'wk')} < ${sickP} AND wd BETWEEN ${sickFrom} AND ${sickFrom} + ${sickLength} - 1 THEN 'absence_sickness'
      WHEN NOT temp AND ${r.unit(SALT.training, 'ei', 'e')} < 0.004 THEN 'training'
      WHEN ${r.unit(SALT.unjustified, 'ei', 'e')} < 0.004 THEN 'absence_unjustified'
      ELSE 'work' END) AS status0,
      ${r.unit(SALT.incident, 'ei', 'e')} / ${pLostTime} AS inc_x
      FROM (SELECT ro0.*, abd.bcat FROM ro0 LEFT JOIN abd ON abd.ei = ro0.ei AND abd.e = ro0.e))`,
    `acc AS (SELECT ei, e, d, CAST(3 + least(180, floor(-ln(1 - ${r.unit(SALT.lostDays, 'ei', 'e')}) * 30)) AS BIGINT) AS lost
      FROM ro1 WHERE status0 = 'work' AND inc_x < 1)`,
    `accd AS (SELECT DISTINCT ei, e + k AS e FROM (SELECT ei, e, unnest(range(1, lost + 1)) AS k FROM acc))`,
    `ro AS (SELECT ro1.*, CASE WHEN ro1.bcat IS NULL AND accd.ei IS NOT NULL THEN 'absence_work_accident' ELSE status0 END AS status
      FROM ro1 LEFT JOIN accd ON accd.ei = ro1.ei AND accd.e = ro1.e)`,
  ].join(',\n');
}

/** Where an incident draw `inc_x` (draw / P(lost-time accident)) falls: kinds by their multiple of that rate. */
export function incidentKindSql(): string {
  const m = INCIDENT_MIX;
  const a = 1 + m.noLostTime;
  const b = a + m.firstAid;
  const c = b + m.nearMiss;
  return `CASE WHEN inc_x < 1 THEN 'accident_lost_time' WHEN inc_x < ${a} THEN 'accident_no_lost_time'
    WHEN inc_x < ${b} THEN 'first_aid' WHEN inc_x < ${c} THEN 'near_miss' WHEN inc_x < ${INCIDENT_TOTAL} THEN 'property_damage' END`;
}
export const INCIDENT_MULTIPLE = INCIDENT_TOTAL;

/**
 * Who is at work to be named on a record: ranks of the present employees per (day, pool, team), per (day, pool)
 * with team '*', and pool 'any' for all pickers. CTEs pk (e, pool, tk, r, n, emp_id) and pkn (e, pool, tk, n).
 */
export function presentCtes(): string {
  const picked = "status = 'work' AND pool IN ('amb', 'cold')";
  return `pk AS (
    SELECT e, pool, team AS tk, emp_id, CAST(row_number() OVER (PARTITION BY e, pool, team ORDER BY ei) - 1 AS BIGINT) AS r,
      CAST(count(*) OVER (PARTITION BY e, pool, team) AS BIGINT) AS n FROM ro WHERE ${picked}
    UNION ALL
    SELECT e, pool, '*', emp_id, CAST(row_number() OVER (PARTITION BY e, pool ORDER BY ei) - 1 AS BIGINT),
      CAST(count(*) OVER (PARTITION BY e, pool) AS BIGINT) FROM ro WHERE status = 'work' AND pool <> ''
    UNION ALL
    SELECT e, 'any', '*', emp_id, CAST(row_number() OVER (PARTITION BY e ORDER BY ei) - 1 AS BIGINT),
      CAST(count(*) OVER (PARTITION BY e) AS BIGINT) FROM ro WHERE ${picked}),
  pkn AS (SELECT DISTINCT e, pool, tk, n FROM pk)`;
}

export function locationsCte(p: HistoryPlan): string {
  const lists = values(
    'lcl',
    ['codes', 'zones'],
    [[list(p.locations.map((l) => l.code)), `[${p.locations.map((l) => num(l.zone)).join(', ')}]`]],
  );
  return `${lists}, lc AS (SELECT CAST(generate_subscripts(codes, 1) - 1 AS BIGINT) AS li, unnest(codes) AS loc, unnest(zones) AS zi FROM lcl)`;
}

export function stockSkusCte(p: HistoryPlan): string {
  const lists = values(
    'ssl',
    ['codes', 'clients'],
    [[list(p.stockSkus.map((s) => s.code)), `[${p.stockSkus.map((s) => num(s.client)).join(', ')}]`]],
  );
  return `${lists}, ss AS (SELECT CAST(generate_subscripts(codes, 1) - 1 AS BIGINT) AS si, unnest(codes) AS sku, unnest(clients) AS ci FROM ssl)`;
}

export function zonesCte(p: HistoryPlan): string {
  return values(
    'zn',
    ['zi', 'zone_id', 'usable', 'offs', 'sku_from', 'sku_count'],
    p.zones.map((z) => [
      num(z.index),
      lit(z.id),
      num(z.usable),
      `CAST(${num(z.offset)} AS DOUBLE)`,
      num(z.skuFrom),
      num(Math.max(1, z.skuCount)),
    ]),
  );
}
