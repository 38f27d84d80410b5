// One DuckDB SELECT per history kind: plan tables expanded with range()/unnest, attributes drawn from seeded hashes.
import { HISTORY_FIELDS, type HistoryKind, PICK_ERROR_TYPES } from '@logipilot/domain';
import { type HistoryPlan, INBOUND_PACE, ORDER_SIZE_WEIGHTS, TEMP_PACE } from './history-plan.ts';
import {
  at,
  clientDaysCte,
  clientsCte,
  Draws,
  daysCte,
  INCIDENT_MULTIPLE,
  incidentKindSql,
  lit,
  locationsCte,
  presentCtes,
  rosterCtes,
  SALT,
  skusCte,
  stamp,
  stockSkusCte,
  TF1_TARGET,
  zonesCte,
} from './history-sql.ts';

/** The final projection: every column of the kind, as text, in HISTORY_FIELDS order. */
function project(kind: HistoryKind, exprs: Record<string, string>): string {
  const columns = HISTORY_FIELDS[kind].map((f) => {
    const e = exprs[f.column];
    if (e === undefined) {
      if (f.required) throw new Error(`no expression for required column ${kind}.${f.column}`);
      return `CAST(NULL AS VARCHAR) AS ${f.column}`;
    }
    return `CAST(${e} AS VARCHAR) AS ${f.column}`;
  });
  return columns.join(',\n  ');
}

function cumulative(weights: readonly number[]): number[] {
  let s = 0;
  const total = weights.reduce((a, w) => a + w, 0);
  return weights.map((w) => {
    s += w;
    return s / total;
  });
}

/** A category drawn by cumulative weights: `CASE WHEN u < c1 THEN v1 … ELSE vn END`. */
function pick(u: string, choices: readonly (readonly [string, number])[]): string {
  const cut = cumulative(choices.map(([, w]) => w));
  const whens = choices
    .slice(0, -1)
    .map(([v], i) => `WHEN ${u} < ${cut[i]} THEN ${v}`)
    .join(' ');
  return `CASE ${whens} ELSE ${choices[choices.length - 1]![0]} END`;
}

function dayCode(day: string): string {
  return `strftime(${day}, '%y%m%d')`;
}

const LAST_DAYS_HOLD = 3;

/**
 * The orders (before their lines) with their picker: CTEs o0…o over cd, dy, cl, pk, pkn. Shared by the order
 * lines and the timesheets, which book each picker's picking hours from the lines the export names them on.
 */
