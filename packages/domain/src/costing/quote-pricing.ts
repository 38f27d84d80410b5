// Quotation pricing engine: activity costs of a client's request → price grid excl. VAT, fees, bands, simulation, break-even.
import { z } from 'zod';
import type { Activity, UnitOfWork } from '../planning/activity.ts';
import { DEFAULT_FLOW_ACTIVITY_MAP } from '../planning/flow-activity.ts';
import { DomainError } from '../shared/errors.ts';
import type { FlowKind } from '../shared/flows.ts';
import { centsSchema } from '../shared/schema-parts.ts';
import type { EurCents } from '../shared/units.ts';
import { TEMPERATURE_CLASSES, type TemperatureClass } from '../site/zone.ts';
import {
  type ActivityUnitCost,
  type CostLine,
  type CostModelInput,
  parseCostModel,
  type StorageUnitCost,
  storageCosts,
  unitCosts,
  WEEKS_PER_YEAR,
} from './cost-model.ts';
import {
  add,
  div,
  fromDecimal,
  int,
  mul,
  ONE,
  type Ratio,
  roundHalfAway,
  sub,
  sum,
  toNumber,
  ZERO,
} from './exact-ratio.ts';
import { loadedHourlyCostExact } from './loaded-cost.ts';
import type { QuoteRequest, QuoteService, StorageBillingUnit } from './quote-request.ts';

/** Codes `priceQuote` can throw; sentences in errors-quote.json. */
export const QUOTE_PRICING_ERROR_CODES = [
  'QUOTE_COST_MISSING',
  'QUOTE_STORAGE_COST_MISSING',
  'QUOTE_TERMS_INVALID',
  'QUOTE_INDEXATION_SHARES_NOT_ONE',
  'QUOTE_OVERRIDE_INVALID',
] as const;
export type QuotePricingErrorCode = (typeof QUOTE_PRICING_ERROR_CODES)[number];

const share = z.number().min(0).max(1);

/** Price revision P_n = P_0 × (a + b·L_n/L_0 + c·E_n/E_0 + d·R_n/R_0), a + b + c + d = 1 (productivity-costing §5). */
export const quoteIndexationSchema = z
  .strictObject({
    /** a: the non-revisable part. */
    fixedShare: share.default(0.15),
    /** b: weight of the labour cost index. */
    labourShare: share.default(0.6),
    /** c: weight of the energy index (heavier for cold stores). */
    energyShare: share.default(0.1),
    /** d: weight of the rent index. */
    rentShare: share.default(0.15),
    /** INSEE hourly labour cost index (ICHT), transport & storage. */
    labourIndex: z.string().min(1).max(40).default('ICHT_TS'),
    energyIndex: z.string().min(1).max(40).default('ELECTRICITY'),
    /** Indice des loyers des activités tertiaires. */
    rentIndex: z.string().min(1).max(40).default('ILAT'),
  })
  .refine(
    (x) => {
      const total = sum([x.fixedShare, x.labourShare, x.energyShare, x.rentShare].map(fromDecimal));
      return total.n === total.d;
    },
    { message: 'QUOTE_INDEXATION_SHARES_NOT_ONE' },
  );

export const quoteTermsSchema = z.strictObject({
  vatRate: share.default(0.2),
  validityDays: z.number().int().min(1).max(730).default(90),
  /** French LME caps payment at 45 days end of month (or 60 days from the invoice date). */
  paymentTermsDays: z.number().int().min(0).max(120).default(45),
  paymentEndOfMonth: z.boolean().default(true),
  indexation: quoteIndexationSchema.prefault({}),
  /** One-off transfer, IT integration and training cost, recovered by the start-up fee. */
  startUpCostCents: centsSchema.default(1_500_000),
  /** Account management, dedicated supervision and IT that no unit cost carries, per month. */
  contractFixedCentsPerMonth: centsSchema.default(450_000),
  /** Ad-hoc hour = loaded cost per productive hour of the picking labour × (1 + uplift), then the margin. */
  adHocHourlyUplift: z.number().min(0).max(3).default(0.3),
  /** Volumes within ±this % of the profile keep the grid prices; also the edges of the volume bands. */
  volumeTolerancePct: z.number().min(1).max(50).default(15),
  /** ADR pallets cost this much more to store (segregated cells, retention). */
  hazardStorageUplift: z.number().min(0).max(5).default(0.5),
  /** Minimum monthly fee = management fee + this share of an average month's variable revenue. */
  minimumFeeVariableShare: share.default(0.6),
});
export type QuoteTermsInput = z.input<typeof quoteTermsSchema>;
export type QuoteTerms = z.output<typeof quoteTermsSchema>;

const overridesSchema = z.strictObject({
  targetMarginPct: z.number().min(0).max(95).optional(),
  markupPct: z.number().min(0).max(500).optional(),
  volumeFactor: z.number().positive().max(10).optional(),
});
export type QuoteOverrides = z.input<typeof overridesSchema>;

