// Turns the levers LP's solution into plan lines, each with the reason it was chosen, and the plan-wide reasons.
import type { LeverModelMeta, PersonDay } from './model.ts';
import type { LeverKind, LeverLine, LeverReason, PlanLeversInput } from './types.ts';

const EPS = 1e-6;
const round2 = (x: number): number => Math.round(x * 100) / 100;
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const KIND_ORDER: Record<LeverKind, number> = {
  overtime: 0,
  shift_extension: 1,
  temp: 2,
  backlog: 3,
  uncovered: 4,
};

export interface Explained {
  lines: LeverLine[];
  explanation: LeverReason[];
  totalCostCents: number;
  shortfallHours: number;
}

type CapacityDay = PlanLeversInput['people'][number]['capacityByDay'][number];

export function explainSolution(
  input: PlanLeversInput,
  meta: LeverModelMeta,
  values: ReadonlyMap<string, number>,
): Explained {
  // Every lookup below is indexed once: a plan week has thousands of variables and hundreds of limits and people.
  const rounded = new Map<string, number>();
  const v = (name: string): number => {
    let x = rounded.get(name);
    if (x === undefined) {
      const r = round6(values.get(name) ?? 0);
      x = r > EPS ? r : 0;
      rounded.set(name, x);
    }
    return x;
  };
  const o = input.options;
  const lines: LeverLine[] = [];
  const explanation: LeverReason[] = [];
  const gapOf = (i: number) => meta.rows[i]?.gap;

  // Hours each person limit holds in the solution, and the limits (in their order) each tier variable enters.
  const limitUsed = meta.personLimits.map((l) => l.vars.reduce((s, n) => s + v(n), 0));
  const limitsOfVar = new Map<string, number[]>();
  for (const [i, l] of meta.personLimits.entries()) {
    for (const n of l.vars) {
      const list = limitsOfVar.get(n);
      if (!list) limitsOfVar.set(n, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  // The first person entry and capacity day of each id, as `find` would return them.
  const personOf = new Map<string, PlanLeversInput['people'][number]>();
  for (const p of input.people) if (!personOf.has(p.employeeId)) personOf.set(p.employeeId, p);
  const capacityDays = new Map<PlanLeversInput['people'][number], Map<string, CapacityDay>>();
  const capacityOn = (employeeId: string, day: unknown): CapacityDay | undefined => {
    const person = personOf.get(employeeId);
    if (!person) return undefined;
    let byDay = capacityDays.get(person);
    if (!byDay) {
      byDay = new Map();
      for (const c of person.capacityByDay) if (!byDay.has(c.day)) byDay.set(c.day, c);
      capacityDays.set(person, byDay);
    }
    return typeof day === 'string' ? byDay.get(day) : undefined;
  };

  // What overtime is still possible for a row once the solution is applied: the slack of its tightest limit.
  const limitSlack = (varName: string): number => {
    let slack = Number.POSITIVE_INFINITY;
    for (const i of limitsOfVar.get(varName) ?? []) {
      const l = meta.personLimits[i];
      if (l) slack = Math.min(slack, l.maxHours - (limitUsed[i] ?? 0));
    }
    return slack;
  };
  const leftOf = new Map<PersonDay, number>();
  const overtimeLeft = (pd: PersonDay): number => {
    let known = leftOf.get(pd);
    if (known !== undefined) return known;
    let left = 0;
    for (const t of pd.tiers) left += Math.max(0, Math.min(t.ub - v(t.name), limitSlack(t.name)));
    known = Math.max(0, Math.min(left, pd.maxExtraHours - pd.tiers.reduce((s, t) => s + v(t.name), 0)));
    leftOf.set(pd, known);
    return known;
  };
  // The limits that closed a person-day: tight shared rows, or the day's own capacity and why it is what it is.
  const bindingKnown = new Map<PersonDay, string[]>();
  const bindingOf = (pd: PersonDay): string[] => {
    const known = bindingKnown.get(pd);
    if (known) return known;
    const touched = new Set<number>();
    for (const t of pd.tiers) for (const i of limitsOfVar.get(t.name) ?? []) touched.add(i);
    const codes: string[] = [];
    for (const i of [...touched].sort((a, b) => a - b)) {
      const l = meta.personLimits[i];
      if (!l || l.maxHours - (limitUsed[i] ?? 0) > EPS) continue;
      codes.push(
        ...(l.code === 'OVERTIME_DAY_CAPACITY'
          ? (capacityOn(pd.employeeId, pd.day)?.explain ?? []).map((r) => r.code)
          : [l.code]),
      );
    }
    bindingKnown.set(pd, codes);
    return codes;
  };
  const daysByGap = new Map<number, PersonDay[]>();
  for (const pd of meta.personDays) {
    for (const gapIndex of new Set(pd.allocations.map((a) => a.gapIndex))) {
      const list = daysByGap.get(gapIndex);
      if (list) list.push(pd);
      else daysByGap.set(gapIndex, [pd]);
    }
  }
  const qualifiedDays = (gapIndex: number): PersonDay[] => daysByGap.get(gapIndex) ?? [];

  // Overtime.
  for (const pd of meta.personDays) {
    const used = pd.tiers.reduce((s, t) => s + v(t.name), 0);
    if (used <= EPS) continue;
    const costPerHour = pd.tiers.reduce((s, t) => s + v(t.name) * t.costPerHour, 0) / used;
    const premium = Math.max(...pd.tiers.filter((t) => v(t.name) > 0).map((t) => t.premium));
    for (const a of pd.allocations) {
      const hours = v(a.name);
      const gap = gapOf(a.gapIndex);
      if (hours <= 0 || !gap) continue;
      const tempCost = meta.tempCostByQualification.get(gap.qualification);
      const base = { employee: pd.employeeId, hours, costPerHour: Math.round(costPerHour), premium };
      let reason: LeverReason;
      if (gap.day < meta.earliestTempDay) {
        reason = {
          code: 'TEMP_LEAD_TIME',
          params: { ...base, earliestStart: meta.earliestTempDay, leadTimeDays: o.tempLeadTimeDays },
        };
      } else if (tempCost === undefined) reason = { code: 'OVERTIME_SELECTED', params: base };
      else if (costPerHour <= tempCost) {
        reason = { code: 'OVERTIME_CHEAPER_THAN_TEMP', params: { ...base, tempCostPerHour: tempCost } };
      } else {
        reason = {
          code: 'OVERTIME_AVOIDS_TEMP_RAMP_UP',
          params: { ...base, tempCostPerHour: tempCost, tempEfficiency: o.tempRampUp[0] ?? 1 },
        };
      }
      lines.push({
        kind: 'overtime',
        day: gap.day,
        shift: gap.shift,
        qualification: gap.qualification,
        employeeId: pd.employeeId,
        hours,
        costCents: Math.round(hours * costPerHour),
        reason,
      });
    }
  }
  // Compulsory rest beyond the quota is a cost of the person's overtime lines in that period.
  const firstDayOf = new Map<string, PersonDay>();
  for (const pd of meta.personDays) if (!firstDayOf.has(pd.employeeId)) firstDayOf.set(pd.employeeId, pd);
  for (const b of meta.beyondQuota) {
    const hoursBeyond = v(b.name);
    if (hoursBeyond <= 0) continue;
    const base = firstDayOf.get(b.employeeId)?.costPerHourBase ?? 0;
    const restCost = hoursBeyond * b.restRate * base;
    const own = lines.filter((l) => l.employeeId === b.employeeId && b.days.includes(l.day));
    const total = own.reduce((s, l) => s + l.hours, 0);
    for (const l of own) l.costCents += Math.round((restCost * l.hours) / total);
    explanation.push({
      code: 'OVERTIME_BEYOND_QUOTA_REST',
      params: {
        employee: b.employeeId,
        periodStart: b.periodStart,
        hoursBeyond,
        restRate: b.restRate,
        restHours: round2(hoursBeyond * b.restRate),
      },
    });
  }

  // Temps. What overtime was left for a gap row depends on the row only, and several missions cover each row.
  const overtimeOfGap = new Map<
    number,
    { people: PersonDay[]; left: number; limits?: string; cheapest?: number }
  >();
  const overtimeFor = (gapIndex: number) => {
    let known = overtimeOfGap.get(gapIndex);
    if (!known) {
      const people = qualifiedDays(gapIndex);
      known = { people, left: people.reduce((s, pd) => s + overtimeLeft(pd), 0) };
      overtimeOfGap.set(gapIndex, known);
    }
    return known;
  };
  for (const m of meta.missions) {
    const hours = v(m.name);
    if (hours <= 0) continue;
    const missionStart = m.days[0]?.day ?? '';
    const missionEnd = m.days[m.days.length - 1]?.day ?? '';
    for (const d of m.days) {
      const gap = gapOf(d.gapIndex);
      if (!gap) continue;
      const billedHours = Math.max(hours, o.tempMinHoursPerDay);
      const gapOvertime = overtimeFor(d.gapIndex);
      const { people, left } = gapOvertime;
      const common = {
        hours,
        billedHours,
        tempCostPerHour: m.costPerHour,
        efficiency: d.efficiency,
        effectiveHours: round2(hours * d.efficiency),
        missionStart,
        missionEnd,
        missionDay: d.missionDay,
      };
      let reason: LeverReason;
      if (people.length === 0) reason = { code: 'TEMP_NO_QUALIFIED_OVERTIME', params: common };
      else if (left <= EPS) {
        gapOvertime.limits ??= [...new Set(people.flatMap(bindingOf))].sort().join(',');
        const limits = gapOvertime.limits;
        reason = {
          code: 'OVERTIME_CAPACITY_EXHAUSTED',
          params: { ...common, people: people.length, limits },
        };
      } else {
        gapOvertime.cheapest ??= Math.min(
          ...people.flatMap((pd) =>
            overtimeLeft(pd) > EPS
              ? pd.tiers.filter((t) => v(t.name) < t.ub - EPS).map((t) => t.costPerHour)
              : [],
          ),
        );
        const cheapest = gapOvertime.cheapest;
        reason = {
          code: 'TEMP_CHEAPER_THAN_OVERTIME',
          params: { ...common, overtimeCostPerHour: Number.isFinite(cheapest) ? Math.round(cheapest) : 0 },
        };
      }
      lines.push({
        kind: 'temp',
        day: gap.day,
        shift: gap.shift,
        qualification: gap.qualification,
        hours,
        costCents: Math.round(billedHours * m.costPerHour),
        reason,
      });
    }
  }

  // Shift extension.
  for (const e of meta.extensions) {
    const hours = v(e.name);
    const gap = gapOf(e.gapIndex);
    if (hours <= 0 || !gap) continue;
    lines.push({
      kind: 'shift_extension',
      day: gap.day,
      shift: gap.shift,
      qualification: gap.qualification,
      hours,
      costCents: Math.round(hours * e.costPerHour),
      reason: {
        code: 'SHIFT_EXTENSION',
        params: {
          hours,
          headcount: round2(e.headcount),
          hoursPerPerson: round2(hours / e.headcount),
          costPerHour: Math.round(e.costPerHour),
        },
      },
    });
  }

  // Backlog moved to the next day.
  for (const b of meta.backlogs) {
    const hours = v(b.name);
    const gap = gapOf(b.gapIndex);
    const to = gapOf(b.toGapIndex);
    if (hours <= 0 || !gap || !to) continue;
    lines.push({
      kind: 'backlog',
      day: gap.day,
      shift: gap.shift,
      qualification: gap.qualification,
      hours,
      costCents: 0,
      reason: {
        code: 'BACKLOG_MOVED_NEXT_DAY',
        params: {
          hours,
          toDay: to.day,
          share: round2(hours / gap.needed),
          maxShare: o.backlogMaxShareNextDay,
          penaltyPerHour: meta.penalties.backlog,
        },
      },
    });
  }

  // Uncovered hours, within the service level or beyond it.
  const shortDays = new Set(meta.shortfalls.filter((s) => v(s.name) > 0).map((s) => s.day));
  for (const u of meta.uncovered) {
    const hours = v(u.name);
    const gap = gapOf(u.gapIndex);
    if (hours <= 0 || !gap) continue;
    const left = qualifiedDays(u.gapIndex).reduce((s, pd) => s + overtimeLeft(pd), 0);
    lines.push({
      kind: 'uncovered',
      day: gap.day,
      shift: gap.shift,
      qualification: gap.qualification,
      hours,
      costCents: 0,
      reason: {
        code: shortDays.has(gap.day) ? 'UNCOVERED_BEYOND_SERVICE_LEVEL' : 'UNCOVERED_WITHIN_SERVICE_LEVEL',
        params: {
          hours,
          needed: gap.needed,
          serviceLevel: o.serviceLevel,
          overtimeLeftHours: round2(left),
          tempAvailableFrom: meta.earliestTempDay,
          tempRate: meta.tempCostByQualification.has(gap.qualification) ? 'yes' : 'no',
        },
      },
    });
  }

  lines.sort(
    (a, b) =>
      cmp(a.day, b.day) ||
      cmp(a.shift, b.shift) ||
      cmp(a.qualification, b.qualification) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      cmp(a.employeeId ?? '', b.employeeId ?? ''),
  );

  // Plan-wide reasons: the limits that bound, the lead time, what could not be priced, the service level.
  for (const [i, l] of meta.personLimits.entries()) {
    const used = limitUsed[i] ?? 0;
    if (used <= EPS || used < l.maxHours - EPS) continue;
    if (l.code === 'OVERTIME_DAY_CAPACITY') {
      const cap = capacityOn(l.employeeId, l.params.day);
      for (const r of cap?.explain ?? []) {
        explanation.push({
          code: r.code,
          params: { ...r.params, employee: l.employeeId, usedHours: round2(used) },
        });
      }
    } else {
      explanation.push({
        code: l.code,
        params: { ...l.params, employee: l.employeeId, usedHours: round2(used) },
      });
    }
  }
  const shortBeforeLeadTime = meta.rows.filter((r) => r.gap.gap > 0 && r.gap.day < meta.earliestTempDay);
  if (shortBeforeLeadTime.length > 0) {
    explanation.push({
      code: 'TEMP_LEAD_TIME',
      params: {
        earliestStart: meta.earliestTempDay,
        leadTimeDays: o.tempLeadTimeDays,
        days: new Set(shortBeforeLeadTime.map((r) => r.gap.day)).size,
      },
    });
  }
  for (const q of meta.missingRates)
    explanation.push({ code: 'LEVER_MISSING_RATE', params: { qualification: q } });
  for (const shift of meta.unknownShifts)
    explanation.push({ code: 'LEVER_UNKNOWN_SHIFT', params: { shift } });
  let shortfallHours = 0;
  for (const s of meta.shortfalls) {
    const short = v(s.name);
    shortfallHours += short;
    if (short <= 0) continue;
    explanation.push({
      code: 'SERVICE_LEVEL_NOT_MET',
      params: {
        day: s.day,
        neededHours: round2(s.neededHours),
        allowedHours: round2(s.allowedHours),
        shortHours: round2(short),
        serviceLevel: o.serviceLevel,
      },
    });
  }

  const sum = (kind: LeverKind) =>
    round2(lines.filter((l) => l.kind === kind).reduce((s, l) => s + l.hours, 0));
  const totalCostCents = lines.reduce((s, l) => s + l.costCents, 0);
  const summary: LeverReason = {
    code: 'LEVERS_SUMMARY',
    params: {
      totalCostCents,
      overtimeHours: sum('overtime'),
      tempHours: sum('temp'),
      shiftExtensionHours: sum('shift_extension'),
      backlogHours: sum('backlog'),
      uncoveredHours: sum('uncovered'),
    },
  };
  return { lines, explanation: [summary, ...dedupe(explanation)], totalCostCents, shortfallHours };
}

function dedupe(reasons: LeverReason[]): LeverReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = reasonKey(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether JSON would escape a character of the text (a control character): such text goes through JSON. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}

/**
 * Equal for two param records exactly when their JSON is: each param's name and value in order, numbers as JSON
 * writes them (non-finite ones as null), undefined values left out. A week explains thousands of limits:
 * JSON.stringify of each was the bulk of explaining it.
 */
export function paramsKey(params: Readonly<Record<string, unknown>>): string {
  let key = '';
  for (const name in params) {
    if (!Object.hasOwn(params, name)) continue;
    const value: unknown = params[name];
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    key += `\u0001${hasControl(name) ? JSON.stringify(name) : name}\u0002`;
    if (typeof value === 'number') key += Number.isFinite(value) ? `n${value}` : 'null';
    else if (typeof value === 'string' && !hasControl(value)) key += `s${value}`;
    else key += `j${JSON.stringify(value)}`;
  }
  return key;
}

/** A reason's identity, as its JSON would give it. */
function reasonKey(r: LeverReason): string {
  const keys = Object.keys(r);
  if (keys.length !== 2 || keys[0] !== 'code' || keys[1] !== 'params') return JSON.stringify(r);
  return `${r.code}\u0000${paramsKey(r.params)}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