function orderCtes(p: HistoryPlan, r: Draws): string[] {
  const morning = lit(p.teams[0] ?? '');
  const afternoon = lit(p.teams[1] ?? p.teams[0] ?? '');
  const sizes = ORDER_SIZE_WEIGHTS.map((w, i) => [String(i + 1), w] as const);
  const { client } = p.drift;
  const lateP = `CASE WHEN ci = ${client.client.index} AND e >= ${client.startEpoch}
    THEN ${client.baseLate} + ${client.driftLate - client.baseLate} * least(1.0, (e - ${client.startEpoch} + 1) / ${client.rampDays}.0)
    ELSE ${client.baseLate} END`;
  const holdFrom = p.days[Math.max(0, p.days.length - LAST_DAYS_HOLD)]?.epoch ?? 0;
  return [
    `o0 AS (SELECT x.e, x.ci, x.k, dy.d, dy.nd, cl.code, cl.pool, cl.client_id,
        ${pick(r.unit(SALT.orderSize, 'x.ci', 'x.e', 'x.k'), sizes)} AS size,
        300 + floor(pow(${r.unit(SALT.release, 'x.ci', 'x.e', 'x.k')}, 1.3) * 660) AS rel
      FROM (SELECT e, ci, unnest(range(n_orders)) AS k FROM cd WHERE n_orders > 0) x
      JOIN dy ON dy.e = x.e JOIN cl ON cl.ci = x.ci)`,
    `o1 AS (SELECT *, rel < 840 AS same_day,
        rel + 15 + floor(${r.unit(SALT.pick, 'ci', 'e', 'k')} * 0.35 * ((CASE WHEN rel < 840 THEN 1080 ELSE 1260 END) - rel)) AS pick0
      FROM o0)`,
    `o2 AS (SELECT *, pick0 + size * 3 + 5 + floor(${r.unit(SALT.pack, 'ci', 'e', 'k')} * 25) AS pack,
        CASE WHEN pick0 < 780 THEN ${morning} ELSE ${afternoon} END AS team,
        CASE WHEN same_day THEN ${at('d', '1080')} ELSE ${at('nd', '600')} END AS due_ts,
        ${r.unit(SALT.late, 'ci', 'e', 'k')} < ${lateP} AS late,
        e >= ${holdFrom} AND ${r.unit(SALT.hold, 'ci', 'e', 'k')} < 0.01 AS hold,
        ${r.int(SALT.picker, 'ci', 'e', 'k')} AS pick_h
      FROM o1)`,
    `o3 AS (SELECT o2.*,
        CASE WHEN t1.n IS NOT NULL THEN o2.pool WHEN t2.n IS NOT NULL THEN o2.pool ELSE 'any' END AS sel_pool,
        CASE WHEN t1.n IS NOT NULL THEN o2.team ELSE '*' END AS sel_tk,
        pick_h % COALESCE(t1.n, t2.n, t3.n, 1) AS sel_r,
        CASE WHEN late THEN due_ts + to_seconds(CAST(60 * (15 + floor(${r.unit(SALT.lateBy, 'o2.ci', 'o2.e', 'o2.k')} * 240)) AS BIGINT))
          ELSE ${at('d', `pack + 15 + floor(${r.unit(SALT.ship, 'o2.ci', 'o2.e', 'o2.k')} * greatest(0, (CASE WHEN same_day THEN 1075 ELSE 1260 END) - pack - 15))`)}
        END AS ship_ts
      FROM o2
      LEFT JOIN pkn t1 ON t1.e = o2.e AND t1.pool = o2.pool AND t1.tk = o2.team
      LEFT JOIN pkn t2 ON t2.e = o2.e AND t2.pool = o2.pool AND t2.tk = '*'
      LEFT JOIN pkn t3 ON t3.e = o2.e AND t3.pool = 'any' AND t3.tk = '*')`,
    `o AS (SELECT o3.*, pk.emp_id AS picker_id FROM o3
      LEFT JOIN pk ON pk.e = o3.e AND pk.pool = o3.sel_pool AND pk.tk = o3.sel_tk AND pk.r = o3.sel_r)`,
  ];
}

/**
 * Order lines. Orders of 1–8 lines per client and working day, released 05:00–16:00; released before 14:00 they are
 * due at the 18:00 truck, later ones the next working day at 10:00 (shipped on the 21:00 truck the same evening when
 * on time). One picker per order: a present picker (cold-room operator for a cold client) of the team on shift at
 * pick time. Lines: error ≈ 0.3 %, short-shipped ≈ 0.5 %; orders late ≈ 1.5 %; nothing after the export instant is
 * known, and ≈ 1 % of the last days' orders are on hold (never shipped yet).
 */
