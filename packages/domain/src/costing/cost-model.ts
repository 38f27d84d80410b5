// Activity-based cost model (TDABC): resources with rates, activities consuming them, unit costs traceable to the cent.
import { z } from 'zod';
import {
  ACTIVITIES,
  type Activity,
  productivityStandardSchema,
  type UnitOfWork,
} from '../planning/activity.ts';
import { DomainError } from '../shared/errors.ts';
import { centsSchema, idSchema } from '../shared/schema-parts.ts';
import type { EurCents } from '../shared/units.ts';
import { type TemperatureClass, temperatureClassSchema } from '../site/zone.ts';
import {
  add,
  div,
  fromDecimal,
  int,
  isZero,
  mul,
  ONE,
  type Ratio,
  roundHalfAway,
  sub,
  sum,
} from './exact-ratio.ts';
import { loadedCostInputSchema, loadedHourlyCostExact } from './loaded-cost.ts';

/** Schema violation; `field` is the dotted path (e.g. `activities.0.tempShare`). */
export const COST_MODEL_INVALID = 'COST_MODEL_INVALID';
/** An activity or storage line names a labour, equipment or energy resource the model does not define. */
export const COST_MODEL_UNKNOWN_RESOURCE = 'COST_MODEL_UNKNOWN_RESOURCE';
/** Two resources (or two activity × unit lines, or two storage classes) share the same key. */
export const COST_MODEL_DUPLICATE_KEY = 'COST_MODEL_DUPLICATE_KEY';

/** Weeks per year used to turn yearly space costs into a pallet-week rate. */
export const WEEKS_PER_YEAR = 52;

const share = z.number().min(0).max(1);
const positive = z.number().positive().max(1_000_000);

export const labourResourceSchema = z.strictObject({
  id: idSchema,
  /** Job role or licence key, as in the rate table (picker, "R489:5"…). */
  qualification: z.string().min(1).max(50),
  /** Permanent staff: loaded cost per productive hour from labour.md §3.4. */
  permanent: loadedCostInputSchema,
  /** Temps: gross hourly wage × agency coefficient (labour.md §3.5), on the permanent gross wage unless given. */
  tempGrossHourlyCents: centsSchema.optional(),
  tempAgencyCoefficient: z.number().min(1).max(3).default(1.95),
  /** Temp output relative to a trained permanent (0.9 = 10 % slower); the invoice is divided by it. */
  tempProductivityFactor: z.number().positive().max(1.5).default(1),
});

export const equipmentResourceSchema = z.discriminatedUnion('billing', [
  z.strictObject({
    id: idSchema,
    billing: z.literal('per_operating_hour'),
    costPerOperatingHourCents: centsSchema,
  }),
  z.strictObject({
    id: idSchema,
    billing: z.literal('per_month'),
    /** Long-term rental incl. maintenance and energy, per month. */
    costPerMonthCents: centsSchema,
    /** Hours the truck actually runs per month, the driver its monthly cost is spread over. */
    operatingHoursPerMonth: positive,
  }),
]);

export const energyRateSchema = z.discriminatedUnion('basis', [
  z.strictObject({
    temperatureClass: temperatureClassSchema,
    basis: z.literal('m2'),
    centsPerM2PerYear: centsSchema,
  }),
  z.strictObject({
    temperatureClass: temperatureClassSchema,
    basis: z.literal('m3'),
    centsPerM3PerYear: centsSchema,
  }),
]);

export const overheadSchema = z.discriminatedUnion('basis', [
  z.strictObject({
    id: idSchema,
    basis: z.literal('percent_of_direct'),
    /** 0.12 = 12 % of the direct cost (labour, equipment, consumables; building, energy, racking for storage). */
    share,
  }),
  z.strictObject({
    id: idSchema,
    basis: z.literal('per_head'),
    costPerHeadPerMonthCents: centsSchema,
    /** Productive hours one head delivers per month; the per-head cost is charged per labour hour. */
    productiveHoursPerHeadPerMonth: positive,
  }),
]);

export const costActivitySchema = z.strictObject({
  activity: z.enum(ACTIVITIES),
  /** Engineered standard: minutes × (1 + PF&D) / efficiency per unit of work (productivity-costing §1). */
  standard: productivityStandardSchema.pick({
    unit: true,
    minutesPerUnit: true,
    allowancePfd: true,
    efficiency: true,
  }),
  labourId: idSchema,
  /** Share of the activity's hours worked by temps. */
  tempShare: share.default(0),
  equipment: z
    .array(z.strictObject({ equipmentId: idSchema, minutesPerUnit: z.number().min(0).max(10_000) }))
    .default([]),
  /** Film, labels, cartons per unit of work (charged directly). */
  consumablesCentsPerUnit: z.number().min(0).max(1_000_000).default(0),
});