export const QUOTE_GRID_SERVICES = [
  'storage',
  'handling_in_pallet',
  'handling_in_carton',
  'handling_out_pallet',
  'handling_out_carton',
  'order_fee',
  'picking_line',
  'picking_unit',
  'packing_parcel',
  'returns_unit',
  'vas_unit',
  'ad_hoc_hour',
  'management_fee',
  'start_up',
  'minimum_monthly',
] as const;
export type QuoteGridService = (typeof QUOTE_GRID_SERVICES)[number];

export const QUOTE_GRID_UNITS = [
  'pallet_week',
  'pallet_fortnight',
  'pallet_month',
  'pallet',
  'carton',
  'order',
  'line',
  'unit',
  'parcel',
  'hour',
  'one_off',
  'month',
] as const;
export type QuoteGridUnit = (typeof QUOTE_GRID_UNITS)[number];

/** What a grid line's quantity counts: a measured flow, orders (order profile) or stored pallets. */
export type QuoteDriver = FlowKind | 'orders' | 'stored_pallets';

export interface QuoteGridLine {
  service: QuoteGridService;
  unit: QuoteGridUnit;
  driver: QuoteDriver | null;
  /** Cost per billing unit to a hundredth of a cent, from the exact cost; null for the minimum fee (a floor). */
  costCents: number | null;
  /**
   * Price excl. VAT per billing unit, in cents to a hundredth of a cent (0.0523 € = 5.23): per-unit tariffs of a few
   * cents keep their margin (ADR 0012). Fees and the hourly rate are whole cents.
   */
  price: number;
  priceInclVatCents: number;
  /** Average month of the profile (2 decimals); 0 for one-off and on-demand lines. */
  monthlyQuantity: number;
  monthlyRevenueCents: EurCents;
}

export interface QuoteBand {
  flow: QuoteDriver;
  fromQuantity: number;
  /** null: no upper bound. */
  toQuantity: number | null;
  /** The volume the management fee is spread over, as a share of the average month (0.75, 1, 1.25). */
  midpointShare: number;
  /** All-in price per unit of the flow, in cents to a hundredth of a cent, like the grid's unit prices. */
  priceCents: number;
}

export interface QuoteMonth {
  month: string;
  revenue: EurCents;
  cost: EurCents;
  margin: EurCents;
}

export interface QuoteTotals {
  revenue: EurCents;
  cost: EurCents;
  margin: EurCents;
  /** margin / revenue × 100, 2 decimals. */
  marginPct: number;
}

export interface QuoteSensitivity extends QuoteTotals {
  kind: 'volume' | 'productivity';
  pct: number;
}

export interface QuoteAssumption {
  code: string;
  params: Record<string, string | number>;
}

/** Where a cost per billing unit comes from: the cost model's lines, so every price traces to resources. */
export type QuoteCostSource =
  | {
      kind: 'activity';
      activity: Activity;
      unit: UnitOfWork;
      costPerUnitCents: EurCents;
      breakdown: CostLine[];
    }
  | {
      kind: 'storage';
      temperatureClass: TemperatureClass;
      share: number;
      costPerUnitCents: EurCents;
      breakdown: CostLine[];
    }
  | { kind: 'labour_hour'; labourId: string; loadedCostPerProductiveHourCents: EurCents; uplift: number }
  | { kind: 'contract'; costCents: EurCents };

export interface QuoteCost {
  service: QuoteGridService;
  unit: QuoteGridUnit;
  costCents: EurCents;
  sources: QuoteCostSource[];
}

export interface QuoteResult {
  currency: 'EUR';
  client: { name: string; language: 'fr' | 'en' };
  issueDate: string;
  validUntil: string;
  pricing: { basis: 'margin' | 'markup'; marginPct: number; markupPct: number };
  storageBillingUnit: StorageBillingUnit;
  grid: QuoteGridLine[];
  bands: QuoteBand[];
  managementFeeCents: EurCents;
  minimumMonthlyFeeCents: EurCents;
  startUpFeeCents: EurCents;
  monthly: QuoteMonth[];
  totals: QuoteTotals;
  /** Over the contract length, the twelve-month profile repeated, start-up fee and cost included. */
  contractTotals: QuoteTotals & { months: number };
  breakEven: { flow: QuoteDriver | null; volume: number | null; factor: number | null };
  sensitivity: QuoteSensitivity[];
  assumptions: QuoteAssumption[];
  terms: QuoteTerms;
  costs: QuoteCost[];
}

export interface PriceQuoteInput {
  request: QuoteRequest;
  model: CostModelInput;
  terms?: QuoteTermsInput;
  /** YYYY-MM-DD. */
  issueDate: string;
  overrides?: QuoteOverrides;
}

