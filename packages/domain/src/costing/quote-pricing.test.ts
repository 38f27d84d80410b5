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

  it('prices per billing unit = cost / (1 − margin), half away from zero to a hundredth of a cent', () => {
    // 280 c / 0.92 = 304.3478… → 304.35 c (3.0435 €); VAT 20 %: 304.35 × 1.2 = 365.22 c; 100 × 304.35 = 30,435 c.
    expect(line(q, 'handling_in_pallet')).toMatchObject({
      unit: 'pallet',
      costCents: 280,
      price: 304.35,
      priceInclVatCents: 365.22,
      monthlyQuantity: 100,
      monthlyRevenueCents: 30_435,
    });
    // Loading 6 min × 30 c = 180 c / 0.92 = 195.6521… → 195.65; order 60 c / 0.92 = 65.2173… → 65.22;
    // line 15 c / 0.92 = 16.3043… → 16.30; unit 3 c / 0.92 = 3.2608… → 3.26 (whole cents said 3: a 0 % margin).
    expect(line(q, 'handling_out_pallet').price).toBe(195.65);
    expect(line(q, 'order_fee')).toMatchObject({
      unit: 'order',
      costCents: 60,
      price: 65.22,
      // 65.22 × 1.2 = 78.264 → 78.26.
      priceInclVatCents: 78.26,
      monthlyQuantity: 200,
    });
    expect(line(q, 'picking_line')).toMatchObject({ unit: 'line', price: 16.3 });
    // 3.26 × 1.2 = 3.912 → 3.91.
    expect(line(q, 'picking_unit')).toMatchObject({ unit: 'unit', price: 3.26, priceInclVatCents: 3.91 });
  });

  it('keeps the margin of a price of a few cents: 4.7 c at 8 % is 5.11 c, not 5 c (ADR 0012)', () => {
    // Picking a unit: 0.1 min × 30 c = 3 c + 1.7 c of label = 4.7 c exactly. 4.7 / 0.92 = 5.1086… → 5.11 c,
    // margin (5.11 − 4.7) / 5.11 = 8.02 %. Whole cents gave cost 5 c → 5 / 0.92 = 5.43 → 5 c: 6 % on the true cost.
    const labelled: CostModelInput = {
      ...model,
      activities: (model.activities ?? []).map((a) =>
        a.activity === 'picking' && a.standard.unit === 'unit' ? { ...a, consumablesCentsPerUnit: 1.7 } : a,
      ),
    };
    const priced = priceQuote({ request: request(), model: labelled, terms, issueDate: '2026-01-15' });
    // 2,000 units × 5.11 c = 10,220 c a month; VAT 5.11 × 1.2 = 6.132 → 6.13.
    expect(line(priced, 'picking_unit')).toMatchObject({
      costCents: 4.7,
      price: 5.11,
      priceInclVatCents: 6.13,
      monthlyRevenueCents: 10_220,
    });
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
    // Month: × 52/12 = 753.59375 c → cost 753.59 c; price 753.59375 / 0.92 = 819.1236… → 819.12 c (8.1912 €);
    // VAT 819.12 × 1.2 = 982.944 → 982.94; 400 × 819.12 = 327,648 c.
    expect(line(q, 'storage')).toMatchObject({
      unit: 'pallet_month',
      costCents: 753.59,
      price: 819.12,
      priceInclVatCents: 982.94,
      monthlyQuantity: 400,
      monthlyRevenueCents: 327_648,
    });
  });

  it('bills storage per week (52/12 weeks a month) or per indivisible fortnight (2 weeks, 26/12 a month)', () => {
    const week = line(
      quote(request({ pricing: { storageBillingUnit: 'week', targetMarginPct: 8 } })),
      'storage',
    );
    // Cost 173.90625 → 173.91; 173.90625 / 0.92 = 189.0285… → 189.03; 400 pallets × 52/12 = 1,733.33 pallet-weeks.
    expect(week).toMatchObject({
      unit: 'pallet_week',
      costCents: 173.91,
      price: 189.03,
      monthlyQuantity: 1733.33,
    });
    const fortnight = line(
      quote(request({ pricing: { storageBillingUnit: 'fortnight', targetMarginPct: 8 } })),
      'storage',
    );
    // Cost 2 × 173.90625 = 347.8125 → 347.81; 347.8125 / 0.92 = 378.0570… → 378.06; 400 × 26/12 = 866.67 fortnights.
    expect(fortnight).toMatchObject({
      unit: 'pallet_fortnight',
      costCents: 347.81,
      price: 378.06,
      monthlyQuantity: 866.67,
    });
  });

  it('adds the ADR uplift only for the hazardous share, and the peak factor only above the average', () => {
    const noAdr = quote(request({ hazard: { adrShare: 0, adrClasses: [] } }));
    // 132.5 × 1.25 × 52/12 = 717.7083… c → price 717.7083… / 0.92 = 780.1177… → 780.12.
    expect(line(noAdr, 'storage').price).toBe(780.12);
    const noPeak = quote(request({ storage: { averagePallets: 400, peakPallets: 400 } }));
    // 139.125 × 52/12 = 602.875 c → price 602.875 / 0.92 = 655.2989… → 655.30.
    expect(line(noPeak, 'storage').price).toBe(655.3);
  });

  it('prices the ad-hoc hour from the picking labour in whole cents: 18.00 € × 1.3 / 0.92 = 25.43 €', () => {
    // 2,340 / 0.92 = 2,543.478… → 2,543 c; VAT 2,543 × 1.2 = 3,051.6 → 3,052 c (a fee is billed in whole cents).
    expect(line(q, 'ad_hoc_hour')).toMatchObject({
      unit: 'hour',
      costCents: 2340,
      price: 2543,
      priceInclVatCents: 3052,
    });
  });

  it('recovers the contract fixed cost by a management fee and the start-up cost by a one-off fee', () => {
    expect(q.managementFeeCents).toBe(50_000);
    expect(line(q, 'management_fee')).toMatchObject({
      unit: 'month',
      price: 50_000,
      priceInclVatCents: 60_000,
      monthlyQuantity: 1,
    });
    expect(q.startUpFeeCents).toBe(100_000);
    expect(line(q, 'start_up')).toMatchObject({
      unit: 'one_off',
      price: 100_000,
      priceInclVatCents: 120_000,
    });
  });

  it('sets the minimum monthly fee to the management fee + 60 % of an average month of variable revenue', () => {
    // Variable revenue: storage 400 × 819.12 + in 100 × 304.35 + out 100 × 195.65 + 200 orders × 65.22
    // + 1,000 lines × 16.30 + 2,000 units × 3.26 = 327,648 + 30,435 + 19,565 + 13,044 + 16,300 + 6,520 = 413,512 c.
    // Minimum: 50,000 + 0.6 × 413,512 = 50,000 + 248,107.2 → 298,107 c (whole cents); VAT 357,728.4 → 357,728.
    expect(q.minimumMonthlyFeeCents).toBe(298_107);
    expect(line(q, 'minimum_monthly')).toMatchObject({
      unit: 'month',
      costCents: null,
      price: 298_107,
      priceInclVatCents: 357_728,
    });
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
  it('an override of the margin changes the prices: 2.80 € / 0.80 = 3.50 € exactly', () => {
    const q = quote(request(), { targetMarginPct: 20 });
    expect(line(q, 'handling_in_pallet').price).toBe(350);
    expect(q.pricing).toEqual({ basis: 'margin', marginPct: 20, markupPct: 25 });
  });

  it('a mark-up override wins over the request margin: 2.80 € × 1.10 = 3.08 € exactly, margin 10 / 110 = 9.09 %', () => {
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
    // Revenue = 413,512 + 50,000 = 463,512. Cost = storage space at peak 400 × 753.59375 = 301,437.5
    // + flows 100 × 280 + 100 × 180 + 200 × 60 + 1,000 × 15 + 2,000 × 3 = 79,000 + fixed 46,000 = 426,437.5 → 426,438.
    // Margin 463,512 − 426,438 = 37,074 = 7.9985 % → 8.00 (whole-cent prices gave 7.82 %).
    expect(q.monthly[0]).toEqual({ month: '2026-11', revenue: 463_512, cost: 426_438, margin: 37_074 });
    expect(q.totals).toEqual({
      revenue: 12 * 463_512,
      cost: 12 * 426_438,
      margin: 12 * 37_074,
      marginPct: 8,
    });
  });

  it('totals the contract over its length, the profile repeated, start-up fee and cost included', () => {
    // 24 × 463,512 + 100,000 = 11,224,288; 24 × 426,438 + 92,000 = 10,326,512; margin 897,776 = 7.9985 % → 8.00.
    expect(q.contractTotals).toEqual({
      months: 24,
      revenue: 24 * 463_512 + 100_000,
      cost: 24 * 426_438 + 92_000,
      margin: 24 * 37_074 + 8_000,
      marginPct: 8,
    });
  });

  it('finds the break-even volume: f* = (F − M) / (Rv − Cv)', () => {
    // F = 46,000 + 301,437.5 = 347,437.5; M = 50,000; Rv − Cv = 413,512 − 79,000 = 334,512;
    // f* = 297,437.5 / 334,512 = 0.88917… → 0.8892; main flow: handling in (30,435 c a month) → 88.92 → 89 pallets.
    expect(q.breakEven).toEqual({ flow: 'inbound_pallets', volume: 89, factor: 0.8892 });
  });

  it('bands the main flow: all-in price = (cost + fixed / volume at the band midpoint) / (1 − m)', () => {
    // (280 + 46,000 / 75) / 0.92 = 893.333… / 0.92 = 971.0144… → 971.01; (280 + 460) / 0.92 = 804.3478… → 804.35;
    // (280 + 368) / 0.92 = 704.3478… → 704.35: cents to a hundredth of a cent, like the grid.
    expect(q.bands).toEqual([
      { flow: 'inbound_pallets', fromQuantity: 0, toQuantity: 85, midpointShare: 0.75, priceCents: 971.01 },
      { flow: 'inbound_pallets', fromQuantity: 85, toQuantity: 115, midpointShare: 1, priceCents: 804.35 },
      {
        flow: 'inbound_pallets',
        fromQuantity: 115,
        toQuantity: null,
        midpointShare: 1.25,
        priceCents: 704.35,
      },
    ]);
  });

  it('applies the minimum monthly fee in the low months', () => {
    // Picking lines only, 500 then 1,500 lines a month: 16.30 c × 1,000 = 16,300 c an average month; with the floor
    // at 100 % of it the minimum is 66,300 c; a 500-line month bills 500 × 16.30 = 8,150 + 50,000 = 58,150 → 66,300;
    // a 1,500-line month 1,500 × 16.30 = 24,450 + 50,000 = 74,450.
    const seasonal = quote(
      request({
        volumes: { order_lines: [...Array(6).fill(500), ...Array(6).fill(1500)] },
        orderProfile: { ordersPerMonth: 0, linesPerOrder: 5, unitsPerLine: 2, singleLineShare: 0.1 },
        services: ['picking'],
      }),
      {},
      { minimumFeeVariableShare: 1 },
    );
    expect(seasonal.minimumMonthlyFeeCents).toBe(66_300);
    expect(seasonal.monthly[0]?.revenue).toBe(66_300);
    expect(seasonal.monthly[11]?.revenue).toBe(74_450);
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
    // −30 %: revenue 0.7 × 413,512 = 289,458.4 → 289,458 + 50,000 = 339,458 (above the 298,107 floor);
    // cost 0.7 × 79,000 + 301,437.5 + 46,000 = 402,737.5 → 402,738.
    expect(at('volume', -30)).toMatchObject({ revenue: 12 * 339_458, cost: 12 * 402_738 });
    expect(at('volume', -30).margin).toBeLessThan(0);
    // +30 %: revenue 1.3 × 413,512 = 537,565.6 → 537,566 + 50,000 = 587,566; cost 1.3 × 79,000 + 347,437.5 =
    // 450,137.5 → 450,138.
    expect(at('volume', 30)).toMatchObject({ revenue: 12 * 587_566, cost: 12 * 450_138 });
    const margins = [-30, -20, -10, 10, 20, 30].map((p) => at('volume', p).margin);
    expect([...margins].sort((a, b) => a - b)).toEqual(margins);
  });

  it('divides the labour lines by 1 ± 10 % at unchanged revenue', () => {
    // Labour a month: 100 × 270 + 100 × 180 + 200 × 60 + 1,000 × 15 + 2,000 × 3 = 78,000 c (putaway's 10 c label stays).
    // +10 %: 78,000 / 1.1 = 70,909.09 → cost 301,437.5 + 1,000 + 70,909.09 + 46,000 = 419,346.59 → 419,347.
    expect(at('productivity', 10)).toMatchObject({ revenue: 12 * 463_512, cost: 12 * 419_347 });
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

  it('earns the 8 % target over the year within 0.3 points, and breaks even below the base volumes', () => {
    // Margin 14,742,403 c on 184,171,781 c = 8.0047 % → 8.00 (whole-cent prices gave 7.34 %: units picked at 5 c
    // for a 5.2511 c cost). Neither usual culprit moves it here: the minimum fee floor (94,042.41 €) stays below
    // every month's revenue (the August trough bills 139,099.79 €), and storage, sized at peak, is priced on its
    // peak cost, so it keeps 8 % too. The 0.0047 point left is the prices' rounding to a hundredth of a cent, mostly
    // 300,000 units a month at 5.71 c for 5.2511 / 0.92 = 5.7077 c (300,000 × 0.0023 ≈ +685 c a month).
    expect(q.totals).toEqual({ revenue: 184_171_781, cost: 169_429_378, margin: 14_742_403, marginPct: 8 });
    expect(Math.abs(q.totals.marginPct - 8)).toBeLessThanOrEqual(0.3);
    expect(q.minimumMonthlyFeeCents).toBe(9_404_241);
    expect(Math.min(...q.monthly.map((m) => m.revenue))).toBe(13_909_979);
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