export const storageSchema = z.strictObject({
  temperatureClass: temperatureClassSchema,
  /** Floor per pallet position, aisles and docks share included. */
  m2PerPalletPosition: z.number().positive().max(100),
  /** Clear height, used when the energy rate is per m³. */
  clearHeightM: z.number().positive().max(60).default(10),
  /** Racking depreciation per pallet position per year. */
  rackingCentsPerPositionPerYear: centsSchema.default(0),
});

/** What a fixed monthly cost of the site budget is for (budget prévisionnel: frais fixes). */
export const FIXED_COST_KINDS = [
  'rent',
  'equipment',
  'energy',
  'it',
  'supervision',
  'maintenance',
  'insurance',
  'other',
] as const;
export type FixedCostKind = (typeof FIXED_COST_KINDS)[number];

/** A fixed cost of the site budget, charged every month to one cost centre (by its code). */
export const fixedCostSchema = z.strictObject({
  id: idSchema,
  costCentre: z.string().min(1).max(50),
  kind: z.enum(FIXED_COST_KINDS),
  centsPerMonth: centsSchema,
});
export type FixedCost = z.infer<typeof fixedCostSchema>;

export const costModelSchema = z.strictObject({
  labour: z.array(labourResourceSchema).min(1),
  equipment: z.array(equipmentResourceSchema).default([]),
  building: z.strictObject({
    id: idSchema,
    /** Rent + property tax + service charges per m² per year. */
    centsPerM2PerYear: centsSchema,
  }),
  energy: z.array(energyRateSchema).default([]),
  it: z.array(z.strictObject({ id: idSchema, costPerMonthCents: centsSchema })).default([]),
  overheads: z.array(overheadSchema).default([]),
  /** Practical capacity: productive labour hours per month (TDABC), the driver of IT cost. */
  practicalLabourHoursPerMonth: positive,
  activities: z.array(costActivitySchema).default([]),
  storage: z.array(storageSchema).default([]),
  /** Fixed monthly costs of the site budget (rent, rentals, IT, supervision…), by cost centre. */
  fixedCosts: z.array(fixedCostSchema).default([]),
  /** Cost centre (code) that carries the work of clients without a cost centre of their own. */
  sharedCostCentre: z.string().min(1).max(50).optional(),
});
export type CostModelInput = z.input<typeof costModelSchema>;
export type CostModel = z.output<typeof costModelSchema>;

export type CostLineKind =
  | 'labour_permanent'
  | 'labour_temp'
  | 'equipment'
  | 'consumables'
  | 'it'
  | 'overhead'
  | 'building'
  | 'energy'
  | 'racking'
  | 'rounding';

/** One traceable line: `resource` is the id of the resource (or `rounding`), `cents` rounded once from exact. */
export interface CostLine {
  resource: string;
  kind: CostLineKind;
  cents: EurCents;
}

export interface ActivityUnitCost {
  activity: Activity;
  unit: UnitOfWork;
  costPerUnitCents: EurCents;
  /** The exact cost to a ten-thousandth of a cent, for prices of a few cents (picking per unit) that rounding would bend. */
  costPerUnitPreciseCents: number;
  /** Its labour part (permanent and temps), to the same precision: what a productivity change moves. */
  labourPreciseCents: number;
  breakdown: CostLine[];
}

export interface StorageUnitCost {
  temperatureClass: TemperatureClass;
  unit: 'pallet_week';
  costPerUnitCents: EurCents;
  costPerUnitPreciseCents: number;
  breakdown: CostLine[];
}

function invalid(code: string, field: string, params: Record<string, string | number>): DomainError {
  return new DomainError(code, { field, params: { field, ...params } });
}

