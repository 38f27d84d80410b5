// One SQL statement (the same in DuckDB and PostgreSQL) that sums the history into the daily measures of measures.ts.
import { CLIENT_SCOPED, type Dimension, type EarnedHourStandards, MEASURES } from '@logipilot/domain';
import { literal } from './history-staging.ts';
import { historyTable } from './history-tables.ts';

export interface MeasureSqlQuery {
  siteId: string;
  /** Only this breakdown, within this client (rows carry `client`): a drill-down's figures read from the history. */
  within?: { dimension: Exclude<Dimension, 'site' | 'client'>; client: string };
  from: string;
  to: string;
  standards: EarnedHourStandards;
  /** employee id → team in the site model. */
  teams: ReadonlyMap<string, string>;
}

/** A base relation (columns day, and among client_id, activity, team, operator) and its measures' aggregates. */
interface Part {
  base: string;
  dimensions: readonly Dimension[];
  /** The base has a client_id: its activity, team and operator rows also exist per client. */
  byClient: boolean;
  measures: Record<string, string>;
}

const KEY_COLUMN: Record<Exclude<Dimension, 'site'>, string> = {
  client: 'client_id',
  activity: 'activity',
  team: 'team',
  operator: 'operator',
};

const WORK = "category = 'work'";
const INBOUND = "activity IN ('unloading', 'receiving', 'putaway')";
const OUTBOUND = "activity IN ('picking', 'packing', 'loading')";
const STANDARDISED = "activity IN ('picking', 'receiving', 'putaway')";
const ABSENCE = "category IN ('absence_sickness', 'absence_work_accident', 'absence_unjustified')";

function when(condition: string, value: string): string {
  return `sum(CASE WHEN ${condition} THEN ${value} ELSE 0 END)`;
}

function hoursBetween(later: string, earlier: string): string {
  return `(extract(epoch FROM ${later}) - extract(epoch FROM ${earlier})) / 3600.0`;
}

function partSql(part: Part): string {
  const dims = part.dimensions;
  const keyed = dims.filter((d): d is Exclude<Dimension, 'site'> => d !== 'site');
  // Activity, team and operator rows also exist within each client when the records name one (the drill-down).
  const scoped = part.byClient ? keyed.filter((d) => CLIENT_SCOPED.includes(d)) : [];
  const sets = [
    ...dims.map((d) => (d === 'site' ? '(day)' : `(day, ${KEY_COLUMN[d]})`)),
    ...scoped.map((d) => `(day, client_id, ${KEY_COLUMN[d]})`),
  ];
  // Most specific first: a (client, operator) set is an operator row scoped to a client.
  const order = [...keyed.filter((d) => d !== 'client'), ...keyed.filter((d) => d === 'client')];
  const dimension =
    order.length === 0
      ? "'site'"
      : `CASE ${order.map((d) => `WHEN GROUPING(${KEY_COLUMN[d]}) = 0 THEN '${d}'`).join(' ')} ELSE 'site' END`;
  const key =
    order.length === 0
      ? "''"
      : `CASE ${order.map((d) => `WHEN GROUPING(${KEY_COLUMN[d]}) = 0 THEN ${KEY_COLUMN[d]}`).join(' ')} ELSE '' END`;
  const client =
    scoped.length === 0
      ? "''"
      : `CASE WHEN GROUPING(client_id) = 0 AND (${scoped.map((d) => `GROUPING(${KEY_COLUMN[d]}) = 0`).join(' OR ')}) THEN client_id ELSE '' END`;
  const measures = MEASURES.map((m) => `${part.measures[m.id] ?? '0'} AS ${m.id}`);
  return `SELECT day, ${dimension} AS dimension, ${key} AS key, ${client} AS client, ${measures.join(', ')}
  FROM (${part.base}) b GROUP BY GROUPING SETS (${sets.join(', ')})`;
}

function teamsCte(teams: ReadonlyMap<string, string>): string {
  if (teams.size === 0)
    return 'teams AS (SELECT CAST(NULL AS VARCHAR) AS employee_id, CAST(NULL AS VARCHAR) AS team WHERE 1 = 0)';
  const rows = [...teams].map(([e, t]) => `(${literal(e)}, ${literal(t)})`);
  return `teams(employee_id, team) AS (VALUES ${rows.join(', ')})`;
}

/**
 * The statement: columns day (text), dimension, key, then every measure in MEASURES order. Rows whose key is
 * unknown (a line without picker has no operator row) are left out; the caller orders the rows.
 */
