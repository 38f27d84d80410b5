// What the budget documents read (the computed budget, its monthly variance, cost centre names) and the labels,
// euro figures and year-to-date sums the XLSX and PDF writers share.
import {
  ACTIVITIES,
  type Activity,
  type Budget,
  type BudgetVarianceComponents,
  type MonthVarianceReport,
  UNITS_OF_WORK,
  type UnitOfWork,
} from '@logipilot/domain';
import { formatNumber, hasKey, type Lang, localeTag, translate } from '@logipilot/i18n';

export interface BudgetReportDoc {
  siteName: string;
  year: number;
  /** e.g. "Budget initial", "Reprévision juin". */
  versionName: string;
  budget: Budget;
  /** budgetVariance's 12 months (months without actuals carry `actual: null`). */
  variance: MonthVarianceReport[];
  /** Cost centre code → name; a code without a name prints alone. */
  costCentreNames: Record<string, string>;
}

export const tr = (lang: Lang, key: string, params?: Record<string, unknown>): string =>
  translate(lang, `budget-documents.${key}`, params);

/** Effects in the order the reports print them. */
export const EFFECTS = ['volume', 'efficiency', 'rate', 'mix'] as const;
export type Effect = (typeof EFFECTS)[number];

export const HEADER_FILL = 'E8EEF4';
export const TOTAL_FILL = 'F2F2F2';
export const BUDGET_COLOUR = '9DB4CE';
export const ACTUAL_COLOUR = '3D5A80';

/** French numbers group thousands with U+202F, which Roboto lacks: the plain no-break space prints. */
export const printable = (text: string): string => text.replace(/\u202f/g, '\u00a0');

export const euros = (cents: number): number => cents / 100;

/** `1 064,00 €` from 106400; signed (`+230,00 €`) for a variance. */
export function formatEuros(lang: Lang, cents: number | null, signed = false): string {
  if (cents === null) return '—';
  const figure = formatNumber(lang, cents / 100, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    ...(signed ? { signDisplay: 'exceptZero' } : {}),
  });
  return printable(`${figure}\u00a0€`);
}

/** Whole euros for the wide month-by-month tables, where cents would not fit. */
export function formatWholeEuros(lang: Lang, cents: number): string {
  return printable(formatNumber(lang, Math.round(cents / 100), { maximumFractionDigits: 0 }));
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** `janv.` / `Jan` from `2027-01`. */
export function monthShort(lang: Lang, month: string): string {
  let f = monthFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(localeTag(lang), { month: 'short', timeZone: 'UTC' });
    monthFormats.set(lang, f);
  }
  return f.format(new Date(`${month}-01T00:00:00Z`));
}

/** `Janvier 2027` / `January 2027` from `2027-01`. */
export function monthLong(lang: Lang, month: string): string {
  const text = new Intl.DateTimeFormat(localeTag(lang), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
  return text.charAt(0).toLocaleUpperCase(localeTag(lang)) + text.slice(1);
}

export function costCentreLabel(doc: BudgetReportDoc, code: string): string {
  const name = doc.costCentreNames[code];
  return name && name !== code ? `${code} — ${name}` : code;
}

const ACTIVITY_SET: ReadonlySet<string> = new Set(ACTIVITIES);
const UNIT_SET: ReadonlySet<string> = new Set(UNITS_OF_WORK);

export const activityLabel = (lang: Lang, activity: Activity): string =>
  translate(lang, `plan.activity.${activity}`);

/** "Préparation — ligne de commande" for `picking/order_line`; a fixed key's label, or the key itself. */
export function lineLabel(lang: Lang, key: string): string {
  const [activity, unit] = key.split('/');
  if (activity && unit && ACTIVITY_SET.has(activity) && UNIT_SET.has(unit))
    return `${activityLabel(lang, activity as Activity)} — ${translate(lang, `plan.unitOfWork.${unit as UnitOfWork}`)}`;
  const fixedKey = `budget-documents.fixedKey.${key}`;
  return hasKey(lang, fixedKey) ? translate(lang, fixedKey) : key;
}

export interface YearToDate extends BudgetVarianceComponents {
  months: number;
  budget: number;
  actual: number;
}

/** Sums over the months that have actuals: budget, actual and effects of the same months, so they add up. */
export function yearToDate(variance: readonly MonthVarianceReport[]): YearToDate {
  const out: YearToDate = {
    months: 0,
    budget: 0,
    actual: 0,
    volume: 0,
    efficiency: 0,
    rate: 0,
    mix: 0,
    total: 0,
    roundingCents: 0,
  };
  for (const m of variance) {
    if (m.actual === null || m.variance === null) continue;
    out.months += 1;
    out.budget += m.budget;
    out.actual += m.actual;
    for (const k of [...EFFECTS, 'total', 'roundingCents'] as const) out[k] += m.variance[k];
  }
  return out;
}

/** The report's month of each budget month, by `YYYY-MM`. */
export const varianceByMonth = (doc: BudgetReportDoc): Map<string, MonthVarianceReport> =>
  new Map(doc.variance.map((m) => [m.month, m]));

export function metaLine(lang: Lang, doc: BudgetReportDoc): string {
  return [
    tr(lang, 'meta.site', { site: doc.siteName }),
    tr(lang, 'meta.year', { year: doc.year }),
    tr(lang, 'meta.version', { version: doc.versionName }),
  ].join('   ·   ');
}

/** Sheet names: Excel's 31 characters, no reserved character. */
export const sheetName = (raw: string): string => raw.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

/** Year-end landing (atterrissage): the actual of each month that has one, the budget of the others. */
export function landingCents(variance: readonly MonthVarianceReport[]): number {
  return variance.reduce((a, m) => a + (m.actual ?? m.budget), 0);
}
