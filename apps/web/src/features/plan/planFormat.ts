// Plan page vocabulary: canonical order of activities and shifts, localised day and qualification labels, heat colours.
import { type Lang, localeTag } from '@logipilot/i18n';
import type { TFunction } from 'i18next';

/** Activities in the order of the flow through the warehouse (plan.activity keys); unknown ones follow. */
export const ACTIVITY_ORDER = [
  'unloading',
  'receiving',
  'putaway',
  'replenishment',
  'picking',
  'packing',
  'loading',
  'returns',
  'vas',
  'inventory',
] as const;

export const SHIFT_ORDER = ['morning', 'afternoon', 'night'] as const;

/** Sorts keys by a canonical order, unknown keys last in alphabetical order. */
export function inOrder(keys: Iterable<string>, order: readonly string[]): string[] {
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i === -1 ? order.length : i;
  };
  return [...new Set(keys)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** `lun. 30 nov.` / `Mon 30 Nov`: an ISO day read as that calendar day, whatever the browser's time zone. */
export function dayLabel(lang: Lang, isoDay: string): string {
  let format = dayFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(localeTag(lang), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    dayFormats.set(lang, format);
  }
  return format.format(new Date(`${isoDay}T00:00:00Z`)).replace(',', '');
}

/** The ISO day of the Monday after `today` (a week later when today is a Monday: plans look ahead). */
export function nextMonday(today: Date): string {
  const day = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  const weekday = day.getUTCDay(); // 0 = Sunday
  day.setUTCDate(day.getUTCDate() + ((8 - weekday) % 7 || 7));
  return day.toISOString().slice(0, 10);
}

/** Translated key when the catalogue has it, else the raw key (a new activity or shift the catalogue lacks). */
function known(t: TFunction, exists: (key: string) => boolean, key: string, fallback: string): string {
  return exists(key) ? t(key) : fallback;
}

export function activityLabel(t: TFunction, exists: (key: string) => boolean, activity: string): string {
  return known(t, exists, `plan.activity.${activity}`, activity);
}

/** A short name for a column header ("Réappro."), the full one going to its tooltip. */
export function activityShortLabel(t: TFunction, exists: (key: string) => boolean, activity: string): string {
  return exists(`web.plan.activityShort.${activity}`)
    ? t(`web.plan.activityShort.${activity}`)
    : activityLabel(t, exists, activity);
}

export function shiftLabel(t: TFunction, exists: (key: string) => boolean, shift: string): string {
  return known(t, exists, `plan.shift.${shift}`, shift);
}

/** "Matin" rather than "Équipe du matin", where a table has no room for the full name. */
export function shiftShortLabel(t: TFunction, exists: (key: string) => boolean, shift: string): string {
  return exists(`web.plan.shiftShort.${shift}`)
    ? t(`web.plan.shiftShort.${shift}`)
    : shiftLabel(t, exists, shift);
}

export interface PlanQualificationLabel {
  label: string;
  /** What the licence category covers, for a tooltip. */
  detail: string | null;
}

/** `picker` → "Préparateurs de commandes"; `R489:5` → "Caristes CACES R489 cat. 5" with the category's description. */
export function planQualificationLabel(
  t: TFunction,
  exists: (key: string) => boolean,
  key: string,
): PlanQualificationLabel {
  const licence = /^(R\d{3}):(.+)$/.exec(key);
  if (licence) {
    const [, scheme = '', category = ''] = licence;
    const name = `CACES ${scheme} ${t('web.overview.staff.categoryShort', { category })}`;
    const detailKey = `site.cacesCategory.${scheme}.${category}`;
    return {
      label: t('plan.qualification.licence', { licence: name }),
      detail: exists(detailKey) ? t(detailKey) : null,
    };
  }
  if (exists(`plan.qualification.${key}`)) return { label: t(`plan.qualification.${key}`), detail: null };
  if (exists(`site.jobRole.${key}`)) return { label: t(`site.jobRole.${key}`), detail: null };
  return { label: key, detail: null };
}

/** Background of a heat-map cell: white for nothing, deeper blue as the value nears the table's maximum. */
export function heatStyle(
  value: number,
  max: number,
): { backgroundColor: string; color: string } | undefined {
  if (!(value > 0) || !(max > 0)) return undefined;
  const ratio = Math.min(1, value / max);
  const lightness = Math.round(96 - ratio * 52);
  return { backgroundColor: `hsl(217 78% ${lightness}%)`, color: lightness < 62 ? '#fff' : 'inherit' };
}