export function orderLinesSql(p: HistoryPlan): string {
  const r = new Draws(p.seed);
  const { picker } = p.drift;
  const errorP = `CASE WHEN picker_id = ${lit(picker.employee.id)} AND e >= ${picker.startEpoch} THEN ${picker.driftRate} ELSE ${picker.baseRate} END`;
  const exportAt = `TIMESTAMP ${lit(p.exportAt)}`;
  const errorTypes = pick(r.unit(SALT.errorType, 'ci', 'e', 'k', 'line_no'), [
    [lit(PICK_ERROR_TYPES[0]), 0.35],
    [lit(PICK_ERROR_TYPES[1]), 0.4],
    [lit(PICK_ERROR_TYPES[2]), 0.15],
    [lit(PICK_ERROR_TYPES[3]), 0.05],
    [lit(PICK_ERROR_TYPES[4]), 0.05],
  ]);
  const ctes = [
    rosterCtes(p, r),
    presentCtes(),
    clientsCte(p),
    skusCte(p),
    clientDaysCte(p),
    ...orderCtes(p, r),
    `l0 AS (SELECT o.*, unnest(range(1, size + 1)) AS line_no FROM o)`,
    `l1 AS (SELECT l0.*, upl, n_skus,
        ${at('d', `pick0 + (line_no - 1) * 2 + ((k * 7 + line_no * 13) % 60) / 60.0`)} AS picked_ts,
        ${at('d', 'pack')} AS packed_ts,
        1 + least(500, CAST(floor(-ln(1 - ${r.unit(SALT.quantity, 'ci', 'e', 'k', 'line_no')}) * (upl - 1)) AS BIGINT)) AS qty,
        ${r.unit(SALT.error, 'ci', 'e', 'k', 'line_no')} < ${errorP} AS err,
        ${r.unit(SALT.short, 'ci', 'e', 'k', 'line_no')} < 0.005 AS short,
        CAST(floor(n_skus * pow(${r.unit(SALT.sku, 'ci', 'e', 'k', 'line_no')}, 3)) AS BIGINT) AS sku_i
      FROM l0 JOIN cl USING (ci))`,
    `l AS (SELECT l1.*, sk.sku,
        NOT hold AND ship_ts < ${exportAt} AS shipped,
        picked_ts < ${exportAt} AS picked,
        NOT hold AND packed_ts < ${exportAt} AS packed
      FROM l1 JOIN sk ON sk.ci = l1.ci AND sk.i = l1.sku_i)`,
  ];
  const select = project('order_lines', {
    order_id: `printf('%s-%s-%05d', code, ${dayCode('d')}, k + 1)`,
    line_no: 'line_no',
    client_id: 'client_id',
    sku: 'sku',
    quantity_ordered: 'qty',
    quantity_shipped: `CASE WHEN NOT shipped THEN NULL WHEN short THEN CAST(floor(qty * ${r.unit(SALT.shortBy, 'ci', 'e', 'k', 'line_no')}) AS BIGINT) ELSE qty END`,
    released_at: stamp(at('d', 'rel')),
    due_at: stamp('due_ts'),
    picked_at: `CASE WHEN picked THEN ${stamp('picked_ts')} END`,
    packed_at: `CASE WHEN packed THEN ${stamp('packed_ts')} END`,
    shipped_at: `CASE WHEN shipped THEN ${stamp('ship_ts')} END`,
    picker_id: 'CASE WHEN picked THEN picker_id END',
    error: `CASE WHEN err THEN 'true' ELSE 'false' END`,
    error_type: `CASE WHEN err THEN ${errorTypes} END`,
  });
  return `WITH ${ctes.join(',\n')}\nSELECT\n  ${select}\nFROM l`;
}

/**
 * Receipts: one per inbound truck of the flows, pallets and cartons shared out evenly; arrival 05:00–15:00,
 * unloaded 30–60 min later, put away after a lognormal dock-to-stock time of median 2.8 h — creeping up by the
 * drift's daily growth from its start.
 */
export function receiptsSql(p: HistoryPlan): string {
  const r = new Draws(p.seed);
  const exportAt = `TIMESTAMP ${lit(p.exportAt)}`;
  const ctes = [rosterCtes(p, r), presentCtes(), clientsCte(p), clientDaysCte(p), ...receiptCtes(p, r)];
  const select = project('receipts', {
    receipt_id: `printf('REC-%s-%s-%03d', code, ${dayCode('d')}, j + 1)`,
    client_id: 'client_id',
    arrived_at: stamp('arr_ts'),
    unloaded_at: stamp('unl_ts'),
    put_away_at: `CASE WHEN put_ts < ${exportAt} THEN ${stamp('put_ts')} END`,
    pallets: 'plt',
    cartons: 'CAST(floor(cartons * (j + 1) / trucks) - floor(cartons * j / trucks) AS BIGINT)',
    operator_id: 'operator_id',
  });
  return `WITH ${ctes.join(',\n')}\nSELECT\n  ${select}\nFROM t`;
}

