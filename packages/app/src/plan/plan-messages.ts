// Sentences of plan issues and lever reasons in the request's language, with numbers, money and days formatted.
import {
  formatCurrencyCents,
  formatDate,
  formatNumber,
  formatPercent,
  hasKey,
  type Lang,
  translate,
} from '@logipilot/i18n';
import type { PlanMessage } from './plan-types.ts';

type Params = Record<string, string | number | boolean | null>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Params in cents (lever costs per hour), fractions shown as percentages, and everything else. */
const MONEY = /cost/i;
const FRACTION =
  /^(share|maxShare|efficiency|tempEfficiency|serviceLevel|absenteeism|nonProductiveShare|indirectShare|newTempShare|exposureShare)$/;

const dayLabels = new Map<string, string>();

/** Intl.DateTimeFormat is built per call by formatDate: a plan formats the same few hundred days thousands of times. */
function dayLabel(lang: Lang, day: string): string {
  const key = `${lang}|${day}`;
  let label = dayLabels.get(key);
  if (label === undefined) {
    label = formatDate(lang, day, 'medium');
    dayLabels.set(key, label);
  }
  return label;
}

/** Params as a person reads them: 2250 cents → "22,50 €", 0.98 → "98 %", 7.123 → "7,12", ISO days → dates. */
export function readableParams(
  lang: Lang,
  params: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number') {
      if (MONEY.test(key)) out[key] = formatCurrencyCents(lang, value);
      else if (FRACTION.test(key)) out[key] = formatPercent(lang, value);
      else out[key] = formatNumber(lang, value, { maximumFractionDigits: 2 });
    } else if (typeof value === 'string' && ISO_DAY.test(value)) {
      out[key] = dayLabel(lang, value);
    } else out[key] = value;
  }
  return out;
}

/** Primitive params only: what a stored plan and the API carry. */
export function plainParams(params: Readonly<Record<string, unknown>>): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
      out[key] = value as string | number | boolean | null;
    else out[key] = JSON.stringify(value);
  }
  return out;
}

/** The sentence of `<area>.<code>`; a code the catalogue lacks reads as the generic unknown-code sentence. */
export function sentence(
  lang: Lang,
  area: string,
  code: string,
  params: Readonly<Record<string, unknown>>,
): string {
  const key = `${area}.${code}`;
  if (!hasKey(lang, key)) return translate(lang, 'errors.UNKNOWN', { code });
  return translate(lang, key, readableParams(lang, params));
}

export function planMessage(
  lang: Lang,
  area: string,
  code: string,
  params: Readonly<Record<string, unknown>>,
): PlanMessage {
  return { code, params: plainParams(params), message: sentence(lang, area, code, params) };
}
