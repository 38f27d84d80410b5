// Turns the levers LP's solution into plan lines, each with the reason it was chosen, and the plan-wide reasons.
import type { LinearModel } from './linear-model.ts';
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

export function explainSolution(
  input: PlanLeversInput,
  model: LinearModel,
  meta: LeverModelMeta,
  values: ReadonlyMap<string, number>,
): Explained {
  const v = (name: string): number => {
    const x = round6(values.get(name) ?? 0);
    return x > EPS ? x : 0;
  };
  const ub = new Map(model.variables.map((x) => [x.name, x.ub]));
  const o = input.options;
  const lines: LeverLine[] = [];
  const explanation: LeverReason[] = [];
  const gapOf = (i: number) => meta.rows[i]?.gap;

  // What overtime is still possible for a row once the solution is applied: the slack of its tightest limit.
  const limitSlack = (varName: string): number => {
    let slack = Number.POSITIVE_INFINITY;
    for (const l of meta.personLimits) {
      if (!l.vars.includes(varName)) continue;
      slack = Math.min(slack, l.maxHours - l.vars.reduce((s, n) => s + v(n), 0));
    }
    return slack;
  };
  const overtimeLeft = (pd: PersonDay): number => {
    let left = 0;
    for (const t of pd.tiers)
      left += Math.max(0, Math.min((ub.get(t.name) ?? 0) - v(t.name), limitSlack(t.name)));
    return Math.max(0, Math.min(left, pd.maxExtraHours - pd.tiers.reduce((s, t) => s + v(t.name), 0)));
  };
  // The limits that closed a person-day: tight shared rows, or the day's own capacity and why it is what it is.
  const bindingOf = (pd: PersonDay): string[] => {
    const names = new Set(pd.tiers.map((t) => t.name));
    const codes: string[] = [];
    for (const l of meta.personLimits) {
      if (!l.vars.some((n) => names.has(n))) continue;
      if (l.maxHours - l.vars.reduce((s, n) => s + v(n), 0) > EPS) continue;
      codes.push(...(l.code === 'OVERTIME_DAY_CAPACITY' ? dayCapacityCodes(input, pd) : [l.code]));
    }
    return codes;
  };
  const qualifiedDays = (gapIndex: number) =>
    meta.personDays.filter((pd) => pd.allocations.some((a) => a.gapIndex === gapIndex));

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
  for (const b of meta.beyondQuota) {
    const hoursBeyond = v(b.name);
    if (hoursBeyond <= 0) continue;
    const base = meta.personDays.find((pd) => pd.employeeId === b.employeeId)?.costPerHourBase ?? 0;
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

  // Temps.
  for (const m of meta.missions) {
    const hours = v(m.name);
    if (hours <= 0) continue;
    const missionStart = m.days[0]?.day ?? '';
    const missionEnd = m.days[m.days.length - 1]?.day ?? '';
    for (const d of m.days) {
      const gap = gapOf(d.gapIndex);
      if (!gap) continue;
      const billedHours = Math.max(hours, o.tempMinHoursPerDay);
      const people = qualifiedDays(d.gapIndex);
      const left = people.reduce((s, pd) => s + overtimeLeft(pd), 0);
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
        const limits = [...new Set(people.flatMap(bindingOf))].sort().join(',');
        reason = {
          code: 'OVERTIME_CAPACITY_EXHAUSTED',
          params: { ...common, people: people.length, limits },
        };
      } else {
        const cheapest = Math.min(
          ...people.flatMap((pd) =>
            overtimeLeft(pd) > EPS
              ? pd.tiers.filter((t) => v(t.name) < (ub.get(t.name) ?? 0) - EPS).map((t) => t.costPerHour)
              : [],
          ),
        );
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
  for (const l of meta.personLimits) {
    const used = l.vars.reduce((s, n) => s + v(n), 0);
    if (used <= EPS || used < l.maxHours - EPS) continue;
    if (l.code === 'OVERTIME_DAY_CAPACITY') {
      const cap = input.people
        .find((p) => p.employeeId === l.employeeId)
        ?.capacityByDay.find((c) => c.day === l.params.day);
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

/** Why a person-day's own capacity is what it is, as the capacity function said. */
function dayCapacityCodes(input: PlanLeversInput, pd: PersonDay): string[] {
  const cap = input.people
    .find((p) => p.employeeId === pd.employeeId)
    ?.capacityByDay.find((c) => c.day === pd.day);
  return (cap?.explain ?? []).map((r) => r.code);
}

function dedupe(reasons: LeverReason[]): LeverReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = JSON.stringify(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