/** The receipts with their operator and pallets (plt): CTEs t0, t over cd, dy, cl, pk, pkn. */
function receiptCtes(p: HistoryPlan, r: Draws): string[] {
  const d2s = p.drift.dockToStock;
  const factor = `CASE WHEN x.e >= ${d2s.startEpoch} THEN least(${d2s.maxFactor}, pow(${1 + d2s.growthPerDay}, x.e - ${d2s.startEpoch} + 1)) ELSE 1 END`;
  return [
    `t0 AS (SELECT x.*, dy.d, cl.code, cl.client_id,
        300 + floor(${r.unit(SALT.arrival, 'x.ci', 'x.e', 'x.j')} * 600) AS arr,
        30 + floor(${r.unit(SALT.unload, 'x.ci', 'x.e', 'x.j')} * 30) AS unload_min,
        60 * 2.8 * exp(0.3 * ${r.normal(SALT.dock1, SALT.dock2, 'x.ci', 'x.e', 'x.j')}) * (${factor}) AS d2s_min,
        ${r.int(SALT.receiver, 'x.ci', 'x.e', 'x.j')} AS rec_h,
        CAST(floor(x.pallets * (x.j + 1) / x.trucks) - floor(x.pallets * x.j / x.trucks) AS BIGINT) AS plt
      FROM (SELECT e, ci, trucks, pallets, cartons, unnest(range(trucks)) AS j FROM cd WHERE trucks > 0) x
      JOIN dy ON dy.e = x.e JOIN cl ON cl.ci = x.ci)`,
    `t AS (SELECT t0.*, ${at('d', 'arr')} AS arr_ts, ${at('d', 'arr + unload_min')} AS unl_ts,
        ${at('d', 'arr + unload_min + d2s_min')} AS put_ts, pk.emp_id AS operator_id
      FROM t0 LEFT JOIN pkn ON pkn.e = t0.e AND pkn.pool = 'inb' AND pkn.tk = '*'
      LEFT JOIN pk ON pk.e = t0.e AND pk.pool = 'inb' AND pk.tk = '*' AND pk.r = t0.rec_h % COALESCE(pkn.n, 1))`,
  ];
}

/** Cycle counts: a fixed number of random locations a working day, 06:00–13:00, ≈ 99 % of them right. */
export function inventoryCountsSql(p: HistoryPlan): string {
  const r = new Draws(p.seed);
  const n = p.countsPerDay;
  const ctes = [
    rosterCtes(p, r),
    presentCtes(),
    clientsCte(p),
    locationsCte(p),
    stockSkusCte(p),
    zonesCte(p),
    `c0 AS (SELECT dy.e, dy.d, k, ${r.int(SALT.location, 'dy.e', 'k')} % ${p.locations.length} AS li,
        ${r.int(SALT.countSku, 'dy.e', 'k')} AS sku_h, ${r.int(SALT.counter, 'dy.e', 'k')} AS cnt_h,
        1 + ${r.int(SALT.expected, 'dy.e', 'k')} % 60 AS expected,
        ${r.unit(SALT.miscount, 'dy.e', 'k')} < 0.01 AS wrong,
        1 + ${r.int(SALT.miscountBy, 'dy.e', 'k')} % 8 AS by_n
      FROM (SELECT *, unnest(range(${n})) AS k FROM dy) dy)`,
    `c AS (SELECT c0.*, lc.loc, ss.sku, cl.client_id, pk.emp_id AS operator_id,
        CASE WHEN NOT wrong THEN expected WHEN by_n <= 4 THEN expected + by_n ELSE greatest(0, expected - (by_n - 4)) END AS counted
      FROM c0 JOIN lc ON lc.li = c0.li JOIN zn ON zn.zi = lc.zi
      JOIN ss ON ss.si = zn.sku_from + c0.sku_h % zn.sku_count JOIN cl ON cl.ci = ss.ci
      LEFT JOIN pkn ON pkn.e = c0.e AND pkn.pool = 'inb' AND pkn.tk = '*'
      LEFT JOIN pk ON pk.e = c0.e AND pk.pool = 'inb' AND pk.tk = '*' AND pk.r = c0.cnt_h % COALESCE(pkn.n, 1))`,
  ];
  const select = project('inventory_counts', {
    count_id: `printf('INV-%s-%04d', ${dayCode('d')}, k + 1)`,
    counted_at: stamp(at('d', `360 + floor(k * 420.0 / ${n}) + (k % 3) / 3.0`)),
    location: 'loc',
    sku: 'sku',
    client_id: 'client_id',
    expected: 'expected',
    counted: 'counted',
    operator_id: 'operator_id',
  });
  return `WITH ${ctes.join(',\n')}\nSELECT\n  ${select}\nFROM c`;
}

/**
 * Timesheets: one row per employee, scheduled day and activity, worked or absent. Work is the contractual day plus
 * some overtime (more on heavy days). It is booked, at the person's pace (PACE_RANGE, TEMP_PACE, INBOUND_PACE), to
 * `picking` for the lines the export names them on, to `receiving` and `putaway` for the pallets of the receipts
 * they are named on (one row per client of that work, so that the KPIs also hold per client), and the rest of the day to the role's other work (PICKER_SIDE_WORK
 * says why): pickers the side work of the day, receivers unloading, forklift drivers replenishment or loading,
 * loaders loading, leaders and clerks indirect. On a day with more work than hours, the work took the day's hours
 * (a faster pace). Overtime and cost are shared out over the rows in proportion to their hours; cost = hours × the
 * hourly cost (+ 25 % on overtime); paid leave and training cost their hours, sickness, accident and unjustified
 * absence nothing here.
 */
