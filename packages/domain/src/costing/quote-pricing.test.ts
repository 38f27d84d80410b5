// Quote prices against hand-computed examples: grid, storage units, ADR and peak, fees, bands, simulation, break-even.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/errors.ts';
import type { CostModelInput } from './cost-model.ts';
import { priceQuote, QUOTE_ASSUMPTION_CODES, type QuoteResult, quoteTermsSchema } from './quote-pricing.ts';
import { parseQuoteRequest, type QuoteRequest } from './quote-request.ts';
import { SAMPLE_COST_MODEL } from './sample-cost-model.ts';

// Permanent operator: 1500 c × 1.2 × 1600 h / 1600 h = 1800 c per productive hour = 30 c a minute; no temps,
// no IT, no overhead, no allowance: each unit cost is minutes × 30 c (+ consumables).
const NO_ALLOWANCE = { allowancePfd: 0, efficiency: 1 } as const;
const model: CostModelInput = {
  labour: [
    {
      id: 'op',
      qualification: 'picker',
      permanent: {
        hourlyGrossCents: 1500,
        premiumsShare: 0,
        employerRate: 0.2,
        absenteeism: 0,
        nonProductiveShare: 0,
        paidHoursPerYear: 1600,
        workedHoursPerYear: 1600,
      },
    },
  ],
  // Ambient: 1 m² × 52 €/m²/yr / 52 = 100 c + 5.20 €/m² energy / 52 = 10 c → 110 c a pallet-week.
  // Chilled: 100 c + 1 m² × 10 m × 5.20 €/m³ / 52 = 100 c → 200 c a pallet-week.
  building: { id: 'rent', centsPerM2PerYear: 5200 },
  energy: [
    { temperatureClass: 'ambient', basis: 'm2', centsPerM2PerYear: 520 },
    { temperatureClass: 'positive_cold', basis: 'm3', centsPerM3PerYear: 520 },
  ],
  practicalLabourHoursPerMonth: 1000,
  activities: [
    // Handling in = receiving 4 min (120 c) + putaway 5 min (150 c) + 10 c label = 280 c = 2.80 €.
    {
      activity: 'receiving',
      standard: { unit: 'pallet', minutesPerUnit: 4, ...NO_ALLOWANCE },
      labourId: 'op',
    },
    {
      activity: 'putaway',
      standard: { unit: 'pallet', minutesPerUnit: 5, ...NO_ALLOWANCE },
      labourId: 'op',
      consumablesCentsPerUnit: 10,
    },
    { activity: 'loading', standard: { unit: 'pallet', minutesPerUnit: 6, ...NO_ALLOWANCE }, labourId: 'op' },
    { activity: 'picking', standard: { unit: 'order', minutesPerUnit: 2, ...NO_ALLOWANCE }, labourId: 'op' },
    {
      activity: 'picking',
      standard: { unit: 'order_line', minutesPerUnit: 0.5, ...NO_ALLOWANCE },
      labourId: 'op',
    },
    { activity: 'picking', standard: { unit: 'unit', minutesPerUnit: 0.1, ...NO_ALLOWANCE }, labourId: 'op' },
  ],
  storage: [
    { temperatureClass: 'ambient', m2PerPalletPosition: 1 },
    { temperatureClass: 'positive_cold', m2PerPalletPosition: 1, clearHeightM: 10 },
  ],
};

const flat = (q: number) => Array.from({ length: 12 }, () => q);

function request(patch: Partial<QuoteRequest> = {}): QuoteRequest {
  return parseQuoteRequest({
    schemaVersion: 1,
    client: { name: 'Client test', language: 'fr' },
    contract: { startMonth: '2026-11', lengthMonths: 24 },
    volumes: {
      inbound_pallets: flat(100),
      pallets_shipped: flat(100),
      order_lines: flat(1000),
      units_picked: flat(2000),
    },
    peakFactors: { peakWeekToAverageWeek: 1.3, peakDayToAverageDay: 1.2 },
    storage: { averagePallets: 400, peakPallets: 500 },
    orderProfile: { ordersPerMonth: 200, linesPerOrder: 5, unitsPerLine: 2, singleLineShare: 0.1 },
    skuCount: 300,
    temperatureMix: { ambient: 0.75, positive_cold: 0.25 },
    hazard: { adrShare: 0.1, adrClasses: ['3'] },
    services: ['storage', 'receiving', 'putaway', 'picking', 'loading'],
    serviceLevels: {
      cutOffTime: '15:00',
      sameDayShippingShare: 0.9,
      dockToStockHours: 24,
      accuracyTargetPct: 99.5,
    },
    pricing: { storageBillingUnit: 'month', targetMarginPct: 8 },
    ...patch,
  });
}

