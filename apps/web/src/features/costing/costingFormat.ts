// Pure rules of the costing pages: French or English numbers typed in inputs, margin ↔ mark-up, money and shares.
import { formatCurrencyCents, formatNumber, type Lang, parseLocaleNumber } from '@logipilot/i18n';

/** How an input shows a stored number: as typed, a share as a percentage (0.08 ↔ 8), cents as euros (1220 ↔ 12,20). */
export type NumberScale = 'plain' | 'percent' | 'euros';

/** Drops binary noise (0.07 × 100 = 7.000000000000001) without touching what a person typed. */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** Stored value → number shown in the input. */
export function toShown(scale: NumberScale, stored: number): number {
  if (scale === 'percent') return clean(stored * 100);
  if (scale === 'euros') return clean(stored / 100);
  return stored;
}

/** Number typed in the input → stored value (cents stay fractional when typed so: consumables of 0,085 €). */
export function toStored(scale: NumberScale, shown: number): number {
  if (scale === 'percent') return clean(shown / 100);
  if (scale === 'euros') return clean(shown * 100);
  return shown;
}

/** The text an input shows for a number: locale decimals, no thousands separators (they hinder editing). */
export function inputText(lang: Lang, value: number | undefined, maxDigits = 4): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  return formatNumber(lang, value, { maximumFractionDigits: maxDigits, useGrouping: false });
}

/** Reads what a person typed ("8,5", "1 234,5", "8.5"); null when it is not a number. */
export function parseTyped(lang: Lang, text: string): number | null {
  return parseLocaleNumber(lang, text.trim());
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Mark-up on cost for a margin on price: m / (1 − m), both in percent, to two decimals (12 → 13.64). */
export function markupFromMargin(marginPct: number): number {
  if (marginPct >= 100) return Number.POSITIVE_INFINITY;
  return round2((marginPct / (100 - marginPct)) * 100);
}

/** Margin on price for a mark-up on cost: k / (1 + k), both in percent, to two decimals (13.64 → 12). */
export function marginFromMarkup(markupPct: number): number {
  return round2((markupPct / (100 + markupPct)) * 100);
}

/** Bounds the API accepts for the pricing overrides (quote-pricing overridesSchema). */
export const MARGIN_MAX = 95;
export const MARKUP_MAX = 500;

export function isValidMargin(value: number | null): value is number {
  return value !== null && value >= 0 && value <= MARGIN_MAX;
}

export function isValidMarkup(value: number | null): value is number {
  return value !== null && value >= 0 && value <= MARKUP_MAX;
}

/** Integer cents as money in the interface language ("1 234,56 €" / "€1,234.56"). */
export function money(lang: Lang, cents: number): string {
  return formatCurrencyCents(lang, cents);
}

/**
 * A unit price or cost, in cents to a hundredth of a cent (34.3 → "0,343 €"): per-unit tariffs of a few cents keep
 * their decimals, whole-cent amounts show two.
 */
export function unitMoney(lang: Lang, cents: number): string {
  return formatNumber(lang, cents / 100, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  });
}

/** Whole euros for charts and totals where cents are noise. */
export function moneyWhole(lang: Lang, cents: number): string {
  return formatNumber(lang, Math.round(cents / 100), {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
}

/** A percentage given in percent points (13.64 → "13,64 %"). */
export function percentPoints(lang: Lang, pct: number, digits = 2): string {
  return formatNumber(lang, pct / 100, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  });
}

/** "janv. 2026" / "Jan 2026" for a `YYYY-MM` month. */
export function shortMonth(lang: Lang, month: string): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/** "janv. 26" / "Jan 26": a month in a table header, twelve of them side by side. */
export function compactMonth(lang: Lang, month: string): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/** The twelve months of a profile starting at `startMonth` (`YYYY-MM`). */
export function profileMonths(startMonth: string | undefined, count = 12): string[] {
  const match = /^(\d{4})-(\d{2})$/.exec(startMonth ?? '');
  const year = match ? Number(match[1]) : new Date().getFullYear();
  const first = match ? Number(match[2]) - 1 : 0;
  return Array.from({ length: count }, (_, i) => {
    const m = first + i;
    return `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

type Path = readonly (string | number)[];

/** A copy of `root` with `value` at `path` (objects and arrays copied along the way); `undefined` removes the key. */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  const node = (root ?? (typeof head === 'number' ? [] : {})) as Record<string | number, unknown>;
  const next = rest.length === 0 ? value : setIn(node[head], rest, value);
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[head as number] = next;
    return copy as T;
  }
  const copy: Record<string | number, unknown> = { ...node };
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

/** The dotted path the API names a field by (`activities.3.tempShare`). */
export function pathKey(path: Path): string {
  return path.map(String).join('.');
}

/** A JSON file's text as an object, or null when it is not a JSON object. */
export function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The file name of a `Content-Disposition` answer (RFC 5987 `filename*` first), or the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // a malformed escape: fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}
