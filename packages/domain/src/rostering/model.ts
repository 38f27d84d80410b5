// The roster model: horizon, templates, demand, people and their requests, history and terms, rules, and a roster.
import { z } from 'zod';
import { siteCalendarSchema } from '../shared/calendar.ts';
import { addDays } from '../shared/dates.ts';
import { idSchema, isoDateSchema } from '../shared/schema-parts.ts';
import type { IsoDate } from '../shared/units.ts';
import { absenceSchema } from '../staffing/absence.ts';
import { availabilityRulesSchema, type NeedHeadcount } from '../staffing/availability.ts';
import { employeeSchema } from '../staffing/employee.ts';
import { rosterRuleSetSchema } from './rule-set.ts';
import { DEFAULT_SHIFT_TEMPLATES, shiftTemplateSchema } from './shift-template.ts';

/** Days rostered: day 0 is `firstDay`. */
export const rosterHorizonSchema = z.strictObject({
  firstDay: isoDateSchema,
  days: z.number().int().min(1).max(366),
});
export type RosterHorizon = z.infer<typeof rosterHorizonSchema>;

/** The ISO dates of a horizon, day 0 first. */
export function horizonDates(h: RosterHorizon): IsoDate[] {
  return Array.from({ length: h.days }, (_, i) => addDays(h.firstDay, i));
}

/**
 * People needed on a day's shift under one qualification (a job role such as `picker` or a licence key such as
 * `R489:5`); weights left null take the cover rule's.
 */
export const demandSchema = z.strictObject({
  day: isoDateSchema,
  shift: z.string().min(1),
  qualification: z.string().min(1),
  headcount: z.number().int().min(0).max(10_000),
  underWeight: z.number().min(0).nullable().default(null),
  overWeight: z.number().min(0).nullable().default(null),
});
export type Demand = z.infer<typeof demandSchema>;

/** The staffing plan's needs as roster demand, with the cover rule's weights. */
export function demandFromNeeds(needs: readonly NeedHeadcount[]): Demand[] {
  return needs.map((n) => ({
    day: n.day,
    shift: n.shift,
    qualification: n.qualification,
    headcount: n.headcount,
    underWeight: null,
    overWeight: null,
  }));
}

/** A person asks to work (`on`) or not to work (`off`) a shift on a day; an unmet request costs its weight. */
export const shiftRequestSchema = z.strictObject({
  employeeId: idSchema,
  day: isoDateSchema,
  shift: z.string().min(1),
  on: z.boolean(),
  weight: z.number().min(0).max(10_000).default(10),
});
export type ShiftRequest = z.infer<typeof shiftRequestSchema>;

/**
 * A day before the horizon: the template worked (null = off) and, from a timesheet, the effective minutes of that
 * civil day; `minutes` null = derived from the shifts. Only the last 84 days (12 weeks) are read.
 */
export const historyDaySchema = z.strictObject({
  employeeId: idSchema,
  day: isoDateSchema,
  shift: z.string().min(1).nullable(),
  minutes: z.number().int().min(0).max(1440).nullable().default(null),
});
export type HistoryDay = z.infer<typeof historyDaySchema>;

/** What the roster reads of the past: 12 weeks for the 44 h average. */
export const HISTORY_DAYS = 84;

/** Per-person terms that override the rule set's figures (a contract clause, an individual arrangement). */
export const employeeRosterTermsSchema = z.strictObject({
  employeeId: idSchema,
  /** Night-worker status (labour.md §1); null = whoever accepts night work is treated as one (the stricter limits). */
  nightWorker: z.boolean().nullable().default(null),
  minMinutes: z.number().int().min(0).nullable().default(null),
  maxMinutes: z.number().int().min(0).nullable().default(null),
  maxWeekends: z.number().int().min(0).nullable().default(null),
  /** Per template key. */
  maxShiftsOfType: z.record(z.string(), z.number().int().min(0)).default({}),
});
export type EmployeeRosterTerms = z.infer<typeof employeeRosterTermsSchema>;

/** One cell of a roster: a person works a template on a day under one qualification. */
export const rosterAssignmentSchema = z.strictObject({
  employeeId: idSchema,
  day: isoDateSchema,
  shift: z.string().min(1),
  qualification: z.string().min(1),
});
export type RosterAssignment = z.infer<typeof rosterAssignmentSchema>;

/** A roster: the worked cells of a horizon; a person without a cell on a day is off. */
export const rosterSchema = z.strictObject({
  horizon: rosterHorizonSchema,
  assignments: z.array(rosterAssignmentSchema),
});
export type Roster = z.infer<typeof rosterSchema>;

export const rosterModelSchema = z.strictObject({
  /** The site's IANA time zone: shift times are on its wall clock, durations in real time. */
  timeZone: z.string().min(1).default('Europe/Paris'),
  calendar: siteCalendarSchema.prefault({}),
  templates: z
    .array(shiftTemplateSchema)
    .min(1)
    .default(() => DEFAULT_SHIFT_TEMPLATES.map((t) => ({ ...t, breaks: t.breaks.map((b) => ({ ...b })) }))),
  /** Qualifications rostered beyond those the demand names (listed first, in this order). */
  qualifications: z.array(z.string().min(1)).default([]),
  /** Role coverage (polyvalence), night period and night threshold: the staffing availability rules. */
  availabilityRules: availabilityRulesSchema.prefault({}),
  employees: z.array(employeeSchema),
  absences: z.array(absenceSchema).default([]),
  demand: z.array(demandSchema).default([]),
  requests: z.array(shiftRequestSchema).default([]),
  history: z.array(historyDaySchema).default([]),
  terms: z.array(employeeRosterTermsSchema).default([]),
  rules: rosterRuleSetSchema.prefault({}),
  /** The roster published to the team, when re-planning: each changed cell costs (ROSTER_CHANGED). */
  published: rosterSchema.nullable().default(null),
});
export type RosterModel = z.infer<typeof rosterModelSchema>;
export type RosterModelInput = z.input<typeof rosterModelSchema>;