// 46,000 c / 0.92 = 50,000 c and 92,000 c / 0.92 = 100,000 c: round fees for the arithmetic below.
const terms = { contractFixedCentsPerMonth: 46_000, startUpCostCents: 92_000 };

function quote(
  req: QuoteRequest = request(),
  overrides: Parameters<typeof priceQuote>[0]['overrides'] = {},
  extraTerms: Record<string, unknown> = {},
): QuoteResult {
  return priceQuote({
    request: req,
    model,
    terms: { ...terms, ...extraTerms },
    issueDate: '2026-01-15',
    overrides,
  });
}

const line = (q: QuoteResult, service: string) => {
  const found = q.grid.find((l) => l.service === service);
  if (!found) throw new Error(`no line ${service}`);
  return found;
};

function errorCode(run: () => unknown): [string, Record<string, unknown>] {
  try {
    run();
  } catch (e) {
    if (isDomainError(e)) return [e.code, e.params];
    throw e;
  }
  throw new Error('no error');
}

describe('price grid', () => {
  const q = quote();

  it('prices per billing unit = cost / (1 − margin), rounded half away from zero to the cent', () => {
    // 2.80 € / 0.92 = 3.0434… → 3.04 €; VAT 20 %: 3.648 → 3.65 €.
    expect(line(q, 'handling_in_pallet')).toMatchObject({
      unit: 'pallet',
      costCents: 280,
      price: 304,
      priceInclVatCents: 365,
      monthlyQuantity: 100,
      monthlyRevenueCents: 30_400,
    });
    // Loading 6 min × 30 c = 180 c → 195.65 → 196; order 60 c → 65.2 → 65; line 15 c → 16.3 → 16; unit 3 c → 3.26 → 3.
    expect(line(q, 'handling_out_pallet').price).toBe(196);
    expect(line(q, 'order_fee')).toMatchObject({
      unit: 'order',
      costCents: 60,
      price: 65,
      monthlyQuantity: 200,
    });
    expect(line(q, 'picking_line')).toMatchObject({ unit: 'line', price: 16 });
    expect(line(q, 'picking_unit')).toMatchObject({ unit: 'unit', price: 3 });
  });

  it('shows both the margin and the mark-up: k = m / (1 − m) = 8 / 92 = 8.6957 %', () => {
    expect(q.pricing).toEqual({ basis: 'margin', marginPct: 8, markupPct: 8.7 });
  });

  it('lists only the asked services, then the ad-hoc hour and the fees', () => {
    expect(q.grid.map((l) => l.service)).toEqual([
      'storage',
      'handling_in_pallet',
      'handling_out_pallet',
      'order_fee',
      'picking_line',
      'picking_unit',
      'ad_hoc_hour',
      'management_fee',
      'start_up',
      'minimum_monthly',
    ]);
  });

  it('bills storage per month: mix, ADR uplift and peak over average, × 52/12 weeks', () => {
    // Pallet-week: 0.75 × 110 + 0.25 × 200 = 132.5 c; × (1 + 0.1 × 0.5) = 139.125 c; × 500/400 = 173.90625 c.
    // Month: × 52/12 = 753.59375 c (cost 7.54 €); price 753.59375 / 0.92 = 819.12 → 8.19 €.
    expect(line(q, 'storage')).toMatchObject({
      unit: 'pallet_month',
      costCents: 754,
      price: 819,
      monthlyQuantity: 400,
      monthlyRevenueCents: 327_600,
    });
  });

  it('bills storage per week (52/12 weeks a month) or per indivisible fortnight (2 weeks, 26/12 a month)', () => {
    const week = line(
      quote(request({ pricing: { storageBillingUnit: 'week', targetMarginPct: 8 } })),
      'storage',
    );
    // 173.90625 / 0.92 = 189.03 → 189; 400 pallets × 52/12 = 1,733.33 pallet-weeks.
    expect(week).toMatchObject({ unit: 'pallet_week', costCents: 174, price: 189, monthlyQuantity: 1733.33 });
    const fortnight = line(
      quote(request({ pricing: { storageBillingUnit: 'fortnight', targetMarginPct: 8 } })),
      'storage',
    );
    // 347.8125 / 0.92 = 378.06 → 378; 400 × 26/12 = 866.67 fortnights.
    expect(fortnight).toMatchObject({
      unit: 'pallet_fortnight',
      costCents: 348,
      price: 378,
      monthlyQuantity: 866.67,
    });
  });

  it('adds the ADR uplift only for the hazardous share, and the peak factor only above the average', () => {
    const noAdr = quote(request({ hazard: { adrShare: 0, adrClasses: [] } }));
    // 132.5 × 1.25 × 52/12 = 717.71 c → price 780.12 → 780.
    expect(line(noAdr, 'storage').price).toBe(780);
    const noPeak = quote(request({ storage: { averagePallets: 400, peakPallets: 400 } }));
    // 139.125 × 52/12 = 602.875 c → price 655.30 → 655.
    expect(line(noPeak, 'storage').price).toBe(655);
  });

  it('prices the ad-hoc hour from the picking labour: 18.00 € × 1.3 / 0.92 = 25.43 €', () => {
    expect(line(q, 'ad_hoc_hour')).toMatchObject({ unit: 'hour', costCents: 2340, price: 2543 });
  });

  it('recovers the contract fixed cost by a management fee and the start-up cost by a one-off fee', () => {
    expect(q.managementFeeCents).toBe(50_000);
    expect(line(q, 'management_fee')).toMatchObject({ unit: 'month', price: 50_000, monthlyQuantity: 1 });
    expect(q.startUpFeeCents).toBe(100_000);
    expect(line(q, 'start_up')).toMatchObject({
      unit: 'one_off',
      price: 100_000,
      priceInclVatCents: 120_000,
    });
  });

  it('sets the minimum monthly fee to the management fee + 60 % of an average month of variable revenue', () => {
    // Variable revenue: storage 400 × 819 + in 100 × 304 + out 100 × 196 + 200 orders × 65 + 1,000 lines × 16
    // + 2,000 units × 3 = 327,600 + 30,400 + 19,600 + 13,000 + 16,000 + 6,000 = 412,600 c.
    // Minimum: 50,000 + 0.6 × 412,600 = 297,560 c.
    expect(q.minimumMonthlyFeeCents).toBe(297_560);
    expect(line(q, 'minimum_monthly')).toMatchObject({ unit: 'month', costCents: null, price: 297_560 });
  });

  it('dates the validity: 15 January 2026 + 90 days = 15 April 2026', () => {
    expect(q.issueDate).toBe('2026-01-15');
    expect(q.validUntil).toBe('2026-04-15');
    expect(quote(request(), {}, { validityDays: 30 }).validUntil).toBe('2026-02-14');
  });

  it('traces every cost to the cost model lines', () => {
    const handling = q.costs.find((c) => c.service === 'handling_in_pallet');
    expect(
      handling?.sources.map((s) => (s.kind === 'activity' ? `${s.activity}/${s.unit}` : s.kind)),
    ).toEqual(['receiving/pallet', 'putaway/pallet']);
    const storage = q.costs.find((c) => c.service === 'storage');
    expect(storage?.sources).toHaveLength(2);
    for (const c of q.costs) expect(c.sources.length).toBeGreaterThan(0);
  });
});

