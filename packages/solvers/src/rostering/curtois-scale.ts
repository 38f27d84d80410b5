// A Curtois & Qu instance made larger in the benchmark's own format: its horizon repeated, its staff copied. The
// published instances beyond the twelve in `../shared/bench` run to a year and 150 people; scaled ones measure how
// the solver fares at such sizes (scripts/bench/roster-curtois-long.ts) and test the paths only long rosters take.
import { type Section, splitSections } from './curtois.ts';

/**
 * The instance text with its horizon repeated `times` times (days off, requests and cover repeated; limits over the
 * horizon — shifts of each type, minutes, weekends — multiplied) and its staff copied `copies` times (the copies of
 * person A are A, Ax1, Ax2…; the cover's requirements multiplied).
 */
export function scaleCurtoisInstance(text: string, times: number, copies = 1): string {
  const sections = splitSections(text, 'instance');
  const rows = (name: Section) => (sections[name] ?? []).map((at) => at.text);
  const days = Number(rows('SECTION_HORIZON')[0]);
  const id = (person: string, k: number) => (k === 0 ? person : `${person}x${k}`);
  const everyone = <T>(each: (k: number) => T[]) => Array.from({ length: copies }, (_, k) => each(k)).flat();
  const repeated = (name: Section, dayField: number, personal: boolean) =>
    everyone((k) =>
      Array.from({ length: times }, (_, t) =>
        rows(name).map((row) => {
          const f = row.split(',');
          f[dayField] = String(Number(f[dayField]) + t * days);
          if (personal) f[0] = id(f[0]!, k);
          return f.join(',');
        }),
      ).flat(),
    );
  const staff = everyone((k) =>
    rows('SECTION_STAFF').map((row) => {
      const f = row.split(',');
      f[0] = id(f[0]!, k);
      f[1] = f[1]!
        .split('|')
        .map((m) => `${m.split('=')[0]}=${Number(m.split('=')[1]) * times}`)
        .join('|');
      for (const i of [2, 3, 7]) f[i] = String(Number(f[i]) * times);
      return f.join(',');
    }),
  );
  const daysOff = everyone((k) =>
    rows('SECTION_DAYS_OFF').map((row) => {
      const [person, ...off] = row.split(',');
      const all = Array.from({ length: times }, (_, t) =>
        off.filter((d) => d !== '').map((d) => Number(d) + t * days),
      );
      return [id(person!, k), ...all.flat()].join(',');
    }),
  );
  const cover = Array.from({ length: times }, (_, t) =>
    rows('SECTION_COVER').map((row) => {
      const f = row.split(',');
      f[0] = String(Number(f[0]) + t * days);
      f[2] = String(Number(f[2]) * copies);
      return f.join(',');
    }),
  ).flat();
  return [
    'SECTION_HORIZON',
    String(days * times),
    'SECTION_SHIFTS',
    ...rows('SECTION_SHIFTS'),
    'SECTION_STAFF',
    ...staff,
    'SECTION_DAYS_OFF',
    ...daysOff,
    'SECTION_SHIFT_ON_REQUESTS',
    ...repeated('SECTION_SHIFT_ON_REQUESTS', 1, true),
    'SECTION_SHIFT_OFF_REQUESTS',
    ...repeated('SECTION_SHIFT_OFF_REQUESTS', 1, true),
    'SECTION_COVER',
    ...cover,
    '',
  ].join('\n');
}