const MONTHS = 12;
const HUNDRED = int(100);
/** Billing units of storage per pallet-week: a month is 52/12 weeks, a fortnight 2 weeks. */
const WEEKS_PER: Record<StorageBillingUnit, Ratio> = {
  week: ONE,
  fortnight: int(2),
  month: div(int(WEEKS_PER_YEAR), int(MONTHS)),
};
const STORAGE_UNIT: Record<StorageBillingUnit, QuoteGridUnit> = {
  week: 'pallet_week',
  fortnight: 'pallet_fortnight',
  month: 'pallet_month',
};
export const SENSITIVITY_VOLUME_PCTS = [-30, -20, -10, 10, 20, 30] as const;
export const SENSITIVITY_PRODUCTIVITY_PCTS = [-10, 10] as const;

/** A priced line whose monthly quantities enter the simulation. */
interface SimLine {
  service: QuoteGridService;
  unit: QuoteGridUnit;
  driver: QuoteDriver;
  cost: Ratio;
  /** Labour part of `cost` (permanent + temp lines), what productivity changes. */
  labour: Ratio;
  price: number;
  /** Twelve monthly quantities at base volumes. */
  quantities: Ratio[];
  /** Storage space is sized at peak: its cost does not follow the stored volume. */
  costScales: boolean;
  sources: QuoteCostSource[];
}

function termsError(code: QuotePricingErrorCode, prefix: string, issues: z.core.$ZodIssue[]): DomainError {
  const first = issues[0];
  const field = [prefix, ...(first?.path ?? []).map(String)].join('.');
  const own = first?.message === 'QUOTE_INDEXATION_SHARES_NOT_ONE';
  return new DomainError(own ? 'QUOTE_INDEXATION_SHARES_NOT_ONE' : code, { field, params: { field } });
}

function round2(x: Ratio): number {
  return roundHalfAway(mul(x, HUNDRED)) / 100;
}

function cents(x: Ratio): EurCents {
  return roundHalfAway(x) as EurCents;
}

