// Roster page vocabulary: shift names, codes and colours, qualification names and short codes, grid day headers.
import { type Lang, localeTag } from '@logipilot/i18n';
import type { TFunction } from 'i18next';
import type { RosterShift } from '../../api/types.ts';

type Exists = (key: string) => boolean;

/** "Matin" from the shared vocabulary, else the template kind, else the site's own label (its hours). */
export function shiftName(t: TFunction, exists: Exists, shift: RosterShift): string {
  if (exists(`web.plan.shiftShort.${shift.key}`)) return t(`web.plan.shiftShort.${shift.key}`);
  if (shift.kind !== 'custom' && exists(`roster.templateKind.${shift.kind}`))
    return t(`roster.templateKind.${shift.kind}`);
  return shift.label;
}

/** One or two letters for a grid cell ("M", "AM", "N"); a site's own shift keeps its key. */
export function shiftCode(t: TFunction, exists: Exists, shift: RosterShift): string {
  if (exists(`web-roster.shiftCode.${shift.key}`)) return t(`web-roster.shiftCode.${shift.key}`);
  if (exists(`web-roster.shiftCode.${shift.kind}`)) return t(`web-roster.shiftCode.${shift.kind}`);
  return shift.key;
}

const LICENCE = /^(R\d{3}):(.+)$/;

/** `picker` → "Préparateur de commandes"; `R489:5` → "CACES R489 cat. 5". */
export function qualificationName(t: TFunction, exists: Exists, key: string): string {
  const licence = LICENCE.exec(key);
  if (licence) {
    const [, scheme = '', category = ''] = licence;
    return `CACES ${scheme} ${t('web.overview.staff.categoryShort', { category })}`;
  }
  return exists(`site.jobRole.${key}`) ? t(`site.jobRole.${key}`) : key;
}

/** A few letters that fit a grid cell: "Prép.", "C5". */
export function qualificationShort(t: TFunction, exists: Exists, key: string): string {
  const licence = LICENCE.exec(key);
  if (licence) return t('web-roster.qualificationShort.licence', { category: licence[2] ?? '' });
  return exists(`web-roster.qualificationShort.${key}`) ? t(`web-roster.qualificationShort.${key}`) : key;
}

/** Team names are job roles unless the site names its teams. */
export function teamName(t: TFunction, exists: Exists, team: string): string {
  if (exists(`plan.qualification.${team}`)) return t(`plan.qualification.${team}`);
  return team;
}

/** Background and text colour of a shift: by kind, so that nights look alike on every site; others by position. */
const KIND_COLOURS: Record<string, { background: string; color: string }> = {
  morning: { background: '#fde9b8', color: '#6b4600' },
  afternoon: { background: '#cfe2fb', color: '#163d7a' },
  night: { background: '#3b3f7a', color: '#ffffff' },
  day: { background: '#d4eedb', color: '#14522f' },
};
const OTHER_COLOURS = [
  { background: '#f4d3e4', color: '#6e1d45' },
  { background: '#d9f0ef', color: '#0b5753' },
  { background: '#e8ddf7', color: '#43267a' },
  { background: '#efe6d6', color: '#5a4526' },
];

export function shiftColours(
  shifts: readonly RosterShift[],
): Map<string, { background: string; color: string }> {
  const out = new Map<string, { background: string; color: string }>();
  let other = 0;
  for (const s of shifts) {
    const byKind = KIND_COLOURS[s.kind];
    if (byKind && ![...out.values()].includes(byKind)) out.set(s.key, byKind);
    else
      out.set(s.key, OTHER_COLOURS[other++ % OTHER_COLOURS.length] ?? { background: '#eee', color: '#222' });
  }
  return out;
}

/** The ISO days from `from`, `count` of them. */
export function rosterDays(from: string, count: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

export function isMonday(isoDay: string): boolean {
  return new Date(`${isoDay}T00:00:00Z`).getUTCDay() === 1;
}

export function isWeekend(isoDay: string): boolean {
  const weekday = new Date(`${isoDay}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeTag(lang), { ...options, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

/** Column header parts: "lun." / "Mon" and the day of the month. */
export function weekdayShort(lang: Lang, isoDay: string): string {
  return format(lang, { weekday: 'short' }).format(new Date(`${isoDay}T00:00:00Z`));
}

export function dayOfMonth(isoDay: string): number {
  return Number(isoDay.slice(8, 10));
}

/** "lundi 9 novembre" for tooltips and the editor's title. */
export function longDay(lang: Lang, isoDay: string): string {
  return format(lang, { weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}

export function dateTime(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(localeTag(lang), { dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(iso),
  );
}
