// Labels and sentences shared by the quote's XLSX bordereau and PDF: catalogue look-ups, money, %, formula text.
import type {
  QuoteAssumption,
  QuoteDriver,
  QuoteResult,
  QuoteSensitivity,
  QuoteTerms,
} from '@logipilot/domain';
import {
  formatCurrencyCents,
  formatDate,
  formatNumber,
  type Lang,
  localeTag,
  translate,
} from '@logipilot/i18n';

export const QUOTE_DOCUMENT_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const HEADER_FILL = 'E8EEF4';
export const SECTION_FILL = 'D0DCE8';

export const tr = (lang: Lang, key: string, params?: Record<string, unknown>): string =>
  translate(lang, `quote-documents.${key}`, params);

export const serviceLabel = (lang: Lang, service: string): string =>
  translate(lang, `costing.quoteService.${service}`);

export const unitLabel = (lang: Lang, unit: string): string => translate(lang, `costing.quoteUnit.${unit}`);

export const driverLabel = (lang: Lang, driver: QuoteDriver): string =>
  translate(lang, `costing.quoteDriver.${driver}`);

/** French numbers group thousands with U+202F, which Roboto lacks: the plain no-break space prints. */
export const printable = (text: string): string => text.replace(/\u202f/g, '\u00a0');

export const money = (lang: Lang, cents: number): string => printable(formatCurrencyCents(lang, cents));

/**
 * A unit price (cents to a hundredth of a cent) exactly as the contract bills it: up to 4 decimals of a euro, zeros
 * beyond the second trimmed (0.0511 €, 3.0435 €, 3.10 €, 12.6565 €), so the PDF, the bordereau and the simulation
 * always agree.
 */
export const unitMoney = (lang: Lang, cents: number): string =>
  printable(
    formatNumber(lang, Math.round(cents * 100) / 10_000, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 2,
      maximumFractionDigits: 4,
    }),
  );

/** 8 → `8 %` / `8%`; up to two decimals (`fixed`: always two). */
export const percent = (lang: Lang, pct: number, signed = false, fixed = false): string =>
  printable(
    formatNumber(lang, pct / 100, {
      style: 'percent',
      maximumFractionDigits: 2,
      ...(fixed ? { minimumFractionDigits: 2 } : {}),
      ...(signed ? { signDisplay: 'exceptZero' } : {}),
    }),
  );

export const quantity = (lang: Lang, value: number, digits = 0): string =>
  printable(formatNumber(lang, value, { maximumFractionDigits: digits }));

export const dayText = (lang: Lang, iso: string): string => printable(formatDate(lang, iso));

/** `Janvier 2026` / `January 2026`. */
export function monthLabel(lang: Lang, month: string): string {
  const text = new Intl.DateTimeFormat(localeTag(lang), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
  return text.charAt(0).toLocaleUpperCase(localeTag(lang)) + text.slice(1);
}

/** The assumption's sentence, numbers written the language's way. */
export function assumptionText(lang: Lang, a: QuoteAssumption): string {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(a.params)) {
    params[k] = typeof v === 'number' ? printable(formatNumber(lang, v, { maximumFractionDigits: 2 })) : v;
  }
  return printable(translate(lang, `costing.quoteAssumptions.${a.code}`, params));
}

const share = (lang: Lang, x: number): string =>
  printable(formatNumber(lang, x, { minimumFractionDigits: 2, maximumFractionDigits: 4 }));

/** Pn = P0 × (0.15 + 0.60 × Ln/L0 + 0.10 × En/E0 + 0.15 × Rn/R0): plain letters, Roboto has no subscript digits. */
export function indexationFormula(lang: Lang, terms: QuoteTerms): string {
  const x = terms.indexation;
  return (
    `Pn = P0 × (${share(lang, x.fixedShare)} + ${share(lang, x.labourShare)} × Ln/L0 + ` +
    `${share(lang, x.energyShare)} × En/E0 + ${share(lang, x.rentShare)} × Rn/R0)`
  );
}

/** The legend of the formula's letters, index names from the catalogue (a code it does not know is shown as is). */
export function indexationLegend(lang: Lang, terms: QuoteTerms): string[] {
  const index = (code: string): string => {
    const text = translate(lang, `quote-documents.index.${code}`);
    return text === `quote-documents.index.${code}` ? code : text;
  };
  return [
    tr(lang, 'terms.legendP'),
    tr(lang, 'terms.legendL', { index: index(terms.indexation.labourIndex) }),
    tr(lang, 'terms.legendE', { index: index(terms.indexation.energyIndex) }),
    tr(lang, 'terms.legendR', { index: index(terms.indexation.rentIndex) }),
  ];
}

export function paymentText(lang: Lang, terms: QuoteTerms): string {
  return tr(lang, terms.paymentEndOfMonth ? 'terms.paymentEndOfMonth' : 'terms.paymentInvoiceDate', {
    count: terms.paymentTermsDays,
  });
}

export function validityText(lang: Lang, result: QuoteResult): string {
  return tr(lang, 'terms.validityValue', {
    count: result.terms.validityDays,
    date: dayText(lang, result.validUntil),
  });
}

export function pricingText(lang: Lang, result: QuoteResult): string {
  return printable(
    tr(lang, `pricing.${result.pricing.basis}`, {
      margin: percent(lang, result.pricing.marginPct),
      markup: percent(lang, result.pricing.markupPct),
    }),
  );
}

export function breakEvenText(lang: Lang, result: QuoteResult): string {
  const b = result.breakEven;
  if (b.factor === null || b.volume === null || b.flow === null) return tr(lang, 'breakEven.none');
  return printable(
    tr(lang, 'breakEven.text', {
      volume: quantity(lang, b.volume),
      flow: driverLabel(lang, b.flow),
      pct: percent(lang, Math.round(b.factor * 1000) / 10),
    }),
  );
}

export function scenarioLabel(lang: Lang, s: QuoteSensitivity): string {
  return tr(lang, `sensitivity.${s.kind}`, { pct: percent(lang, s.pct, true) });
}

/** Names of the XLSX sheets (Excel: at most 31 characters, no `/\\?*[]:`). */
export function sheetNames(lang: Lang) {
  return {
    grid: tr(lang, 'sheet.grid'),
    simulation: tr(lang, 'sheet.simulation'),
    sensitivity: tr(lang, 'sheet.sensitivity'),
    assumptions: tr(lang, 'sheet.assumptions'),
    terms: tr(lang, 'sheet.terms'),
  };
}

/**
 * Who a quote document is for: the client gets prices, fees, bands, the estimated invoicing, terms and assumptions;
 * the internal file adds the pricing basis, costs, margins, break-even and sensitivity (never sent to a client).
 */
export type QuoteEdition = 'client' | 'internal';
