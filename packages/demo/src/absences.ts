// Leave and absences around the as-of date: planned paid leave, RTT and training in the coming weeks, past sickness.
import { type Absence, addDays, daysBetween, type Employee } from '@logipilot/domain';
import { nextMonday, toWeekday } from './dates.ts';
import type { Rng } from './prng.ts';
import type { QualificationDraft } from './qualifications.ts';

type Kind = Absence['kind'];

export interface AbsenceInput {
  siteId: string;
  asOf: string;
  employees: readonly Employee[];
  drafts: ReadonlyMap<string, QualificationDraft>;
}

export function generateAbsences(rng: Rng, input: AbsenceInput): Absence[] {
  const { asOf, siteId } = input;
  const out: Absence[] = [];
  const booked = new Map<string, [string, string][]>();
  const add = (e: Employee, kind: Kind, from: string, to: string, planned: boolean, note = ''): void => {
    const end = e.contract.end;
    if (from < e.contract.start || (end !== null && to > end)) return;
    const periods = booked.get(e.id) ?? [];
    if (periods.some(([f, t]) => from <= t && f <= to)) return;
    periods.push([from, to]);
    booked.set(e.id, periods);
    out.push({ id: '', siteId, employeeId: e.id, kind, from, to, planned, note });
  };

  for (const e of input.employees) {
    const r = rng.fork(e.id);
    // Renewal training a few days before a CACES runs out (only for those expiring soon).
    for (const l of input.drafts.get(e.id)?.licences ?? []) {
      const left = daysBetween(asOf, l.expiresOn);
      if (left > 0 && left <= 60) {
        const day = toWeekday(addDays(l.expiresOn, -r.int(3, 6)));
        if (day > asOf)
          add(e, 'training', day, addDays(day, 1), true, `CACES ${l.licence.scheme} ${l.licence.category}`);
      }
    }
    if (e.contract.kind !== 'temp') {
      if (r.chance(0.25)) {
        const from = addDays(nextMonday(asOf), 7 * r.int(0, 7));
        add(e, 'paid_leave', from, addDays(from, r.chance(0.5) ? 4 : 11), true);
      }
      // Above 35 h a week, RTT days accrue: each such person takes one in the coming four weeks.
      if (e.weeklyHours > 35) {
        const day = toWeekday(addDays(asOf, r.int(1, 28)));
        add(e, 'rtt', day, day, true);
      }
      if (r.chance(0.04)) {
        const day = toWeekday(addDays(asOf, r.int(3, 40)));
        add(e, 'training', day, addDays(day, 1), true, 'SST');
      }
    }
    if (r.chance(0.2)) {
      const from = addDays(asOf, -r.int(10, 180));
      add(e, 'sick', from, addDays(from, r.int(0, 9)), false);
    }
  }
  // A few people off sick today, and one work accident in the last months.
  const current = Math.max(1, Math.round(input.employees.length / 40));
  for (const e of rng.shuffle(input.employees).slice(0, current)) {
    add(e, 'sick', addDays(asOf, -rng.int(1, 5)), addDays(asOf, rng.int(1, 7)), false);
  }
  const injured = rng.pick(input.employees.filter((e) => e.jobRole !== 'admin_clerk'));
  const accident = addDays(asOf, -rng.int(40, 120));
  add(injured, 'work_accident', accident, addDays(accident, rng.int(7, 28)), false);

  out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.employeeId < b.employeeId ? -1 : 1));
  return out.map((a, i) => ({ ...a, id: `${siteId}-abs-${String(i + 1).padStart(4, '0')}` }));
}