/** Parses and cross-checks a model; throws DomainError naming the first offending field (all in `details`). */
export function parseCostModel(input: unknown): CostModel {
  const parsed = costModelSchema.safeParse(input);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      return { code: COST_MODEL_INVALID, field, params: { field, issue: issue.code } };
    });
    const first = details[0];
    throw new DomainError(COST_MODEL_INVALID, {
      ...(first ? { field: first.field, params: first.params } : {}),
      details,
    });
  }
  const model = parsed.data;
  const ids = new Set<string>();
  const resources: [string, { id: string }[]][] = [
    ['labour', model.labour],
    ['equipment', model.equipment],
    ['building', [model.building]],
    ['it', model.it],
    ['overheads', model.overheads],
    ['fixedCosts', model.fixedCosts],
  ];
  for (const [group, list] of resources) {
    list.forEach((r, i) => {
      if (ids.has(r.id)) throw invalid(COST_MODEL_DUPLICATE_KEY, `${group}.${i}.id`, { key: r.id });
      ids.add(r.id);
    });
  }
  const classes = new Set<string>();
  model.energy.forEach((e, i) => {
    if (classes.has(e.temperatureClass)) {
      throw invalid(COST_MODEL_DUPLICATE_KEY, `energy.${i}.temperatureClass`, { key: e.temperatureClass });
    }
    classes.add(e.temperatureClass);
  });
  const labourIds = new Set(model.labour.map((l) => l.id));
  const equipmentIds = new Set(model.equipment.map((e) => e.id));
  const lines = new Set<string>();
  model.activities.forEach((a, i) => {
    const key = `${a.activity}/${a.standard.unit}`;
    if (lines.has(key)) throw invalid(COST_MODEL_DUPLICATE_KEY, `activities.${i}`, { key });
    lines.add(key);
    if (!labourIds.has(a.labourId)) {
      throw invalid(COST_MODEL_UNKNOWN_RESOURCE, `activities.${i}.labourId`, { key: a.labourId });
    }
    a.equipment.forEach((e, j) => {
      if (!equipmentIds.has(e.equipmentId)) {
        throw invalid(COST_MODEL_UNKNOWN_RESOURCE, `activities.${i}.equipment.${j}.equipmentId`, {
          key: e.equipmentId,
        });
      }
    });
  });
  const storageClasses = new Set<string>();
  model.storage.forEach((s, i) => {
    if (storageClasses.has(s.temperatureClass)) {
      throw invalid(COST_MODEL_DUPLICATE_KEY, `storage.${i}.temperatureClass`, { key: s.temperatureClass });
    }
    storageClasses.add(s.temperatureClass);
    if (!classes.has(s.temperatureClass)) {
      throw invalid(COST_MODEL_UNKNOWN_RESOURCE, `storage.${i}.temperatureClass`, {
        key: s.temperatureClass,
      });
    }
  });
  return model;
}

const SIXTY = int(60);

/** Exact cost per labour minute of permanent staff and of temps for one labour resource. */
function labourMinuteRates(l: CostModel['labour'][number]): { permanent: Ratio; temp: Ratio } {
  const permanent = div(loadedHourlyCostExact(l.permanent).perProductiveHour, SIXTY);
  const gross = int(l.tempGrossHourlyCents ?? l.permanent.hourlyGrossCents);
  const tempHour = div(
    mul(gross, fromDecimal(l.tempAgencyCoefficient)),
    fromDecimal(l.tempProductivityFactor),
  );
  return { permanent, temp: div(tempHour, SIXTY) };
}

function equipmentMinuteRate(e: CostModel['equipment'][number]): Ratio {
  const perHour =
    e.billing === 'per_operating_hour'
      ? int(e.costPerOperatingHourCents)
      : div(int(e.costPerMonthCents), fromDecimal(e.operatingHoursPerMonth));
  return div(perHour, SIXTY);
}

interface ExactLine {
  resource: string;
  kind: CostLineKind;
  exact: Ratio;
}

/** Ten-thousandths of a cent: enough for any unit price, short enough for JSON and spreadsheets. */
const PRECISE = int(10_000);

/** Rounds each line once and adds a `rounding` line so that the lines sum to the rounded exact total. */
function settle(lines: ExactLine[]): { total: EurCents; precise: number; breakdown: CostLine[] } {
  const kept = lines.filter((l) => !isZero(l.exact));
  const exact = sum(kept.map((l) => l.exact));
  const total = roundHalfAway(exact);
  const precise = roundHalfAway(mul(exact, PRECISE)) / 10_000;
  const breakdown: CostLine[] = kept.map((l) => ({
    resource: l.resource,
    kind: l.kind,
    cents: roundHalfAway(l.exact) as EurCents,
  }));
  const residual = total - breakdown.reduce((acc, l) => acc + l.cents, 0);
  breakdown.push({ resource: 'rounding', kind: 'rounding', cents: residual as EurCents });
  return { total: total as EurCents, precise, breakdown };
}

function overheadLines(model: CostModel, direct: Ratio, labourMinutes: Ratio): ExactLine[] {
  return model.overheads.map((o) => ({
    resource: o.id,
    kind: 'overhead' as const,
    exact:
      o.basis === 'percent_of_direct'
        ? mul(direct, fromDecimal(o.share))
        : mul(
            labourMinutes,
            div(int(o.costPerHeadPerMonthCents), mul(fromDecimal(o.productiveHoursPerHeadPerMonth), SIXTY)),
          ),
  }));
}

/**
 * Cost per unit of work of each activity (TDABC: standard minutes × cost rate of each resource):
 * - labour = std_min × [(1 − temp_share) × permanent loaded cost per productive hour + temp_share × temp
 *   gross × coefficient / temp productivity] / 60
 * - equipment = minutes per unit × cost per operating hour / 60 (monthly rental / operating hours per month)
 * - IT = std_min × monthly IT cost / (practical labour hours per month × 60)
 * - overhead = share × (labour + equipment + consumables), or std_min × per-head cost / (hours per head × 60)
 * Each line is rounded once from its exact value; `rounding` holds the residual to the rounded exact total.
 */