export function timesheetsSql(p: HistoryPlan): string {
  const r = new Draws(p.seed);
  const w = p.work;
  const side = pick(
    r.unit(SALT.forkliftActivity + 200, 'ei', 'e'),
    w.pickerSideWork.map(([a, weight]) => [lit(a), weight] as const),
  );
  const forklift = `CASE WHEN ${r.unit(SALT.forkliftActivity, 'ei', 'e')} < 0.6 THEN 'replenishment' ELSE 'loading' END`;
  const rest = `CASE role WHEN 'picker' THEN ${side} WHEN 'cold_room_operator' THEN ${side}
    WHEN 'receiver' THEN 'unloading' WHEN 'loader' THEN 'loading' WHEN 'forklift_driver' THEN ${forklift}
    ELSE 'indirect' END`;
  const absentAs = `CASE role WHEN 'picker' THEN 'picking' WHEN 'cold_room_operator' THEN 'picking'
    WHEN 'receiver' THEN 'receiving' WHEN 'loader' THEN 'loading' WHEN 'forklift_driver' THEN 'putaway'
    ELSE 'indirect' END`;
  const overtime = `CASE WHEN status = 'work' AND ${r.unit(SALT.overtime, 'ei', 'e')} < least(0.4, 0.09 + 0.35 * greatest(0, load - 1))
    THEN 0.5 * (1 + ${r.int(SALT.overtimeHours, 'ei', 'e')} % 4) ELSE 0 END`;
  const pace = `pace * CASE WHEN temp THEN ${TEMP_PACE} ELSE 1 END`;
  const ctes = [
    rosterCtes(p, r),
    presentCtes(),
    clientsCte(p),
    clientDaysCte(p),
    ...orderCtes(p, r),
    ...receiptCtes(p, r),
    `ts0 AS (SELECT ro.*, ${overtime} AS ot, ${pace} AS pc FROM ro)`,
    `ts1 AS (SELECT ts0.*, hpd + ot AS total,
        CASE WHEN status = 'work' THEN hour_cents * (hpd + 1.25 * ot) WHEN status IN ('paid_leave', 'training') THEN hour_cents * hpd ELSE 0 END AS cost
      FROM ts0)`,
    `wk0 AS (SELECT o.e, o.picker_id AS emp_id, 'picking' AS act, cl.client_id AS wclient, sum(o.size * cl.pick_min) AS std_min
        FROM o JOIN cl ON cl.ci = o.ci WHERE o.picker_id IS NOT NULL GROUP BY ALL
      UNION ALL SELECT e, operator_id, 'receiving', client_id, sum(plt) * ${w.receivingMinutesPerPallet} / ${INBOUND_PACE}
        FROM t WHERE operator_id IS NOT NULL GROUP BY ALL
      UNION ALL SELECT e, operator_id, 'putaway', client_id, sum(plt) * ${w.putawayMinutesPerPallet} / ${INBOUND_PACE}
        FROM t WHERE operator_id IS NOT NULL GROUP BY ALL)`,
    `wk AS (SELECT wk0.*, ts1.total, wk0.std_min / 60.0 / ts1.pc AS need,
        sum(wk0.std_min / 60.0 / ts1.pc) OVER (PARTITION BY wk0.e, wk0.emp_id) AS need_all
      FROM wk0 JOIN ts1 ON ts1.e = wk0.e AND ts1.emp_id = wk0.emp_id AND ts1.status = 'work')`,
    `rows0 AS (
      SELECT ts1.*, wk.act, COALESCE(wk.wclient, ts1.emp_client) AS row_client,
        wk.need * least(1.0, ts1.total / wk.need_all) AS h
      FROM wk JOIN ts1 ON ts1.e = wk.e AND ts1.emp_id = wk.emp_id AND ts1.status = 'work'
      UNION ALL
      SELECT ts1.*, CASE WHEN status = 'work' THEN ${rest} ELSE ${absentAs} END, ts1.emp_client,
        CASE WHEN status = 'work' THEN greatest(0, ts1.total - COALESCE(b.need_all, 0)) ELSE hpd END
      FROM ts1 LEFT JOIN (SELECT DISTINCT e AS b_e, emp_id AS b_emp, need_all FROM wk) b
        ON b.b_e = ts1.e AND b.b_emp = ts1.emp_id)`,
    `ts AS (SELECT *, round(h, 2) AS hours_r FROM rows0 WHERE round(h, 2) > 0)`,
  ];
  const select = project('timesheets', {
    day: `strftime(d, '%Y-%m-%d')`,
    employee_id: 'emp_id',
    team: `CASE WHEN NOT stand_in THEN team END`,
    activity: 'act',
    category: 'status',
    hours: 'hours_r',
    overtime_hours: `CASE WHEN status = 'work' THEN round(ot * h / total, 2) ELSE 0 END`,
    temp: `CASE WHEN temp THEN 'true' ELSE 'false' END`,
    client_id: 'row_client',
    cost_cents: `CAST(round(cost * h / CASE WHEN status = 'work' THEN total ELSE hpd END) AS BIGINT)`,
  });
  return `WITH ${ctes.join(',\n')}\nSELECT\n  ${select}\nFROM ts`;
}

