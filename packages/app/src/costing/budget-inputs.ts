// Builds a year's budget drivers: monthly volumes (forecast, else last year's history) × standards × rates, + fixed costs.
import type { EventStore } from '@logipilot/db';
import type { Repositories } from '@logipilot/db/repositories/contract';
import {
  type Activity,
  type BudgetDriverLine,
  type BudgetFixedLine,
  type BudgetInput,
  type CostModel,
  DEFAULT_FLOW_ACTIVITY_MAP,
  DomainError,
  equipmentLicences,
  type FlowKind,
  findStandard,
  isFlowKind,
  qualificationFor,
  staffingRulesSchema,
  standardMinutesPerUnit,
  type UnitOfWork,
} from '@logipilot/domain';

/** Where a month's volumes come from: the forecast, last year's same month, both (part-covered month), or nothing. */
export type VolumeSource = 'forecast' | 'history' | 'mixed' | 'none';

export interface BudgetBasisMonth {
  month: string;
  source: VolumeSource;
  /** Days of the month the forecast covers. */
  forecastDays: number;
  days: number;
  /** The year whose same month the history volumes come from (last year, else the year before). */
  historyYear?: number;
}

export interface BudgetIssue {
  code: 'BUDGET_STANDARD_MISSING' | 'BUDGET_RATE_MISSING' | 'BUDGET_NO_VOLUME' | 'BUDGET_ACTUALS_UNMATCHED';
  params: Record<string, string | number>;
}

export interface BudgetBasis {
  months: BudgetBasisMonth[];
  issues: BudgetIssue[];
  /** Paid hours per productive direct hour: (1 + indirect share) / (1 − non-productive share). */
  paidHoursFactor: number;
}

export const MIN_BUDGET_YEAR = 2000;
export const MAX_BUDGET_YEAR = 2100;

const pad = (n: number): string => String(n).padStart(2, '0');
export const monthsOf = (year: number): string[] =>
  Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function assertBudgetYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_BUDGET_YEAR || year > MAX_BUDGET_YEAR)
    throw new DomainError('BUDGET_YEAR_INVALID', {
      field: 'year',
      params: { value: String(year), min: MIN_BUDGET_YEAR, max: MAX_BUDGET_YEAR },
    });
}

/** (client|flow) → 12 monthly quantities. */
type Volumes = Map<string, number[]>;

function addTo(map: Volumes, key: string, month: number, quantity: number): void {
  let row = map.get(key);
  if (!row) {
    row = Array.from({ length: 12 }, () => 0);
    map.set(key, row);
  }
  row[month] = (row[month] ?? 0) + quantity;
}

/**
 * Monthly volumes of the year per client and flow. A month fully covered by the forecast takes the forecast; a month
 * it does not touch takes the same month of last year's history (of the year before when last year's is not measured
 * yet); a month it covers in part takes the forecast days plus that month prorated to the days left. The months' sources are reported, so nobody mistakes N−1 for a
 * forecast.
 */
async function yearVolumes(
  repos: Repositories,
  events: EventStore | undefined,
  siteId: string,
  year: number,
): Promise<{ volumes: Volumes; months: BudgetBasisMonth[] }> {
  const forecast = await repos.plans.forecastDays(siteId, { from: `${year}-01-01`, to: `${year}-12-31` });
  const coveredDays = Array.from({ length: 12 }, () => new Set<string>());
  const volumes: Volumes = new Map();
  for (const f of forecast) {
    const m = Number(f.day.slice(5, 7)) - 1;
    coveredDays[m]?.add(f.day);
    addTo(volumes, `${f.clientId}|${f.flow}`, m, f.quantity);
  }
  const months = monthsOf(year).map((month, m): BudgetBasisMonth => {
    const days = daysIn(year, m + 1);
    const forecastDays = coveredDays[m]?.size ?? 0;
    return {
      month,
      days,
      forecastDays,
      source: forecastDays >= days ? 'forecast' : forecastDays > 0 ? 'mixed' : 'history',
    };
  });
  if (events && months.some((m) => m.source !== 'forecast')) {
    // The same month of last year, else of the year before (a site whose history starts mid-year).
    const history = await events.aggregateFlows({
      siteId,
      period: 'month',
      from: `${year - 2}-01-01`,
      to: `${year - 1}-12-31`,
    });
    const measured = new Set<string>();
    for (const h of history) if (h.quantity > 0) measured.add(h.period.slice(0, 7));
    const yearOf = months.map((_b, m) => {
      const mm = pad(m + 1);
      if (measured.has(`${year - 1}-${mm}`)) return year - 1;
      if (measured.has(`${year - 2}-${mm}`)) return year - 2;
      return null;
    });
    for (const h of history) {
      const m = Number(h.period.slice(5, 7)) - 1;
      const basis = months[m];
      if (!basis || basis.source === 'forecast' || !isFlowKind(h.flow)) continue;
      if (Number(h.period.slice(0, 4)) !== yearOf[m]) continue;
      const share = (basis.days - basis.forecastDays) / basis.days;
      addTo(volumes, `${h.clientId}|${h.flow}`, m, h.quantity * share);
    }
    months.forEach((b, m) => {
      const from = yearOf[m];
      if (b.source === 'forecast') return;
      if (from === null || from === undefined) {
        if (b.source === 'history') b.source = 'none';
      } else b.historyYear = from;
    });
  } else {
    for (const b of months) if (b.source === 'history') b.source = 'none';
  }
  return { volumes, months };
}

