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

/** Every space people or Excel put between thousands: regular, no-break, narrow no-break, thin, figure. */
const GROUP_SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;

/**
 * Reads a number as a person types it in the interface language; null when it is not one. French: decimal comma,
 * thousands by spaces (`1 234,5`), a lone dot read as a decimal point (a value pasted from elsewhere). English:
 * decimal point, thousands by commas (`1,234.5`), a lone comma not followed by three digits read as a decimal comma.
 * @example parseLocaleNumber('fr', '1 234,5') // 1234.5
 * @example parseLocaleNumber('en', '1,234.5') // 1234.5
 */
export function parseLocaleNumber(lang: Lang, text: string): number | null {
  let s = text.replace(GROUP_SPACES, '');
  if (s === '') return null;
  const [decimal, group] = lang === 'fr' ? [',', '.'] : ['.', ','];
  const hasDecimal = s.includes(decimal);
  if (hasDecimal) s = s.split(group).join('');
  else if (s.includes(group)) {
    const parts = s.split(group);
    // `1.234.567` or `1,234` group thousands; a single `2.5` (French) or `2,5` (English) is a decimal.
    const grouping = parts.length > 2 || (lang === 'en' && parts[1]?.length === 3);
    s = grouping ? parts.join('') : parts.join(decimal);
  }
  if (decimal === ',') s = s.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
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
  return dateFormat(lang, style, isoDay).format(date);
}

/** A formatter per language, style and time zone: building one costs far more than formatting a date with it. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, style: DateStyle, utc: boolean): Intl.DateTimeFormat {
  const cacheKey = `${lang}|${style}|${utc ? 'utc' : 'local'}`;
  let df = dateFormats.get(cacheKey);
  if (!df) {
    df = new Intl.DateTimeFormat(localeTag(lang), { dateStyle: style, ...(utc ? { timeZone: 'UTC' } : {}) });
    dateFormats.set(cacheKey, df);
  }
  return df;
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
