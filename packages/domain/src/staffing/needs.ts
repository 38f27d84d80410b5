// Staffing needs: activity hours per shift → heads per qualification, with breaks, absenteeism, cold limits, leaders.
import type { Activity } from '../planning/activity.ts';
import { type Shift, shiftLengthMinutes } from '../planning/profiles.ts';
import { DomainError } from '../shared/errors.ts';
import { coldExposureShare } from './cold-exposure.ts';
import { crewRampUpFactor, fte, headcountOf, productiveHours, teamLeadersFor } from './fte.ts';
import { qualificationFor, type StaffingRules } from './staffing-rules.ts';

export interface ShiftWorkload {
  day: string;
  shift: string;
  activity: Activity;
  zoneId: string | null;
  hours: number;
}

export type NeedReason =
  | {
      code: 'PRODUCTIVE_HOURS';
      params: {
        workedHours: number;
        absenteeism: number;
        nonProductiveShare: number;
        productiveHours: number;
      };
    }
  | { code: 'INDIRECT_SHARE'; params: { indirectShare: number } }
  | { code: 'COLD_EXPOSURE_LIMIT'; params: { coldRange: string; exposureShare: number; coldHours: number } }
  | { code: 'COLD_NEVER_ALONE'; params: { minimum: number } }
  | { code: 'RAMP_UP'; params: { newTempShare: number; efficiency: number; factor: number } }
  | { code: 'SPAN_OF_CONTROL'; params: { operators: number; span: number } };

export interface StaffingNeed {
  day: string;
  shift: string;
  qualification: string;
  /** Hours of work to cover (direct + indirect); for team leaders, their presence hours. */
  hours: number;
  /** Unrounded person-shifts. */
  fte: number;
  headcount: number;
  /** Hours in cold zones inside `hours`. */
  coldHours: number;
  reasons: NeedReason[];
}

/** Hours a person works in a shift: its length less the unpaid break. */
export function workedHoursOfShift(s: Pick<Shift, 'start' | 'end' | 'breakMinutes'>): number {
  return (shiftLengthMinutes(s) - s.breakMinutes) / 60;
}

/**
 * Productive hours per person on a shift: worked × (1 − absenteeism) × (1 − non-productive) (productivity-costing.md
 * §3 step 3), × the crew's ramp-up factor when new temps are planned.
 */
export function productiveHoursPerHead(
  s: Pick<Shift, 'start' | 'end' | 'breakMinutes'>,
  rules: Pick<StaffingRules, 'absenteeism' | 'nonProductiveShare' | 'newTempShare' | 'newTempEfficiency'>,
): number {
  return (
    productiveHours(workedHoursOfShift(s), rules.absenteeism, rules.nonProductiveShare) *
    crewRampUpFactor(rules.newTempShare, rules.newTempEfficiency)
  );
}

/**
 * Cold hours weigh 1 / exposure share: in a −25 °C freezer a person may be inside 75 % of the time
 * (qualifications-safety.md §3), so 6 h of freezer work take 8 h of people.
 */
export function exposureWeightedHours(hours: number, exposureShare: number): number {
  return hours / exposureShare;
}

/** Raises the cold rows of one shift so that at least two people work in the cold together (never alone). */
export function neverAlone(rows: StaffingNeed[], minimum = 2): void {
  const cold = rows.filter((r) => r.coldHours > 0);
  const heads = cold.reduce((s, r) => s + r.headcount, 0);
  if (cold.length === 0 || heads >= minimum) return;
  const target = [...cold].sort((a, b) => b.coldHours - a.coldHours)[0]!;
  target.headcount += minimum - heads;
  target.reasons.push({ code: 'COLD_NEVER_ALONE', params: { minimum } });
}

interface Bucket {
  day: string;
  shift: string;
  qualification: string;
  hours: number;
  coldHours: number;
  weighted: number;
  cold: Map<string, { share: number; hours: number }>;
}

/**
 * Heads per day × shift × qualification. Hours gain the indirect share, cold hours weigh by the exposure limit, and
 * the sum divides by the productive hours of one person on that shift; team leaders follow by span of control.
 * A workload shift missing from `shifts` is a configuration error and throws SHIFT_UNKNOWN.
 */
