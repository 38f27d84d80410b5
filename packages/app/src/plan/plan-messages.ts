// Sentences of plan issues and lever reasons in the request's language, with numbers, money and days formatted.
import {
  formatCurrencyCents,
  formatNumber,
  formatPercent,
  hasKey,
  type Lang,
  localeTag,
  translate,
} from '@logipilot/i18n';
import type { PlanMessage } from './plan-types.ts';

type Params = Record<string, string | number | boolean | null>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Params in cents (lever costs per hour), fractions shown as percentages, and everything else. */
const MONEY = /cost/i;
const FRACTION =
  /^(share|maxShare|efficiency|tempEfficiency|serviceLevel|absenteeism|nonProductiveShare|indirectShare|newTempShare|exposureShare)$/;

const dayLabels = new Map<Lang, Map<string, string>>();
const dayFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * formatDate(lang, day, 'medium') builds an Intl.DateTimeFormat per call (≈ 0.15 ms): a plan labels a few hundred
 * days, so one formatter per language is kept, with formatDate's own options for an ISO day.
 */
function dayLabel(lang: Lang, day: string): string {
  let labels = dayLabels.get(lang);
  if (!labels) {
    labels = new Map();
    dayLabels.set(lang, labels);
  }
  let label = labels.get(day);
  if (label === undefined) {
    let format = dayFormats.get(lang);
    if (!format) {
      format = new Intl.DateTimeFormat(localeTag(lang), { dateStyle: 'medium', timeZone: 'UTC' });
      dayFormats.set(lang, format);
    }
    label = format.format(new Date(`${day}T00:00:00Z`));
    labels.set(day, label);
  }
  return label;
}

/** Formatted numbers per language and style: a plan's params repeat the same few thousand values. */
const formatted = new Map<string, Map<number, string>>();
const MAX_FORMATTED = 50_000;

function formatOnce(lang: Lang, style: 'money' | 'percent' | 'number', value: number): string {
  const bucket = `${lang}|${style}`;
  let values = formatted.get(bucket);
  if (!values) {
    values = new Map();
    formatted.set(bucket, values);
  }
  let text = values.get(value);
  if (text === undefined) {
    text =
      style === 'money'
        ? formatCurrencyCents(lang, value)
        : style === 'percent'
          ? formatPercent(lang, value)
          : formatNumber(lang, value, { maximumFractionDigits: 2 });
    if (values.size >= MAX_FORMATTED) values.clear();
    values.set(value, text);
  }
  return text;
}

const styles = new Map<string, 'money' | 'percent' | 'number'>();

/** How a number param reads, from its name alone. */
function styleOf(key: string): 'money' | 'percent' | 'number' {
  let style = styles.get(key);
  if (style === undefined) {
    style = MONEY.test(key) ? 'money' : FRACTION.test(key) ? 'percent' : 'number';
    styles.set(key, style);
  }
  return style;
}

/** One param as a person reads it (see readableParams). */
function readable(lang: Lang, key: string, value: unknown): unknown {
  if (typeof value === 'number') return formatOnce(lang, styleOf(key), value);
  if (typeof value === 'string' && ISO_DAY.test(value)) return dayLabel(lang, value);
  return value;
}

/** Params as a person reads them: 2250 cents → "22,50 €", 0.98 → "98 %", 7.123 → "7,12", ISO days → dates. */
export function readableParams(
  lang: Lang,
  params: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) out[key] = readable(lang, key, value);
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

/*
 * A plan words tens of thousands of lever lines. i18next resolves and interpolates each call anew, so a sentence
 * whose catalogue text holds nothing but plain `{{name}}` placeholders is filled in here from the text i18next
 * resolves (once per key): the same substitution i18next makes with escaping off. Anything else (plurals, nesting,
 * formats, a missing or non-text value, an option name among the params) goes through i18next.
 */
const PLACEHOLDER = /\{\{([A-Za-z0-9_]+)\}\}/g;
const I18NEXT_OPTIONS =
  /^(count|context|ordinal|defaultValue|lng|lngs|ns|replace|returnObjects|returnDetails|joinArrays|postProcess|interpolation|keyPrefix|fallbackLng|skipInterpolation)$/;

interface Template {
  /** Literal text around the placeholders: texts.length = names.length + 1. */
  texts: string[];
  names: string[];
}

const templates = new Map<string, Template | null>();
const keys = new Map<string, boolean>();

/** `hasKey` without params, remembered: the catalogues do not change while the process runs. */
function known(lang: Lang, key: string): boolean {
  const id = `${lang}|${key}`;
  let has = keys.get(id);
  if (has === undefined) {
    has = hasKey(lang, key);
    keys.set(id, has);
  }
  return has;
}

function templateOf(lang: Lang, key: string): Template | null {
  const id = `${lang}|${key}`;
  let t = templates.get(id);
  if (t !== undefined) return t;
  t = null;
  const raw = translate(lang, key, { skipInterpolation: true });
  if (!known(lang, `${key}_one`) && !raw.includes('$t(')) {
    const texts: string[] = [];
    const names: string[] = [];
    let last = 0;
    for (const m of raw.matchAll(PLACEHOLDER)) {
      texts.push(raw.slice(last, m.index));
      names.push(m[1] ?? '');
      last = m.index + m[0].length;
    }
    texts.push(raw.slice(last));
    if (!texts.some((x) => x.includes('{{'))) t = { texts, names };
  }
  templates.set(id, t);
  return t;
}

/** The template filled with the params it shows, made readable; null when i18next must do it. */
function filled(lang: Lang, t: Template, params: Readonly<Record<string, unknown>>): string | null {
  for (const key of Object.keys(params)) if (I18NEXT_OPTIONS.test(key)) return null;
  let out = t.texts[0] ?? '';
  for (const [i, name] of t.names.entries()) {
    const value = Object.hasOwn(params, name) ? readable(lang, name, params[name]) : undefined;
    if (typeof value !== 'string') return null;
    out += value + (t.texts[i + 1] ?? '');
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
  if (!known(lang, key)) return translate(lang, 'errors.UNKNOWN', { code });
  const t = templateOf(lang, key);
  return (t && filled(lang, t, params)) ?? translate(lang, key, readableParams(lang, params));
}

/**
 * Sentences of one language and area, each built once per distinct value of the params its text shows: lever
 * lines and limits repeat the same sentence for many people and days (a limit's sentence does not name the person).
 */
export function sentenceMemo(
  lang: Lang,
  area: string,
): (code: string, params: Readonly<Record<string, unknown>>) => string {
  const built = new Map<string, string>();
  // The template of each code, looked up once per memo rather than once per line.
  const templateOfCode = new Map<string, Template | null>();
  return (code, params) => {
    let t = templateOfCode.get(code);
    if (t === undefined) {
      const key = `${area}.${code}`;
      t = known(lang, key) ? templateOf(lang, key) : null;
      templateOfCode.set(code, t);
    }
    if (!t) return sentence(lang, area, code, params);
    for (const name of Object.keys(params))
      if (I18NEXT_OPTIONS.test(name)) return sentence(lang, area, code, params);
    let id = code;
    for (const name of t.names) {
      const value = params[name];
      id += `\u0000${typeof value}:${String(value)}`;
    }
    let text = built.get(id);
    if (text === undefined) {
      text = sentence(lang, area, code, params);
      built.set(id, text);
    }
    return text;
  };
}

export function planMessage(
  lang: Lang,
  area: string,
  code: string,
  params: Readonly<Record<string, unknown>>,
): PlanMessage {
  return { code, params: plainParams(params), message: sentence(lang, area, code, params) };
}