describe('pricing target', () => {
  it('an override of the margin changes the prices: 2.80 € / 0.80 = 3.50 €', () => {
    const q = quote(request(), { targetMarginPct: 20 });
    expect(line(q, 'handling_in_pallet').price).toBe(350);
    expect(q.pricing).toEqual({ basis: 'margin', marginPct: 20, markupPct: 25 });
  });

  it('a mark-up override wins over the request margin: 2.80 € × 1.10 = 3.08 €, margin 10 / 110 = 9.09 %', () => {
    const q = quote(request(), { markupPct: 10 });
    expect(line(q, 'handling_in_pallet').price).toBe(308);
    expect(q.pricing).toEqual({ basis: 'markup', marginPct: 9.09, markupPct: 10 });
  });

  it('a request priced by mark-up gives the same prices as the equivalent margin', () => {
    const byMarkup = quote(request({ pricing: { storageBillingUnit: 'month', markupPct: 25 } }));
    const byMargin = quote(request(), { targetMarginPct: 20 });
    expect(byMarkup.grid.map((l) => l.price)).toEqual(byMargin.grid.map((l) => l.price));
    expect(byMarkup.pricing.basis).toBe('markup');
  });
});

describe('monthly simulation and break-even', () => {
  const q = quote();

  it('simulates twelve months from the start month: revenue, cost and margin in cents', () => {
    expect(q.monthly.map((m) => m.month)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
    ]);
    // Revenue = 412,600 + 50,000 = 462,600. Cost = storage space at peak 400 × 753.59375 = 301,437.5
    // + flows 100 × 280 + 100 × 180 + 200 × 60 + 1,000 × 15 + 2,000 × 3 = 79,000 + fixed 46,000 = 426,437.5 → 426,438.
    expect(q.monthly[0]).toEqual({ month: '2026-11', revenue: 462_600, cost: 426_438, margin: 36_162 });
    expect(q.totals).toEqual({
      revenue: 12 * 462_600,
      cost: 12 * 426_438,
      margin: 12 * 36_162,
      marginPct: 7.82,
    });
  });

  it('totals the contract over its length, the profile repeated, start-up fee and cost included', () => {
    expect(q.contractTotals).toEqual({
      months: 24,
      revenue: 24 * 462_600 + 100_000,
      cost: 24 * 426_438 + 92_000,
      margin: 24 * 36_162 + 8_000,
      marginPct: 7.82,
    });
  });

  it('finds the break-even volume: f* = (F − M) / (Rv − Cv)', () => {
    // F = 46,000 + 301,437.5 = 347,437.5; M = 50,000; Rv − Cv = 412,600 − 79,000 = 333,600;
    // f* = 297,437.5 / 333,600 = 0.89160; main flow: handling in (30,400 c a month) → 0.8916 × 100 = 89 pallets.
    expect(q.breakEven).toEqual({ flow: 'inbound_pallets', volume: 89, factor: 0.8916 });
  });

  it('bands the main flow: all-in price = (cost + fixed / volume at the band midpoint) / (1 − m)', () => {
    // (280 + 46,000 / 75) / 0.92 = 971.01; (280 + 460) / 0.92 = 804.35; (280 + 368) / 0.92 = 704.35.
    expect(q.bands).toEqual([
      { flow: 'inbound_pallets', fromQuantity: 0, toQuantity: 85, midpointShare: 0.75, priceCents: 971 },
      { flow: 'inbound_pallets', fromQuantity: 85, toQuantity: 115, midpointShare: 1, priceCents: 804 },
      { flow: 'inbound_pallets', fromQuantity: 115, toQuantity: null, midpointShare: 1.25, priceCents: 704 },
    ]);
  });

  it('applies the minimum monthly fee in the low months', () => {
    // Picking lines only, 500 then 1,500 lines a month: 16 c × 1,000 = 16,000 c an average month; with the floor
    // at 100 % of it the minimum is 66,000 c; a 500-line month bills 8,000 + 50,000 = 58,000 → 66,000.
    const seasonal = quote(
      request({
        volumes: { order_lines: [...Array(6).fill(500), ...Array(6).fill(1500)] },
        orderProfile: { ordersPerMonth: 0, linesPerOrder: 5, unitsPerLine: 2, singleLineShare: 0.1 },
        services: ['picking'],
      }),
      {},
      { minimumFeeVariableShare: 1 },
    );
    expect(seasonal.minimumMonthlyFeeCents).toBe(66_000);
    expect(seasonal.monthly[0]?.revenue).toBe(66_000);
    expect(seasonal.monthly[11]?.revenue).toBe(1500 * 16 + 50_000);
  });

  it('returns no break-even factor when the prices do not cover the variable cost', () => {
    const q0 = quote(request(), { targetMarginPct: 0 });
    // At 0 % margin Rv − Cv is still positive (storage is priced on its peak cost), so a factor exists;
    // a request with no priced flow and no storage has nothing to scale.
    expect(q0.breakEven.factor).not.toBeNull();
    const nothing = quote(request({ services: ['inventory'], volumes: { returns: flat(1) } }));
    expect(nothing.breakEven).toEqual({ flow: null, volume: null, factor: null });
    expect(nothing.bands).toEqual([]);
  });
});