/**
 * Incidents: on worked days, accidents with lost time at TF1 ≈ 32 (weighted by the role's risk) — the roster then
 * keeps the victim off for the lost days — and, per lost-time accident, about 1.2 without lost time, 2 first-aid
 * cases, 6 near misses and 1.5 property damages; plus the site model's recorded work accidents.
 */
export function incidentsSql(p: HistoryPlan): string {
  const r = new Draws(p.seed);
  const recorded =
    p.accidents.length === 0
      ? 'rec AS (SELECT CAST(NULL AS BIGINT) AS ei, CAST(NULL AS BIGINT) AS e, CAST(NULL AS BIGINT) AS lost WHERE false)'
      : `rec(ei, e, lost) AS (VALUES ${p.accidents.map((a) => `(${a.employee}, ${a.epoch}, ${a.lostDays})`).join(', ')})`;
  const ctes = [
    rosterCtes(p, r),
    recorded,
    `i0 AS (SELECT ro1.e, ro1.d, ro1.ei, ro1.emp_id, ${incidentKindSql()} AS kind,
        COALESCE(acc.lost, 0) AS lost, '' AS suffix
      FROM ro1 LEFT JOIN acc ON acc.ei = ro1.ei AND acc.e = ro1.e
      WHERE ro1.status0 = 'work' AND ro1.inc_x < ${INCIDENT_MULTIPLE}
      UNION ALL
      SELECT rec.e, DATE '1970-01-01' + CAST(rec.e AS INTEGER), rec.ei, em.emp_id, 'accident_lost_time', rec.lost, '-AT'
      FROM rec JOIN em ON em.ei = rec.ei)`,
  ];
  const select = project('incidents', {
    incident_id: `printf('INC-%s-%04d%s', ${dayCode('d')}, ei + 1, suffix)`,
    occurred_at: stamp(at('d', `360 + ${r.int(SALT.incidentTime, 'ei', 'e')} % 600`)),
    kind: 'kind',
    employee_id: `CASE WHEN kind = 'property_damage' AND ${r.unit(SALT.incidentTime + 100, 'ei', 'e')} < 0.5 THEN NULL ELSE emp_id END`,
    lost_days: `CASE WHEN kind = 'accident_lost_time' THEN lost ELSE 0 END`,
  });
  return `WITH ${ctes.join(',\n')}\nSELECT\n  ${select}\nFROM i0`;
}

/** Damages: Bernoulli trials per client-day summing to ≈ 0.02 % of the units shipped, 1–3 units each. */
export function damagesSql(p: HistoryPlan): string {
  const r = new Draws(p.seed);
  const ctes = [
    daysCte(p),
    clientsCte(p),
    skusCte(p),
    clientDaysCte(p),
    `g AS (SELECT x.*, dy.d, cl.code, cl.client_id, cl.unit_cents, cl.n_skus,
        1 + ${r.int(SALT.damageUnits, 'x.ci', 'x.e', 'x.k')} % 3 AS units
      FROM (SELECT e, ci, dmg_p, unnest(range(dmg_m)) AS k FROM cd) x JOIN dy ON dy.e = x.e JOIN cl ON cl.ci = x.ci
      WHERE ${r.unit(SALT.damage, 'x.ci', 'x.e', 'x.k')} < x.dmg_p)`,
    `gs AS (SELECT g.*, sk.sku FROM g JOIN sk ON sk.ci = g.ci AND sk.i = ${r.int(SALT.damageSku, 'g.ci', 'g.e', 'g.k')} % g.n_skus)`,
  ];
  const select = project('damages', {
    damage_id: `printf('DMG-%s-%s-%02d', code, ${dayCode('d')}, k + 1)`,
    occurred_at: stamp(at('d', `420 + ${r.int(SALT.damageTime, 'ci', 'e', 'k')} % 600`)),
    client_id: 'client_id',
    sku: 'sku',
    quantity: 'units',
    value_cents: 'units * unit_cents',
  });
  return `WITH ${ctes.join(',\n')}\nSELECT\n  ${select}\nFROM gs`;
}

