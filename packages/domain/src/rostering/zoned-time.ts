// Wall-clock times of a site's IANA time zone turned into real instants, so that shifts measure real time across DST.

const MS_PER_MINUTE = 60_000;
const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** Minutes the zone's clock is ahead of UTC at an instant (Europe/Paris: 60 in winter, 120 in summer). */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatOf(timeZone).formatToParts(epochMs))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
  return Math.round((wall - Math.floor(epochMs / MS_PER_MINUTE) * MS_PER_MINUTE) / MS_PER_MINUTE);
}

const instants = new Map<string, number>();
const MAX_REMEMBERED = 100_000;

/**
 * The instant (epoch ms) at which the site's clock shows `date` + `minutes` (minutes may pass 1,440: the next days).
 * A wall time skipped by the spring change (02:30 on the last Sunday of March in Paris) reads as the hour after.
 */
export function zonedInstant(date: string, minutes: number, timeZone: string): number {
  const key = `${timeZone}|${date}|${minutes}`;
  const known = instants.get(key);
  if (known !== undefined) return known;
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * MS_PER_MINUTE;
  // The offset at the wall time read as UTC is right except within a few hours of a change: a second look settles it.
  const first = zoneOffsetMinutes(timeZone, wall);
  let instant = wall - first * MS_PER_MINUTE;
  const second = zoneOffsetMinutes(timeZone, instant);
  if (second !== first) instant = wall - second * MS_PER_MINUTE;
  if (instants.size >= MAX_REMEMBERED) instants.clear();
  instants.set(key, instant);
  return instant;
}

/** Real minutes between two instants. */
export function minutesBetween(fromMs: number, toMs: number): number {
  return Math.round((toMs - fromMs) / MS_PER_MINUTE);
}