describe('sensitivity', () => {
  const q = quote();
  const at = (kind: string, pct: number) => {
    const found = q.sensitivity.find((s) => s.kind === kind && s.pct === pct);
    if (!found) throw new Error(`no ${kind} ${pct}`);
    return found;
  };

  it('covers volume ±10/20/30 % and productivity ±10 %', () => {
    expect(q.sensitivity.map((s) => `${s.kind}${s.pct}`)).toEqual([
      'volume-30',
      'volume-20',
      'volume-10',
      'volume10',
      'volume20',
      'volume30',
      'productivity-10',
      'productivity10',
    ]);
  });

  it('scales volumes at base prices; the storage space sized at peak does not shrink', () => {
    // −30 %: revenue 0.7 × 412,600 + 50,000 = 338,820; cost 0.7 × 79,000 + 301,437.5 + 46,000 = 402,737.5 → 402,738.
    expect(at('volume', -30)).toMatchObject({ revenue: 12 * 338_820, cost: 12 * 402_738 });
    expect(at('volume', -30).margin).toBeLessThan(0);
    // +30 %: revenue 586,380; cost 450,137.5 → 450,138.
    expect(at('volume', 30)).toMatchObject({ revenue: 12 * 586_380, cost: 12 * 450_138 });
    const margins = [-30, -20, -10, 10, 20, 30].map((p) => at('volume', p).margin);
    expect([...margins].sort((a, b) => a - b)).toEqual(margins);
  });

  it('divides the labour lines by 1 ± 10 % at unchanged revenue', () => {
    // Labour a month: 100 × 270 + 100 × 180 + 200 × 60 + 1,000 × 15 + 2,000 × 3 = 78,000 c (putaway's 10 c label stays).
    // +10 %: 78,000 / 1.1 = 70,909.09 → cost 301,437.5 + 1,000 + 70,909.09 + 46,000 = 419,346.59 → 419,347.
    expect(at('productivity', 10)).toMatchObject({ revenue: 12 * 462_600, cost: 12 * 419_347 });
    // −10 %: 78,000 / 0.9 = 86,666.67 → 435,104.17 → 435,104.
    expect(at('productivity', -10)).toMatchObject({ cost: 12 * 435_104 });
  });
});