/** The year's own measured volumes (the event history), month by month: what actually went through the site. */
async function measuredVolumes(
  events: EventStore | undefined,
  siteId: string,
  year: number,
): Promise<{ volumes: Volumes; months: BudgetBasisMonth[] }> {
  const volumes: Volumes = new Map();
  const seen = new Set<number>();
  const history = events
    ? await events.aggregateFlows({ siteId, period: 'month', from: `${year}-01-01`, to: `${year}-12-31` })
    : [];
  for (const h of history) {
    if (!isFlowKind(h.flow)) continue;
    const m = Number(h.period.slice(5, 7)) - 1;
    if (h.quantity > 0) seen.add(m);
    addTo(volumes, `${h.clientId}|${h.flow}`, m, h.quantity);
  }
  const months = monthsOf(year).map(
    (month, m): BudgetBasisMonth => ({
      month,
      days: daysIn(year, m + 1),
      forecastDays: 0,
      source: seen.has(m) ? 'history' : 'none',
      historyYear: year,
    }),
  );
  return { volumes, months };
}

/**
 * The year's budget input. Standard paid hours per unit SH = standard minutes (with PF&D and efficiency) / 60 ×
 * (1 + indirect share) / (1 − non-productive share) (productivity-costing §3); SR = the loaded cost per paid hour of
 * the qualification doing the activity (rate table); fixed lines = the cost model's fixed costs, every month.
 */
export async function buildBudgetInput(
  repos: Repositories,
  events: EventStore | undefined,
  siteId: string,
  year: number,
  model: CostModel | null,
  options: { volumes?: 'planned' | 'measured' } = {},
): Promise<{ input: BudgetInput; basis: BudgetBasis }> {
  assertBudgetYear(year);
  const [standards, rates, costCentres, equipmentTypes, { volumes, months }] = await Promise.all([
    repos.standards.all(siteId),
    repos.rates.all(siteId),
    repos.costCentres.all(siteId),
    repos.equipmentTypes.all(siteId),
    options.volumes === 'measured'
      ? measuredVolumes(events, siteId, year)
      : yearVolumes(repos, events, siteId, year),
  ]);
  const baseRules = staffingRulesSchema.parse({});
  const rules = staffingRulesSchema.parse({
    equipmentLicences: { ...baseRules.equipmentLicences, ...equipmentLicences(equipmentTypes) },
  });
  const paidHoursFactor = (1 + rules.indirectShare) / (1 - rules.nonProductiveShare);
  const centreOfClient = new Map(
    costCentres.filter((c) => c.clientId !== null).map((c) => [c.clientId as string, c.code]),
  );
  const shared =
    model?.sharedCostCentre ??
    costCentres.find((c) => c.clientId === null)?.code ??
    costCentres[0]?.code ??
    'SITE';
  const rateOf = new Map(rates.map((r) => [r.qualification, r.loadedHourlyCostCents]));
  const issues: BudgetIssue[] = [];
  const reported = new Set<string>();
  const report = (issue: BudgetIssue): void => {
    const key = `${issue.code}|${JSON.stringify(issue.params)}`;
    if (!reported.has(key)) issues.push(issue);
    reported.add(key);
  };

  const drivers = new Map<string, BudgetDriverLine>();
  for (const [key, monthly] of [...volumes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [clientId = '', flow = ''] = key.split('|');
    const work = DEFAULT_FLOW_ACTIVITY_MAP[flow as FlowKind];
    if (!work) continue;
    const standard = findStandard(standards, work.activity, work.method, work.unit, null);
    if (!standard) {
      report({
        code: 'BUDGET_STANDARD_MISSING',
        params: { activity: work.activity, method: work.method, unit: work.unit },
      });
      continue;
    }
    const { qualification } = qualificationFor(work.activity, null, rules);
    const rate = rateOf.get(qualification);
    if (rate === undefined) {
      report({ code: 'BUDGET_RATE_MISSING', params: { activity: work.activity, qualification } });
      continue;
    }
    const costCentre = centreOfClient.get(clientId) ?? shared;
    const lineKey = `${costCentre}|${work.activity}/${work.unit}`;
    const line = drivers.get(lineKey) ?? {
      costCentre,
      activity: work.activity as Activity,
      unit: work.unit as UnitOfWork,
      qualification,
      volumes: Array.from({ length: 12 }, () => 0),
      // Rounded to 6 decimals: exact arithmetic downstream must not inherit binary noise of the division.
      standardHoursPerUnit: Number(((standardMinutesPerUnit(standard) / 60) * paidHoursFactor).toFixed(6)),
      rateCentsPerHour: rate,
    };
    monthly.forEach((q, m) => {
      line.volumes[m] = (line.volumes[m] ?? 0) + q;
    });
    drivers.set(lineKey, line);
  }
  // Volumes are units of work: whole units, rounded once per month and line.
  for (const line of drivers.values()) line.volumes = line.volumes.map((v) => Math.round(v));
  if (drivers.size === 0) report({ code: 'BUDGET_NO_VOLUME', params: { year } });

  const fixed: BudgetFixedLine[] = (model?.fixedCosts ?? []).map((f) => ({
    costCentre: f.costCentre,
    key: f.id,
    monthlyCents: Array.from({ length: 12 }, () => f.centsPerMonth),
  }));
  return {
    input: { year, drivers: [...drivers.values()], fixed },
    basis: { months, issues, paidHoursFactor },
  };
}