/** Claims: ≈ 2 per 1,000 orders (three times more, mostly late deliveries, for the drifting client), 1–7 days later. */
export function claimsSql(p: HistoryPlan): string {
  const r = new Draws(p.seed);
  const c = p.drift.client;
  const drifting = `(ci = ${c.client.index} AND e >= ${c.startEpoch})`;
  const reason = pick(r.unit(SALT.claimReason, 'ci', 'e', 'k'), [
    ["'late'", 0.3],
    ["'incomplete'", 0.2],
    ["'wrong_item'", 0.2],
    ["'damaged'", 0.15],
    ["'documentation'", 0.1],
    ["'other'", 0.05],
  ]);
  const ctes = [
    daysCte(p),
    clientsCte(p),
    clientDaysCte(p),
    `q AS (SELECT x.*, dy.d, cl.code, cl.client_id,
        ${at(`dy.d + CAST(1 + ${r.int(SALT.claimDelay, 'x.ci', 'x.e', 'x.k')} % 7 AS INTEGER)`, `540 + ${r.int(SALT.claimTime, 'x.ci', 'x.e', 'x.k')} % 480`)} AS rec_ts
      FROM (SELECT e, ci, n_orders, clm_p, unnest(range(clm_m)) AS k FROM cd WHERE n_orders > 0) x
      JOIN dy ON dy.e = x.e JOIN cl ON cl.ci = x.ci
      WHERE ${r.unit(SALT.claim, 'x.ci', 'x.e', 'x.k')} < x.clm_p)`,
  ];
  const select = project('claims', {
    claim_id: `printf('RCL-%s-%s-%02d', code, ${dayCode('d')}, k + 1)`,
    received_at: stamp('rec_ts'),
    client_id: 'client_id',
    order_id: `printf('%s-%s-%05d', code, ${dayCode('d')}, ${r.int(SALT.claimOrder, 'ci', 'e', 'k')} % n_orders + 1)`,
    reason: `CASE WHEN ${drifting} AND ${r.unit(SALT.claimReason + 100, 'ci', 'e', 'k')} < 0.6 THEN 'late' ELSE ${reason} END`,
  });
  return `WITH ${ctes.join(',\n')}\nSELECT\n  ${select}\nFROM q WHERE rec_ts < TIMESTAMP ${lit(p.exportAt)}`;
}

/** Occupancy: per zone and working day, ≈ 86 % of its usable positions, following the stock level, 80–93 %. */
export function occupancySql(p: HistoryPlan): string {
  const r = new Draws(p.seed);
  const share = `least(0.93, greatest(0.8, 0.86 + offs + 0.08 * (stock - 1) + 0.006 * ${r.normal(SALT.occupancy1, SALT.occupancy2, 'zi', 'e')}))`;
  const ctes = [daysCte(p), zonesCte(p)];
  const select = project('occupancy', {
    day: `strftime(d, '%Y-%m-%d')`,
    zone_id: 'zone_id',
    occupied_positions: `CAST(round(usable * ${share}) AS BIGINT)`,
    usable_positions: 'usable',
  });
  return `WITH ${ctes.join(',\n')}\nSELECT\n  ${select}\nFROM dy CROSS JOIN zn`;
}

export const HISTORY_SQL: { readonly [K in HistoryKind]: (p: HistoryPlan) => string } = {
  order_lines: orderLinesSql,
  receipts: receiptsSql,
  inventory_counts: inventoryCountsSql,
  timesheets: timesheetsSql,
  incidents: incidentsSql,
  damages: damagesSql,
  claims: claimsSql,
  occupancy: occupancySql,
};

export { TF1_TARGET };