export function dailyMeasuresSql(q: MeasureSqlQuery): string {
  const site = literal(q.siteId);
  const from = `DATE ${literal(q.from)}`;
  const to = `DATE ${literal(q.to)}`;
  const {
    pickingMinutesPerLine: pick,
    receivingMinutesPerPallet: recv,
    putawayMinutesPerPallet: put,
  } = q.standards;
  const lines = historyTable('order_lines');
  const parts: Part[] = [
    {
      // Ten million lines are first summed per day, client and picker (a few hundred thousand groups): the grouping
      // sets and the team join then work on those sums, which are additive.
      base: `SELECT a.day, a.client_id, 'picking' AS activity, t.team, a.operator, a.n, a.ok, a.units
        FROM (SELECT pick_day AS day, client_id, picker_id AS operator, count(*) AS n,
            sum(CASE WHEN error THEN 0 ELSE 1 END) AS ok, sum(quantity_ordered) AS units
          FROM ${lines} WHERE site_id = ${site} AND pick_day BETWEEN ${from} AND ${to}
          GROUP BY pick_day, client_id, picker_id) a
        LEFT JOIN teams t ON t.employee_id = a.operator`,
      dimensions: ['site', 'client', 'activity', 'team', 'operator'],
      byClient: true,
      measures: {
        lines_picked: 'sum(n)',
        lines_picked_ok: 'sum(ok)',
        units_picked: 'sum(units)',
        earned_hours: `sum(n) * ${Number(pick)} / 60.0`,
      },
    },
    {
      base: `SELECT ship_day AS day, client_id, count(*) AS n,
          sum(CASE WHEN quantity_shipped IS NULL OR quantity_shipped >= quantity_ordered THEN 1 ELSE 0 END) AS complete,
          sum(CASE WHEN error THEN 1 ELSE 0 END) AS errors, sum(COALESCE(quantity_shipped, quantity_ordered)) AS units
        FROM ${lines} WHERE site_id = ${site} AND ship_day BETWEEN ${from} AND ${to}
        GROUP BY ship_day, client_id`,
      dimensions: ['site', 'client'],
      byClient: true,
      measures: {
        lines_shipped: 'sum(n)',
        lines_shipped_complete: 'sum(complete)',
        lines_shipped_error: 'sum(errors)',
        units_shipped: 'sum(units)',
      },
    },
    {
      // An order counts on the day of its last line shipped: any order of the period has a line shipped in it.
      // Orders are summed per day and client before the grouping sets.
      base: `SELECT day, client_id, count(*) AS n, sum(on_time) AS on_time, sum(complete) AS complete,
          sum(on_time * complete) AS otif, sum(1 - has_error) AS error_free, sum(cycle) AS cycle
        FROM (SELECT max(ship_day) AS day, min(client_id) AS client_id,
            CASE WHEN max(shipped_at) <= min(due_at) THEN 1 ELSE 0 END AS on_time,
            min(CASE WHEN quantity_shipped IS NULL OR quantity_shipped >= quantity_ordered THEN 1 ELSE 0 END) AS complete,
            max(CASE WHEN error THEN 1 ELSE 0 END) AS has_error,
            ${hoursBetween('max(shipped_at)', 'min(released_at)')} AS cycle
          FROM ${lines} WHERE site_id = ${site}
            AND order_id IN (SELECT order_id FROM ${lines} WHERE site_id = ${site} AND ship_day BETWEEN ${from} AND ${to})
          GROUP BY order_id HAVING count(*) = count(shipped_at) AND max(ship_day) BETWEEN ${from} AND ${to}) o
        GROUP BY day, client_id`,
      dimensions: ['site', 'client'],
      byClient: true,
      measures: {
        orders_shipped: 'sum(n)',
        orders_on_time: 'sum(on_time)',
        orders_complete: 'sum(complete)',
        orders_otif: 'sum(otif)',
        orders_error_free: 'sum(error_free)',
        order_cycle_hours: 'sum(cycle)',
      },
    },
    {
      base: `SELECT r.day, r.client_id, t.team, r.operator_id AS operator, r.pallets, r.cartons, r.put_away_at,
        r.unloaded_at FROM ${historyTable('receipts')} r LEFT JOIN teams t ON t.employee_id = r.operator_id
        WHERE r.site_id = ${site} AND r.day BETWEEN ${from} AND ${to}`,
      dimensions: ['site', 'client', 'team', 'operator'],
      byClient: true,
      measures: {
        receipts: 'count(*)',
        pallets_received: 'sum(pallets)',
        cartons_received: 'sum(cartons)',
        receipts_put_away: 'count(put_away_at)',
        dock_to_stock_hours: `COALESCE(sum(${hoursBetween('put_away_at', 'unloaded_at')}), 0)`,
        earned_hours: `sum(pallets) * ${Number(recv) + Number(put)} / 60.0`,
      },
    },
    {
      base: `SELECT day, client_id, 'receiving' AS activity, pallets * ${Number(recv)} / 60.0 AS earned
          FROM ${historyTable('receipts')} WHERE site_id = ${site} AND day BETWEEN ${from} AND ${to}
        UNION ALL SELECT day, client_id, 'putaway' AS activity, pallets * ${Number(put)} / 60.0 AS earned
          FROM ${historyTable('receipts')} WHERE site_id = ${site} AND day BETWEEN ${from} AND ${to}`,
      dimensions: ['activity'],
      byClient: true,
      measures: { earned_hours: 'sum(earned)' },
    },
    {
      base: `SELECT c.day, c.client_id, t.team, c.operator_id AS operator, c.expected, c.counted
        FROM ${historyTable('inventory_counts')} c LEFT JOIN teams t ON t.employee_id = c.operator_id
        WHERE c.site_id = ${site} AND c.day BETWEEN ${from} AND ${to}`,
      dimensions: ['site', 'client', 'team', 'operator'],
      byClient: true,
      measures: {
        locations_counted: 'count(*)',
        locations_accurate: when('counted = expected', '1'),
        units_expected: 'sum(expected)',
        units_discrepancy: 'sum(abs(counted - expected))',
      },
    },
    {
      base: `SELECT s.day, s.client_id, s.activity, COALESCE(NULLIF(s.team, ''), t.team) AS team,
        s.employee_id AS operator, s.category, s.hours, s.overtime_hours, s.temp, s.cost_cents
        FROM ${historyTable('timesheets')} s LEFT JOIN teams t ON t.employee_id = s.employee_id
        WHERE s.site_id = ${site} AND s.day BETWEEN ${from} AND ${to}`,
      dimensions: ['site', 'client', 'activity', 'team', 'operator'],
      byClient: true,
      measures: {
        hours_worked: when(WORK, 'hours'),
        hours_direct: when(`${WORK} AND activity <> 'indirect'`, 'hours'),
        hours_picking: when(`${WORK} AND activity = 'picking'`, 'hours'),
        hours_inbound: when(`${WORK} AND ${INBOUND}`, 'hours'),
        hours_outbound: when(`${WORK} AND ${OUTBOUND}`, 'hours'),
        hours_standardised: when(`${WORK} AND ${STANDARDISED}`, 'hours'),
        hours_overtime: when(WORK, 'overtime_hours'),
        hours_temp: when(`${WORK} AND temp`, 'hours'),
        hours_absence: when(ABSENCE, 'hours'),
        hours_contractual: `${when(WORK, 'hours - overtime_hours')} + ${when(`${ABSENCE} OR category = 'training'`, 'hours')}`,
        labour_cost_cents: 'sum(cost_cents)',
        inbound_cost_cents: when(`${WORK} AND ${INBOUND}`, 'cost_cents'),
      },
    },
    {
      base: `SELECT i.day, t.team, i.employee_id AS operator, i.kind, i.lost_days
        FROM ${historyTable('incidents')} i LEFT JOIN teams t ON t.employee_id = i.employee_id
        WHERE i.site_id = ${site} AND i.day BETWEEN ${from} AND ${to}`,
      dimensions: ['site', 'team', 'operator'],
      byClient: false,
      measures: {
        accidents_lost_time: when("kind = 'accident_lost_time'", '1'),
        accidents_no_lost_time: when("kind = 'accident_no_lost_time'", '1'),
        lost_days: when("kind IN ('accident_lost_time', 'accident_no_lost_time')", 'lost_days'),
        near_misses: when("kind = 'near_miss'", '1'),
      },
    },
    {
      base: `SELECT day, client_id, quantity, value_cents FROM ${historyTable('damages')}
        WHERE site_id = ${site} AND day BETWEEN ${from} AND ${to}`,
      dimensions: ['site', 'client'],
      byClient: true,
      measures: { units_damaged: 'sum(quantity)', damage_value_cents: 'sum(value_cents)' },
    },
    {
      base: `SELECT day, client_id FROM ${historyTable('claims')}
        WHERE site_id = ${site} AND day BETWEEN ${from} AND ${to}`,
      dimensions: ['site', 'client'],
      byClient: true,
      measures: { claims: 'count(*)' },
    },
    {
      base: `SELECT day, client_id, occupied_positions, usable_positions FROM ${historyTable('occupancy')}
        WHERE site_id = ${site} AND day BETWEEN ${from} AND ${to}`,
      dimensions: ['site', 'client'],
      byClient: true,
      measures: { positions_occupied: 'sum(occupied_positions)', positions_usable: 'sum(usable_positions)' },
    },
  ];
  const within = q.within;
  const chosen: Part[] = within
    ? parts
        .filter((p) => p.byClient && p.dimensions.includes(within.dimension))
        .map((p) => ({
          // The client filter sits above the base: DuckDB and PostgreSQL push it down to the scan.
          base: `SELECT * FROM (${p.base}) w WHERE client_id = ${literal(within.client)}`,
          dimensions: [within.dimension],
          byClient: false,
          measures: p.measures,
        }))
    : parts;
  const clientColumn = within ? literal(within.client) : 'client';
  const sums = MEASURES.map((m) => `CAST(COALESCE(sum(${m.id}), 0) AS DOUBLE PRECISION) AS ${m.id}`);
  return `WITH ${teamsCte(q.teams)}
SELECT CAST(day AS VARCHAR) AS day, dimension, key, ${clientColumn} AS client, ${sums.join(', ')}
FROM (${chosen.map(partSql).join('\nUNION ALL\n')}) u
WHERE key IS NOT NULL AND client IS NOT NULL
GROUP BY day, dimension, key, client`;
}