describe('assumptions and terms', () => {
  it('lists the assumptions as stable codes with their parameters', () => {
    const q = quote();
    const codes = q.assumptions.map((a) => a.code);
    expect(codes).toContain('QUOTE_ASSUME_VOLUME_TOLERANCE');
    expect(codes).toContain('QUOTE_ASSUME_STORAGE_BILLING_MONTH');
    expect(q.assumptions.find((a) => a.code === 'QUOTE_ASSUME_STORAGE_PEAK')?.params).toEqual({
      peakPallets: 500,
      averagePallets: 400,
    });
    expect(q.assumptions.find((a) => a.code === 'QUOTE_ASSUME_HAZARD')?.params).toEqual({
      adrPct: 10,
      upliftPct: 50,
      classes: '3',
    });
    for (const c of codes) expect(QUOTE_ASSUMPTION_CODES).toContain(c);
  });

  it.each(['fr', 'en'])('%s: costing.json holds a sentence for every assumption code', (lang) => {
    const file = new URL(`../../../i18n/src/locales/${lang}/costing.json`, import.meta.url);
    const catalogue = JSON.parse(readFileSync(file, 'utf8')) as { quoteAssumptions: Record<string, string> };
    expect(Object.keys(catalogue.quoteAssumptions).sort()).toEqual([...QUOTE_ASSUMPTION_CODES].sort());
  });

  it('resolves the terms with their defaults: VAT 20 %, 45 days end of month, indexation shares', () => {
    const t = quote().terms;
    expect(t).toMatchObject({
      vatRate: 0.2,
      validityDays: 90,
      paymentTermsDays: 45,
      paymentEndOfMonth: true,
      adHocHourlyUplift: 0.3,
      volumeTolerancePct: 15,
      hazardStorageUplift: 0.5,
    });
    expect(t.indexation).toEqual({
      fixedShare: 0.15,
      labourShare: 0.6,
      energyShare: 0.1,
      rentShare: 0.15,
      labourIndex: 'ICHT_TS',
      energyIndex: 'ELECTRICITY',
      rentIndex: 'ILAT',
    });
    expect(quoteTermsSchema.parse({}).contractFixedCentsPerMonth).toBe(450_000);
  });

  it('rejects indexation shares that do not add up to 1', () => {
    const [code] = errorCode(() =>
      quote(
        request(),
        {},
        { indexation: { fixedShare: 0.2, labourShare: 0.6, energyShare: 0.1, rentShare: 0.15 } },
      ),
    );
    expect(code).toBe('QUOTE_INDEXATION_SHARES_NOT_ONE');
  });

  it('rejects a bad override', () => {
    expect(errorCode(() => quote(request(), { volumeFactor: -1 }))).toEqual([
      'QUOTE_OVERRIDE_INVALID',
      { field: 'overrides.volumeFactor' },
    ]);
  });
});

