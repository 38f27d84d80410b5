// Locale-aware formatting of numbers, dates, money (integer cents) and quantities with units, through Intl.
import { type Lang, localeTag } from './lang.ts';
import { translate } from './translate.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = `${lang}|${JSON.stringify(options)}`;
  let nf = numberFormats.get(cacheKey);
  if (!nf) {
    nf = new Intl.NumberFormat(localeTag(lang), options);
    numberFormats.set(cacheKey, nf);
  }
  return nf;
}

/**
 * Formats a number with the locale's separators (French: narrow no-break space for thousands, comma for decimals).
 * @example formatNumber('fr', 12345.7) // '12 345,7'
 */
export function formatNumber(lang: Lang, value: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(lang, { maximumFractionDigits: 2, ...options }).format(value);
}

/** Formats a ratio (0.42) as a percentage ('42 %' in French, '42%' in English). */
export function formatPercent(lang: Lang, ratio: number, fractionDigits = 0): string {
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
}

/**
 * Formats integer euro cents as money.
 * @example formatCurrencyCents('fr', 123456) // '1 234,56 €'
 */
export function formatCurrencyCents(lang: Lang, cents: number, currency = 'EUR'): string {
  return numberFormat(lang, { style: 'currency', currency }).format(cents / 100);
}

export type DateStyle = 'long' | 'short' | 'medium';

/**
 * Formats a date. An ISO day ('2026-03-05') is read as that calendar day, never shifted by the time zone.
 * @example formatDate('fr', '2026-03-05') // '5 mars 2026'
 * @example formatDate('en', '2026-03-05', 'short') // '05/03/2026'
 */
export function formatDate(lang: Lang, value: string | Date, style: DateStyle = 'long'): string {
  const isoDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = typeof value === 'string' ? new Date(isoDay ? `${value}T00:00:00Z` : value) : value;
  return new Intl.DateTimeFormat(localeTag(lang), {
    dateStyle: style,
    ...(isoDay ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** Units known to the catalogue (`common.quantity.<unit>`): counted things take plurals, measures do not. */
export const QUANTITY_UNITS = [
  'pallet',
  'location',
  'case',
  'unit',
  'day',
  'm',
  'm2',
  'm3',
  'kg',
  't',
  'h',
  'min',
  'percent',
] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

/**
 * Formats a quantity with its unit, with the right plural and a no-break-friendly number.
 * @example formatQuantity('fr', 1250, 'pallet') // '1 250 palettes'
 * @example formatQuantity('en', 3.5, 'm2') // '3.5 m²'
 */
export function formatQuantity(
  lang: Lang,
  value: number,
  unit: QuantityUnit,
  options: Intl.NumberFormatOptions = {},
): string {
  return translate(lang, `common.quantity.${unit}`, {
    count: value,
    value: formatNumber(lang, value, options),
  });
}