export function staffingNeeds(input: {
  workloadByShift: readonly ShiftWorkload[];
  shifts: readonly Shift[];
  rules: StaffingRules;
}): StaffingNeed[] {
  const { rules } = input;
  const shiftOf = new Map(input.shifts.map((s) => [s.key, s]));
  const buckets = new Map<string, Bucket>();
  for (const w of input.workloadByShift) {
    if (!shiftOf.has(w.shift)) throw new DomainError('SHIFT_UNKNOWN', { params: { shift: w.shift } });
    const q = qualificationFor(w.activity, w.zoneId, rules);
    const id = `${w.day}|${w.shift}|${q.qualification}`;
    const b = buckets.get(id) ?? {
      day: w.day,
      shift: w.shift,
      qualification: q.qualification,
      hours: 0,
      coldHours: 0,
      weighted: 0,
      cold: new Map(),
    };
    buckets.set(id, b);
    const h = w.hours * (1 + rules.indirectShare);
    const share = rules.applyColdExposure ? coldExposureShare(q.coldRange) : 1;
    b.hours += h;
    b.weighted += exposureWeightedHours(h, share);
    if (q.coldRange !== null) {
      b.coldHours += h;
      const c = b.cold.get(q.coldRange) ?? { share, hours: 0 };
      c.hours += h;
      b.cold.set(q.coldRange, c);
    }
  }

  const byShift = new Map<string, StaffingNeed[]>();
  for (const b of buckets.values()) {
    const shift = shiftOf.get(b.shift)!;
    const perHead = productiveHoursPerHead(shift, rules);
    const reasons: NeedReason[] = [
      {
        code: 'PRODUCTIVE_HOURS',
        params: {
          workedHours: workedHoursOfShift(shift),
          absenteeism: rules.absenteeism,
          nonProductiveShare: rules.nonProductiveShare,
          productiveHours: perHead,
        },
      },
    ];
    if (rules.indirectShare > 0)
      reasons.push({ code: 'INDIRECT_SHARE', params: { indirectShare: rules.indirectShare } });
    if (rules.newTempShare > 0) {
      const factor = crewRampUpFactor(rules.newTempShare, rules.newTempEfficiency);
      reasons.push({
        code: 'RAMP_UP',
        params: { newTempShare: rules.newTempShare, efficiency: rules.newTempEfficiency, factor },
      });
    }
    for (const [coldRange, c] of b.cold) {
      if (c.share < 1)
        reasons.push({
          code: 'COLD_EXPOSURE_LIMIT',
          params: { coldRange, exposureShare: c.share, coldHours: c.hours },
        });
    }
    const f = fte(b.weighted, perHead);
    const need: StaffingNeed = {
      day: b.day,
      shift: b.shift,
      qualification: b.qualification,
      hours: b.hours,
      fte: f,
      headcount: headcountOf(f),
      coldHours: b.coldHours,
      reasons,
    };
    const key = `${b.day}|${b.shift}`;
    byShift.set(key, [...(byShift.get(key) ?? []), need]);
  }

  const out: StaffingNeed[] = [];
  for (const rows of byShift.values()) {
    if (rules.neverAloneInCold) neverAlone(rows);
    const first = rows[0]!;
    const operators = rows.reduce((s, r) => s + r.headcount, 0);
    const leaders = teamLeadersFor(operators, rules.spanOfControl);
    out.push(...rows);
    if (leaders > 0) {
      out.push({
        day: first.day,
        shift: first.shift,
        qualification: 'team_leader',
        hours: leaders * workedHoursOfShift(shiftOf.get(first.shift)!),
        fte: operators / rules.spanOfControl,
        headcount: leaders,
        coldHours: 0,
        reasons: [{ code: 'SPAN_OF_CONTROL', params: { operators, span: rules.spanOfControl } }],
      });
    }
  }
  const order = (k: string) => input.shifts.findIndex((s) => s.key === k);
  return out.sort(
    (a, b) =>
      (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) ||
      order(a.shift) - order(b.shift) ||
      (a.qualification < b.qualification ? -1 : a.qualification > b.qualification ? 1 : 0),
  );
}