describe('missing costs', () => {
  it('names the flow whose activity the cost model lacks', () => {
    const req = request({
      volumes: { inbound_pallets: flat(100), returns: flat(10) },
      services: ['receiving', 'returns'],
    });
    expect(errorCode(() => quote(req))).toEqual([
      'QUOTE_COST_MISSING',
      { flow: 'returns', activity: 'returns', unit: 'unit' },
    ]);
  });

  it('names the temperature class without a storage cost', () => {
    const req = request({ temperatureMix: { ambient: 0.5, negative_cold: 0.5 } });
    expect(errorCode(() => quote(req))).toEqual([
      'QUOTE_STORAGE_COST_MISSING',
      { temperatureClass: 'negative_cold' },
    ]);
  });
});

describe('the example request on the sample cost model', () => {
  const example = parseQuoteRequest(
    JSON.parse(readFileSync(new URL('../../../../examples/quote-request.json', import.meta.url), 'utf8')),
  );
  const q = priceQuote({ request: example, model: SAMPLE_COST_MODEL, issueDate: '2025-12-01' });
  const euros = (service: string) => line(q, service).price / 100;

  it('prices within the handbook ranges (productivity-costing §5), loosely', () => {
    // 7–10 € a pallet-month nationally; this one carries 15 % chilled stock and space sized at peak (× 1.26).
    expect(euros('storage')).toBeGreaterThan(7);
    expect(euros('storage')).toBeLessThan(16);
    // Handling in and out: 3.5–5 € a pallet.
    expect(euros('handling_in_pallet')).toBeGreaterThan(3);
    expect(euros('handling_in_pallet')).toBeLessThan(6);
    expect(euros('handling_out_pallet')).toBeGreaterThan(2.5);
    expect(euros('handling_out_pallet')).toBeLessThan(6);
    // Order fee + 10 lines + 50 units stays within the 2–5 € of an all-in small order… for a B2B order, more.
    expect(euros('order_fee')).toBeGreaterThan(0.5);
    expect(euros('order_fee')).toBeLessThan(5);
    expect(euros('picking_line')).toBeGreaterThan(0.1);
    expect(euros('picking_line')).toBeLessThan(1);
    // Hourly VAS ≈ loaded cost (21.28 €) × 1.2–1.4; 1.3 / 0.92 = 1.41.
    expect(euros('ad_hoc_hour') / 21.28).toBeGreaterThan(1.2);
    expect(euros('ad_hoc_hour') / 21.28).toBeLessThan(1.45);
    for (const l of q.grid) expect(l.price).toBeGreaterThan(0);
  });

  it('earns close to the target margin over the year, and breaks even below the base volumes', () => {
    expect(q.totals.marginPct).toBeGreaterThan(6.5);
    expect(q.totals.marginPct).toBeLessThan(8.5);
    expect(q.breakEven.factor).toBeGreaterThan(0);
    expect(q.breakEven.factor).toBeLessThan(1);
    expect(q.monthly).toHaveLength(12);
    expect(q.monthly.every((m) => m.margin > 0)).toBe(true);
  });

  it('covers every activity of the default flow map and every temperature class', async () => {
    const { DEFAULT_FLOW_ACTIVITY_MAP } = await import('../planning/flow-activity.ts');
    const lines = new Set(SAMPLE_COST_MODEL.activities?.map((a) => `${a.activity}/${a.standard.unit}`));
    for (const target of Object.values(DEFAULT_FLOW_ACTIVITY_MAP)) {
      if (target) expect(lines).toContain(`${target.activity}/${target.unit}`);
    }
    expect(lines).toContain('picking/order');
    expect(SAMPLE_COST_MODEL.storage?.map((s) => s.temperatureClass).sort()).toEqual([
      'ambient',
      'negative_cold',
      'positive_cold',
    ]);
  });
});
