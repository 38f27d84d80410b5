// A small hand-made roster site for the rule tests: people with few constraints, rosters written as day grids.
import type { IsoDate } from '../shared/units.ts';
import { type Employee, employeeSchema } from '../staffing/employee.ts';
import {
  type Roster,
  type RosterHorizon,
  type RosterModel,
  type RosterModelInput,
  rosterModelSchema,
} from './model.ts';

/** Two weeks from Monday 2 March 2026 (no clock change, no public holiday). */
export const SAMPLE_HORIZON: RosterHorizon = { firstDay: '2026-03-02', days: 14 };

/** A full-time picker available every day and night; `extra` overrides any field. */
export function samplePerson(
  id: string,
  firstName: string,
  lastName: string,
  extra: Record<string, unknown> = {},
): Employee {
  return employeeSchema.parse({
    id,
    siteId: 's1',
    number: id,
    firstName,
    lastName,
    contract: { kind: 'cdi', start: '2020-01-06' },
    weeklyHours: 35,
    jobRole: 'picker',
    availability: {
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      earliestStart: '00:00',
      latestEnd: '24:00',
      nightWork: true,
    },
    ...extra,
  });
}

/** A model in Europe/Paris with the default templates (morning, afternoon, night) and the French legal rules. */
export function sampleModel(
  input: Partial<RosterModelInput> & Pick<RosterModelInput, 'employees'>,
): RosterModel {
  return rosterModelSchema.parse(input);
}

const LETTERS: Readonly<Record<string, string>> = { M: 'morning', A: 'afternoon', N: 'night' };

/**
 * A roster from one line per person: a token per day, `-` off, `M`/`A`/`N` the default templates or any template key,
 * `key@qualification` to name the qualification (else `qualification`, picker by default).
 */
export function gridRoster(
  horizon: RosterHorizon,
  rows: Readonly<Record<string, string>>,
  qualification = 'picker',
): Roster {
  const assignments: Roster['assignments'] = [];
  const first = Date.parse(`${horizon.firstDay}T00:00:00Z`);
  for (const [employeeId, line] of Object.entries(rows)) {
    for (const [d, token] of line.trim().split(/\s+/).entries()) {
      if (token === '-') continue;
      const [shift = '', q] = token.split('@');
      const day = new Date(first + d * 86_400_000).toISOString().slice(0, 10) as IsoDate;
      assignments.push({
        employeeId,
        day,
        shift: LETTERS[shift] ?? shift,
        qualification: q ?? qualification,
      });
    }
  }
  return { horizon, assignments };
}