export function unitCosts(input: CostModelInput): ActivityUnitCost[] {
  const model = parseCostModel(input);
  const labourById = new Map(model.labour.map((l) => [l.id, l]));
  const equipmentById = new Map(model.equipment.map((e) => [e.id, e]));
  return model.activities.map((a) => {
    const labour = labourById.get(a.labourId);
    if (!labour) throw invalid(COST_MODEL_UNKNOWN_RESOURCE, 'labourId', { key: a.labourId });
    const rates = labourMinuteRates(labour);
    const s = a.standard;
    const minutes = div(
      mul(fromDecimal(s.minutesPerUnit), add(ONE, fromDecimal(s.allowancePfd))),
      fromDecimal(s.efficiency),
    );
    const tempShare = fromDecimal(a.tempShare);
    const direct: ExactLine[] = [
      {
        resource: labour.id,
        kind: 'labour_permanent',
        exact: mul(mul(minutes, sub(ONE, tempShare)), rates.permanent),
      },
      { resource: labour.id, kind: 'labour_temp', exact: mul(mul(minutes, tempShare), rates.temp) },
      ...a.equipment.map((use) => {
        const equipment = equipmentById.get(use.equipmentId);
        if (!equipment) throw invalid(COST_MODEL_UNKNOWN_RESOURCE, 'equipmentId', { key: use.equipmentId });
        return {
          resource: equipment.id,
          kind: 'equipment' as const,
          exact: mul(fromDecimal(use.minutesPerUnit), equipmentMinuteRate(equipment)),
        };
      }),
      { resource: 'consumables', kind: 'consumables', exact: fromDecimal(a.consumablesCentsPerUnit) },
    ];
    const itCapacityMinutes = mul(fromDecimal(model.practicalLabourHoursPerMonth), SIXTY);
    const it: ExactLine[] = model.it.map((r) => ({
      resource: r.id,
      kind: 'it',
      exact: mul(minutes, div(int(r.costPerMonthCents), itCapacityMinutes)),
    }));
    const directTotal = sum(direct.map((l) => l.exact));
    const { total, precise, breakdown } = settle([
      ...direct,
      ...it,
      ...overheadLines(model, directTotal, minutes),
    ]);
    const labourExact = sum(
      direct.filter((l) => l.kind === 'labour_permanent' || l.kind === 'labour_temp').map((l) => l.exact),
    );
    return {
      activity: a.activity,
      unit: s.unit,
      costPerUnitCents: total,
      costPerUnitPreciseCents: precise,
      labourPreciseCents: roundHalfAway(mul(labourExact, PRECISE)) / 10_000,
      breakdown,
    };
  });
}

/**
 * Cost of one pallet position for one week per temperature class:
 * building = m²/position × rent per m² per year / 52; energy = m²/position (× clear height when per m³) ×
 * energy rate / 52; racking = racking per position per year / 52; overhead = share × (their sum).
 * Same rounding rule as `unitCosts`.
 */
export function storageCosts(input: CostModelInput): StorageUnitCost[] {
  const model = parseCostModel(input);
  const weeks = int(WEEKS_PER_YEAR);
  return model.storage.map((s) => {
    const m2 = fromDecimal(s.m2PerPalletPosition);
    const energy = model.energy.find((e) => e.temperatureClass === s.temperatureClass);
    if (!energy) throw invalid(COST_MODEL_UNKNOWN_RESOURCE, 'temperatureClass', { key: s.temperatureClass });
    const energyPerYear =
      energy.basis === 'm2'
        ? mul(m2, int(energy.centsPerM2PerYear))
        : mul(mul(m2, fromDecimal(s.clearHeightM)), int(energy.centsPerM3PerYear));
    const direct: ExactLine[] = [
      {
        resource: model.building.id,
        kind: 'building',
        exact: div(mul(m2, int(model.building.centsPerM2PerYear)), weeks),
      },
      { resource: `energy:${s.temperatureClass}`, kind: 'energy', exact: div(energyPerYear, weeks) },
      { resource: 'racking', kind: 'racking', exact: div(int(s.rackingCentsPerPositionPerYear), weeks) },
    ];
    const directTotal = sum(direct.map((l) => l.exact));
    const overheads = overheadLines(model, directTotal, { n: 0n, d: 1n });
    const { total, precise, breakdown } = settle([...direct, ...overheads]);
    return {
      temperatureClass: s.temperatureClass,
      unit: 'pallet_week' as const,
      costPerUnitCents: total,
      costPerUnitPreciseCents: precise,
      breakdown,
    };
  });
}