function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) {
    throw new DomainError('QUOTE_OVERRIDE_INVALID', { field: 'issueDate', params: { field: 'issueDate' } });
  }
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function monthAfter(startMonth: string, offset: number): string {
  const [y = 0, m = 1] = startMonth.split('-').map(Number);
  const index = y * 12 + (m - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function totalsOf(months: readonly { revenue: number; cost: number }[]): QuoteTotals {
  const revenue = months.reduce((a, m) => a + m.revenue, 0);
  const cost = months.reduce((a, m) => a + m.cost, 0);
  const margin = revenue - cost;
  return {
    revenue: revenue as EurCents,
    cost: cost as EurCents,
    margin: margin as EurCents,
    marginPct: revenue === 0 ? 0 : round2(div(int(margin * 100), int(revenue))),
  };
}

/**
 * Prices a client's quote request from the activity-based cost model.
 *
 * Method (all in exact fractions, each money amount rounded once, half away from zero: unit prices and costs to a
 * hundredth of a cent, from unit costs to a ten-thousandth of a cent; fees, revenues, costs and margins to the cent):
 * - pricing: margin m on the selling price or mark-up k on cost, k = m / (1 − m); price = cost × u with
 *   u = 1 / (1 − m) = 1 + k.
 * - cost per billing unit of a flow = the unit cost of the activity × unit the flow drives
 *   (DEFAULT_FLOW_ACTIVITY_MAP); handling in per pallet = receiving/pallet + putaway/pallet (each when its service is
 *   asked); order fee = picking/order. Missing activity → QUOTE_COST_MISSING naming the flow.
 * - storage cost per pallet-week = Σ_class share × storage cost of the class × (1 + ADR share × hazard uplift) ×
 *   peak pallets / average pallets (space is sized at peak, billed on average); per fortnight × 2, per month
 *   × 52/12.
 * - ad-hoc hour = loaded cost per productive hour of the labour of picking (per line) × (1 + uplift) × u.
 * - management fee per month = contract fixed cost × u; start-up fee = start-up cost × u;
 *   minimum monthly fee = management fee + 60 % of an average month's variable revenue at base volumes.
 * - volume bands on the main flow (the flow line with the largest revenue): below 1 − t, within ±t, above 1 + t
 *   of the average month (t = volume tolerance); band price = (cost + contract fixed / (share × average volume))
 *   × u with share = 1 − t − 0.1, 1, 1 + t + 0.1 (75 %, 100 %, 125 % for t = 15 %): the all-in alternative.
 * - month: revenue = max(Σ quantity × price + management fee, minimum fee); cost = Σ quantity × cost + storage
 *   space at peak + contract fixed; margin = revenue − cost.
 * - break-even: volumes × f give revenue f·Rv + M and cost F + f·Cv (F = contract fixed + storage space);
 *   f* = (F − M) / (Rv − Cv), ≥ 0, null when Rv ≤ Cv; volume = f* × average month of the main flow.
 * - sensitivity: volume ±10/20/30 % at base prices (storage space unchanged, minimum fee applies);
 *   productivity ±10 % divides the labour lines of each unit cost by 1 ± 0.1.
 */
export function priceQuote(input: PriceQuoteInput): QuoteResult {
  const { request } = input;
  const termsParsed = quoteTermsSchema.safeParse(input.terms ?? {});
  if (!termsParsed.success) throw termsError('QUOTE_TERMS_INVALID', 'terms', termsParsed.error.issues);
  const terms = termsParsed.data;
  const overridesParsed = overridesSchema.safeParse(input.overrides ?? {});
  if (!overridesParsed.success) {
    throw termsError('QUOTE_OVERRIDE_INVALID', 'overrides', overridesParsed.error.issues);
  }
  const overrides = overridesParsed.data;
  const model = parseCostModel(input.model);
  const activityCosts = unitCosts(model);
  const storageUnitCosts = storageCosts(model);

  // Pricing target: an override of one target clears the other.
  let basis: 'margin' | 'markup';
  let uplift: Ratio;
  const marginPct =
    overrides.targetMarginPct ??
    (overrides.markupPct === undefined ? request.pricing.targetMarginPct : undefined);
  const markupPct =
    overrides.markupPct ?? (overrides.targetMarginPct === undefined ? request.pricing.markupPct : undefined);
  if (marginPct !== undefined) {
    basis = 'margin';
    uplift = div(ONE, sub(ONE, div(fromDecimal(marginPct), HUNDRED)));
  } else {
    basis = 'markup';
    uplift = add(ONE, div(fromDecimal(markupPct ?? 0), HUNDRED));
  }
  /** Unit prices to a hundredth of a cent (4 decimals of a euro): a 5-cent price rounded to the cent moves by 10 %. */
  const priceOf = (cost: Ratio): number => roundHalfAway(mul(mul(cost, uplift), HUNDRED)) / 100;
  /** Fees and hourly rates, billed as such: whole cents. */
  const amountOf = (cost: Ratio): number => roundHalfAway(mul(cost, uplift));
  const vat = fromDecimal(terms.vatRate);
  const inclVat = (price: number): number =>
    roundHalfAway(mul(mul(fromDecimal(price), add(ONE, vat)), HUNDRED)) / 100;

  const factor = fromDecimal(overrides.volumeFactor ?? 1);
  const services = new Set<QuoteService>(request.services);
  const volumeOf = (flow: FlowKind): Ratio[] | null => {
    const v = request.volumes[flow];
    return v ? v.map((q) => mul(fromDecimal(q), factor)) : null;
  };

  const activityCost = (
    flow: FlowKind | 'orders',
    activity: Activity,
    unit: UnitOfWork,
  ): ActivityUnitCost => {
    const found = activityCosts.find((c) => c.activity === activity && c.unit === unit);
    if (!found) {
      throw new DomainError('QUOTE_COST_MISSING', {
        field: flow === 'orders' ? 'orderProfile.ordersPerMonth' : `volumes.${flow}`,
        params: { flow, activity, unit },
      });
    }
    return found;
  };
  const mapped = (flow: FlowKind): ActivityUnitCost => {
    const target = DEFAULT_FLOW_ACTIVITY_MAP[flow];
    if (!target) {
      throw new DomainError('QUOTE_COST_MISSING', {
        field: `volumes.${flow}`,
        params: { flow, activity: 'none', unit: 'none' },
      });
    }
    return activityCost(flow, target.activity, target.unit);
  };
  const source = (c: ActivityUnitCost): QuoteCostSource => ({
    kind: 'activity',
    activity: c.activity,
    unit: c.unit,
    costPerUnitCents: c.costPerUnitCents,
    breakdown: c.breakdown,
  });

  const lines: SimLine[] = [];
  const flowLine = (
    service: QuoteGridService,
    unit: QuoteGridUnit,
    driver: QuoteDriver,
    quantities: Ratio[],
    parts: ActivityUnitCost[],
  ) => {
    const cost = sum(parts.map((p) => fromDecimal(p.costPerUnitPreciseCents)));
    lines.push({
      service,
      unit,
      driver,
      cost,
      labour: sum(parts.map((p) => fromDecimal(p.labourPreciseCents))),
      price: priceOf(cost),
      quantities,
      costScales: true,
      sources: parts.map(source),
    });
  };

  // Storage: temperature mix, ADR uplift, peak over average.
  const pallets = request.storage;
  if (services.has('storage')) {
    const mix = TEMPERATURE_CLASSES.flatMap((tc) => {
      const s = request.temperatureMix[tc];
      if (s === undefined || s === 0) return [];
      const found = storageUnitCosts.find((c) => c.temperatureClass === tc);
      if (!found) {
        throw new DomainError('QUOTE_STORAGE_COST_MISSING', {
          field: `temperatureMix.${tc}`,
          params: { temperatureClass: tc },
        });
      }
      return [{ share: s, cost: found }];
    });
    const mixShares = sum(mix.map((m) => fromDecimal(m.share)));
    const weighted = div(
      sum(mix.map((m) => mul(fromDecimal(m.share), fromDecimal(m.cost.costPerUnitPreciseCents)))),
      mixShares,
    );
    const hazard = add(
      ONE,
      mul(fromDecimal(request.hazard.adrShare), fromDecimal(terms.hazardStorageUplift)),
    );
    const peakRatio =
      pallets.averagePallets > 0 && pallets.peakPallets > pallets.averagePallets
        ? div(fromDecimal(pallets.peakPallets), fromDecimal(pallets.averagePallets))
        : ONE;
    const perWeek = mul(mul(weighted, hazard), peakRatio);
    const billing = request.pricing.storageBillingUnit;
    const cost = mul(perWeek, WEEKS_PER[billing]);
    // Billing units per average month: 52/12 weeks, 26/12 fortnights, 1 month.
    const perMonth = div(div(int(WEEKS_PER_YEAR), int(MONTHS)), WEEKS_PER[billing]);
    const quantity = mul(mul(fromDecimal(pallets.averagePallets), factor), perMonth);
    lines.push({
      service: 'storage',
      unit: STORAGE_UNIT[billing],
      driver: 'stored_pallets',
      cost,
      labour: ZERO,
      price: priceOf(cost),
      quantities: Array.from({ length: MONTHS }, () => quantity),
      costScales: false,
      sources: mix.map(
        (m): QuoteCostSource => ({
          kind: 'storage',
          temperatureClass: m.cost.temperatureClass,
          share: m.share,
          costPerUnitCents: m.cost.costPerUnitCents,
          breakdown: (m.cost as StorageUnitCost).breakdown,
        }),
      ),
    });
  }

  const inbound = volumeOf('inbound_pallets');
  if (inbound && (services.has('receiving') || services.has('putaway'))) {
    const parts = [
      ...(services.has('receiving') ? [mapped('inbound_pallets')] : []),
      ...(services.has('putaway') ? [mapped('putaway_pallets')] : []),
    ];
    flowLine('handling_in_pallet', 'pallet', 'inbound_pallets', inbound, parts);
  }
  const cartons = volumeOf('inbound_loose_cartons');
  if (cartons && services.has('receiving')) {
    flowLine('handling_in_carton', 'carton', 'inbound_loose_cartons', cartons, [
      mapped('inbound_loose_cartons'),
    ]);
  }
  const shipped = volumeOf('pallets_shipped');
  if (shipped && services.has('loading')) {
    flowLine('handling_out_pallet', 'pallet', 'pallets_shipped', shipped, [mapped('pallets_shipped')]);
  }
  if (services.has('picking')) {
    const orderLines = volumeOf('order_lines');
    const ordersPerMonth = request.orderProfile.ordersPerMonth;
    if (ordersPerMonth > 0) {
      // Orders follow the seasonality of order lines when the client gives them.
      const base = mul(int(ordersPerMonth), factor);
      const total = orderLines ? sum(orderLines) : ZERO;
      const orders =
        orderLines && total.n !== 0n
          ? orderLines.map((q) => div(mul(base, mul(q, int(MONTHS))), total))
          : Array.from({ length: MONTHS }, () => base);
      flowLine('order_fee', 'order', 'orders', orders, [activityCost('orders', 'picking', 'order')]);
    }
    if (orderLines) flowLine('picking_line', 'line', 'order_lines', orderLines, [mapped('order_lines')]);
    const units = volumeOf('units_picked');
    if (units) flowLine('picking_unit', 'unit', 'units_picked', units, [mapped('units_picked')]);
  }
  const parcels = volumeOf('parcels_packed');
  if (parcels && services.has('packing')) {
    flowLine('packing_parcel', 'parcel', 'parcels_packed', parcels, [mapped('parcels_packed')]);
  }
  const returns = volumeOf('returns');
  if (returns && services.has('returns'))
    flowLine('returns_unit', 'unit', 'returns', returns, [mapped('returns')]);
  const vas = volumeOf('vas_units');
  if (vas && services.has('vas')) flowLine('vas_unit', 'unit', 'vas_units', vas, [mapped('vas_units')]);

  // Ad-hoc hour: the labour that picks lines (else any picking, else the first resource).
  const pickingLabourId =
    model.activities.find((a) => a.activity === 'picking' && a.standard.unit === 'order_line')?.labourId ??
    model.activities.find((a) => a.activity === 'picking')?.labourId ??
    model.labour[0]?.id;
  const pickingLabour = model.labour.find((l) => l.id === pickingLabourId) ?? model.labour[0];
  if (!pickingLabour)
    throw new DomainError('QUOTE_COST_MISSING', {
      params: { flow: 'hour', activity: 'picking', unit: 'hour' },
    });
  const loadedHour = loadedHourlyCostExact(pickingLabour.permanent).perProductiveHour;
  const adHocCost = mul(loadedHour, add(ONE, fromDecimal(terms.adHocHourlyUplift)));

  const contractFixed = int(terms.contractFixedCentsPerMonth);
  const managementFee = amountOf(contractFixed);
  const startUpFee = amountOf(int(terms.startUpCostCents));
  const mean = (xs: Ratio[]): Ratio => div(sum(xs), int(xs.length || 1));
  const avgQuantity = (l: SimLine): Ratio => mean(l.quantities);
  const avgVariableRevenue = sum(lines.map((l) => mul(avgQuantity(l), fromDecimal(l.price))));
  const minimumFee =
    managementFee + roundHalfAway(mul(avgVariableRevenue, fromDecimal(terms.minimumFeeVariableShare)));

  /** One year at volumes × f and labour ÷ d, month by month. */
  const simulate = (f: Ratio, d: Ratio): QuoteMonth[] =>
    Array.from({ length: MONTHS }, (_, i) => {
      let variableRevenue = ZERO;
      let variableCost = ZERO;
      for (const l of lines) {
        const q = l.quantities[i] ?? ZERO;
        variableRevenue = add(variableRevenue, mul(mul(q, f), fromDecimal(l.price)));
        const unitCost = add(sub(l.cost, l.labour), div(l.labour, d));
        variableCost = add(variableCost, mul(l.costScales ? mul(q, f) : q, unitCost));
      }
      const revenue = Math.max(roundHalfAway(variableRevenue) + managementFee, minimumFee);
      const cost = roundHalfAway(add(variableCost, contractFixed));
      return {
        month: monthAfter(request.contract.startMonth, i),
        revenue: revenue as EurCents,
        cost: cost as EurCents,
        margin: (revenue - cost) as EurCents,
      };
    });
  const monthly = simulate(ONE, ONE);
  const totals = totalsOf(monthly);
  const length = request.contract.lengthMonths;
  const contractMonths = Array.from({ length }, (_, i) => monthly[i % MONTHS] as QuoteMonth);
  contractMonths.push({
    month: 'start_up',
    revenue: startUpFee as EurCents,
    cost: terms.startUpCostCents as EurCents,
    margin: (startUpFee - terms.startUpCostCents) as EurCents,
  });
  const contractTotals = { ...totalsOf(contractMonths), months: length };

  // Main flow: the flow line bringing the most revenue (storage is not a flow).
  const flowLines = lines.filter((l) => l.costScales);
  const main = flowLines.reduce<SimLine | null>(
    (best, l) =>
      best === null ||
      toNumber(mul(avgQuantity(l), fromDecimal(l.price))) >
        toNumber(mul(avgQuantity(best), fromDecimal(best.price)))
        ? l
        : best,
    null,
  );

  const tolerance = div(fromDecimal(terms.volumeTolerancePct), HUNDRED);
  const bands: QuoteBand[] = [];
  if (main) {
    const avg = avgQuantity(main);
    const low = sub(ONE, tolerance);
    const high = add(ONE, tolerance);
    const tenth = div(ONE, int(10));
    const floorShare = div(ONE, int(20));
    const lowMid = sub(low, tenth);
    const mids = [toNumber(lowMid) < 0.05 ? floorShare : lowMid, ONE, add(high, tenth)];
    const edges = [0, roundHalfAway(mul(avg, low)), roundHalfAway(mul(avg, high)), null];
    mids.forEach((mid, i) => {
      const volume = mul(avg, mid);
      const allIn = volume.n === 0n ? main.cost : add(main.cost, div(contractFixed, volume));
      bands.push({
        flow: main.driver,
        fromQuantity: edges[i] ?? 0,
        toQuantity: edges[i + 1] ?? null,
        midpointShare: round2(mid),
        priceCents: priceOf(allIn),
      });
    });
  }

  // Break-even factor on all volumes.
  const rv = avgVariableRevenue;
  const cv = sum(flowLines.map((l) => mul(avgQuantity(l), l.cost)));
  const storageSpace = sum(lines.filter((l) => !l.costScales).map((l) => mul(avgQuantity(l), l.cost)));
  const fixed = add(contractFixed, storageSpace);
  const spread = sub(rv, cv);
  let breakEven: QuoteResult['breakEven'] = { flow: main?.driver ?? null, volume: null, factor: null };
  if (spread.n > 0n) {
    let f = div(sub(fixed, int(managementFee)), spread);
    if (f.n < 0n) f = ZERO;
    breakEven = {
      flow: main?.driver ?? null,
      volume: main ? roundHalfAway(mul(f, avgQuantity(main))) : null,
      factor: roundHalfAway(mul(f, int(10_000))) / 10_000,
    };
  }

  const sensitivity: QuoteSensitivity[] = [
    ...SENSITIVITY_VOLUME_PCTS.map((pct) => ({
      kind: 'volume' as const,
      pct,
      ...totalsOf(simulate(add(ONE, div(int(pct), HUNDRED)), ONE)),
    })),
    ...SENSITIVITY_PRODUCTIVITY_PCTS.map((pct) => ({
      kind: 'productivity' as const,
      pct,
      ...totalsOf(simulate(ONE, add(ONE, div(int(pct), HUNDRED)))),
    })),
  ];

  const grid: QuoteGridLine[] = lines.map((l) => ({
    service: l.service,
    unit: l.unit,
    driver: l.driver,
    costCents: roundHalfAway(mul(l.cost, HUNDRED)) / 100,
    price: l.price,
    priceInclVatCents: inclVat(l.price),
    monthlyQuantity: round2(avgQuantity(l)),
    monthlyRevenueCents: cents(mul(avgQuantity(l), fromDecimal(l.price))),
  }));
  // Loose cartons shipped outside pallets: no flow counts them ahead, so the line is priced on demand.
  const cartonOut = services.has('loading')
    ? activityCosts.find((c) => c.activity === 'loading' && c.unit === 'carton')
    : undefined;
  const cartonOutCost = cartonOut ? fromDecimal(cartonOut.costPerUnitPreciseCents) : null;
  if (cartonOutCost) {
    const price = priceOf(cartonOutCost);
    const after = grid.findIndex((g) => g.service === 'handling_out_pallet');
    grid.splice(after < 0 ? grid.length : after + 1, 0, {
      service: 'handling_out_carton',
      unit: 'carton',
      driver: null,
      costCents: roundHalfAway(mul(cartonOutCost, HUNDRED)) / 100,
      price,
      priceInclVatCents: inclVat(price),
      monthlyQuantity: 0,
      monthlyRevenueCents: 0 as EurCents,
    });
  }
  const adHocPrice = amountOf(adHocCost);
  const fee = (
    service: QuoteGridService,
    unit: QuoteGridUnit,
    costCents: number | null,
    price: number,
    monthlyQuantity: number,
  ): QuoteGridLine => ({
    service,
    unit,
    driver: null,
    costCents,
    price,
    // A fee is billed in whole cents, so is its amount incl. VAT.
    priceInclVatCents: cents(mul(int(price), add(ONE, vat))),
    monthlyQuantity,
    monthlyRevenueCents: (price * monthlyQuantity) as EurCents,
  });
  grid.push(
    fee('ad_hoc_hour', 'hour', cents(adHocCost), adHocPrice, 0),
    fee('management_fee', 'month', terms.contractFixedCentsPerMonth, managementFee, 1),
    fee('start_up', 'one_off', terms.startUpCostCents, startUpFee, 0),
    fee('minimum_monthly', 'month', null, minimumFee, 0),
  );

  const costs: QuoteCost[] = [
    ...lines.map((l) => ({ service: l.service, unit: l.unit, costCents: cents(l.cost), sources: l.sources })),
    ...(cartonOut && cartonOutCost
      ? [
          {
            service: 'handling_out_carton' as const,
            unit: 'carton' as const,
            costCents: cents(cartonOutCost),
            sources: [source(cartonOut)],
          },
        ]
      : []),
    {
      service: 'ad_hoc_hour',
      unit: 'hour',
      costCents: cents(adHocCost),
      sources: [
        {
          kind: 'labour_hour',
          labourId: pickingLabour.id,
          loadedCostPerProductiveHourCents: cents(loadedHour),
          uplift: terms.adHocHourlyUplift,
        },
      ],
    },
    {
      service: 'management_fee',
      unit: 'month',
      costCents: terms.contractFixedCentsPerMonth as EurCents,
      sources: [{ kind: 'contract', costCents: terms.contractFixedCentsPerMonth as EurCents }],
    },
    {
      service: 'start_up',
      unit: 'one_off',
      costCents: terms.startUpCostCents as EurCents,
      sources: [{ kind: 'contract', costCents: terms.startUpCostCents as EurCents }],
    },
  ];

  const m = sub(ONE, div(ONE, uplift));
  return {
    currency: 'EUR',
    client: { name: request.client.name, language: request.client.language },
    issueDate: input.issueDate,
    validUntil: addDays(input.issueDate, terms.validityDays),
    pricing: { basis, marginPct: round2(mul(m, HUNDRED)), markupPct: round2(mul(sub(uplift, ONE), HUNDRED)) },
    storageBillingUnit: request.pricing.storageBillingUnit,
    grid,
    bands,
    managementFeeCents: managementFee as EurCents,
    minimumMonthlyFeeCents: minimumFee as EurCents,
    startUpFeeCents: startUpFee as EurCents,
    monthly,
    totals,
    contractTotals,
    breakEven,
    sensitivity,
    assumptions: assumptionsOf(request, terms, overrides.volumeFactor ?? 1, cartonOut !== undefined),
    terms,
    costs,
  };
}

const pct = (x: number): number => Math.round(x * 10_000) / 100;

/** The assumptions the prices rest on, as stable codes with parameters; sentences in costing.json. */
function assumptionsOf(
  request: QuoteRequest,
  terms: QuoteTerms,
  volumeFactor: number,
  cartonOut: boolean,
): QuoteAssumption[] {
  const out: QuoteAssumption[] = [];
  const push = (code: string, params: Record<string, string | number> = {}) =>
    out.push({ code: `QUOTE_ASSUME_${code}`, params });
  const services = new Set(request.services);
  push('PRICES_EXCL_VAT', { vatRate: pct(terms.vatRate) });
  push('VOLUME_TOLERANCE', { pct: terms.volumeTolerancePct });
  if (volumeFactor !== 1) push('VOLUME_FACTOR', { pct: pct(volumeFactor) });
  push('ORDER_PROFILE', {
    ordersPerMonth: request.orderProfile.ordersPerMonth,
    linesPerOrder: request.orderProfile.linesPerOrder,
    unitsPerLine: request.orderProfile.unitsPerLine,
    singleLinePct: pct(request.orderProfile.singleLineShare),
  });
  push('PEAK_FACTORS', {
    peakWeek: request.peakFactors.peakWeekToAverageWeek,
    peakDay: request.peakFactors.peakDayToAverageDay,
  });
  if (services.has('storage')) {
    push('STORAGE_PEAK', {
      peakPallets: request.storage.peakPallets,
      averagePallets: request.storage.averagePallets,
    });
    push(`STORAGE_BILLING_${request.pricing.storageBillingUnit.toUpperCase()}`);
    push('TEMPERATURE_MIX', {
      ambientPct: pct(request.temperatureMix.ambient ?? 0),
      positiveColdPct: pct(request.temperatureMix.positive_cold ?? 0),
      negativeColdPct: pct(request.temperatureMix.negative_cold ?? 0),
    });
  }
  if (request.hazard.adrShare > 0) {
    push('HAZARD', {
      adrPct: pct(request.hazard.adrShare),
      upliftPct: pct(terms.hazardStorageUplift),
      classes: request.hazard.adrClasses.join(', '),
    });
  } else push('NO_HAZARD');
  push('SERVICE_LEVELS', {
    cutOffTime: request.serviceLevels.cutOffTime,
    sameDayShippingPct: pct(request.serviceLevels.sameDayShippingShare),
    accuracyTargetPct: request.serviceLevels.accuracyTargetPct,
    dockToStockHours: request.serviceLevels.dockToStockHours,
  });
  push('CONSUMABLES');
  push('MANAGEMENT_FEE');
  push('MINIMUM_FEE', { pct: pct(terms.minimumFeeVariableShare) });
  push('AD_HOC_HOURLY', { upliftPct: pct(terms.adHocHourlyUplift) });
  if (cartonOut) push('CARTON_OUT');
  if (services.has('inventory')) push('INVENTORY_HOURLY');
  if (services.has('quality_control')) push('QUALITY_CONTROL');
  if (services.has('transport_management')) push('TRANSPORT_MANAGEMENT');
  if (services.has('reporting')) push('REPORTING');
  if (services.has('customs')) push('CUSTOMS_EXCLUDED');
  push('START_UP');
  push('CLIENT_DATA');
  push('INDEXATION', {
    fixedPct: pct(terms.indexation.fixedShare),
    labourPct: pct(terms.indexation.labourShare),
    energyPct: pct(terms.indexation.energyShare),
    rentPct: pct(terms.indexation.rentShare),
  });
  return out;
}

/** Every assumption code `priceQuote` can list (the catalogue test checks each has FR and EN sentences). */
export const QUOTE_ASSUMPTION_CODES = [
  'PRICES_EXCL_VAT',
  'VOLUME_TOLERANCE',
  'VOLUME_FACTOR',
  'ORDER_PROFILE',
  'PEAK_FACTORS',
  'STORAGE_PEAK',
  'STORAGE_BILLING_WEEK',
  'STORAGE_BILLING_FORTNIGHT',
  'STORAGE_BILLING_MONTH',
  'TEMPERATURE_MIX',
  'HAZARD',
  'NO_HAZARD',
  'SERVICE_LEVELS',
  'CONSUMABLES',
  'MANAGEMENT_FEE',
  'MINIMUM_FEE',
  'AD_HOC_HOURLY',
  'CARTON_OUT',
  'INVENTORY_HOURLY',
  'QUALITY_CONTROL',
  'TRANSPORT_MANAGEMENT',
  'REPORTING',
  'CUSTOMS_EXCLUDED',
  'START_UP',
  'CLIENT_DATA',
  'INDEXATION',
].map((c) => `QUOTE_ASSUME_${c}`);
