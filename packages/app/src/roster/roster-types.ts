// The roster feature's shapes as the app, the API and the web see them: a stored roster version with its people,
// shifts, cells, coverage and violations (sentences in the reader's language), solve jobs and their progress.
import type { Demand, RosterAssignment } from '@logipilot/domain';
import { z } from 'zod';

/** A draft is edited and re-solved; a published roster is locked; publishing a newer one supersedes it. */
export const ROSTER_STATUSES = ['draft', 'published', 'superseded'] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

/** Longest horizon a roster covers (the solver's cost grows with people × days). */
export const MAX_ROSTER_WEEKS = 6;

/**
 * Default notice period (délai de prévenance) before a published roster may change: 7 days unless an agreement
 * says otherwise (Code du travail L3121-47 for full time, L3123-31 for part time).
 */
export const DEFAULT_NOTICE_DAYS = 7;

export interface RosterPersonView {
  id: string;
  name: string;
  jobRole: string;
  /** Team the person belongs to (the employee's team, else their job role): exports are per team. */
  team: string;
  weeklyContractMinutes: number;
  isTemp: boolean;
  /** Qualification keys the person may be rostered under on at least one day of the horizon. */
  qualifications: string[];
}

export interface RosterShiftView {
  key: string;
  label: string;
  kind: string;
  start: string;
  end: string;
  /** Minutes worked (breaks excluded), and split across the civil day it starts on and the next one. */
  workedMinutes: number;
  minutesByCivilDay: [number, number];
  /** Worked minutes inside the night period (payroll night hours). */
  nightMinutes: number;
  night: boolean;
}

/** One day × shift × qualification: what the demand asks, what the roster assigns. */
export interface RosterCoverageRow {
  day: string;
  shift: string;
  qualification: string;
  needed: number;
  assigned: number;
}

/** A violation as the reader sees it: stable code and params, the sentence in their language. */
export interface RosterViolationView {
  code: string;
  hard: boolean;
  penalty: number;
  employeeId: string | null;
  days: string[];
  params: Record<string, string | number>;
  message: string;
}

export interface RosterSolveInfo {
  seed: number;
  timeLimitSeconds: number;
  elapsedMs: number;
  iterations: number;
  cancelled: boolean;
  lowerBound: number | null;
}

/** A stored roster version, ready to show. */
export interface RosterView {
  id: string;
  siteId: string;
  siteName: string;
  timeZone: string;
  /** Public holidays of the horizon (and the day after it, which a night shift may reach), ISO dates. */
  holidays: string[];
  name: string;
  status: RosterStatus;
  from: string;
  /** Last day of the horizon (inclusive). */
  to: string;
  days: number;
  /** The activity plan whose staffing needs are the demand, when it came from one. */
  planId: string | null;
  /** The published roster this draft re-plans (its changed cells count against the notice period). */
  basedOn: string | null;
  createdAt: string;
  createdBy: string;
  publishedAt: string | null;
  publishedBy: string | null;
  noticeDays: number;
  people: RosterPersonView[];
  shifts: RosterShiftView[];
  qualifications: string[];
  assignments: RosterAssignment[];
  demand: Demand[];
  coverage: RosterCoverageRow[];
  score: { hard: number; soft: number };
  violations: RosterViolationView[];
  solve: RosterSolveInfo | null;
}

export interface RosterSummary {
  id: string;
  name: string;
  status: RosterStatus;
  from: string;
  to: string;
  planId: string | null;
  basedOn: string | null;
  createdAt: string;
  createdBy: string;
  publishedAt: string | null;
  score: { hard: number; soft: number };
}

export const rosterSolveRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  from: z.iso.date(),
  weeks: z.number().int().min(1).max(MAX_ROSTER_WEEKS),
  /** The plan whose needs are the demand; none = the latest stored plan covering the horizon, else no demand. */
  planId: z.string().min(1).max(64).optional(),
  /** Re-plan: warm start from this roster and count every changed cell (minimal change). */
  basedOn: z.string().min(1).max(64).optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
  timeLimitSeconds: z.number().min(1).max(600).default(30),
});
export type RosterSolveRequest = z.output<typeof rosterSolveRequestSchema>;
export type RosterSolveRequestInput = z.input<typeof rosterSolveRequestSchema>;

/** One manual edit: the person works `shift` under `qualification` that day, or is off (`shift: null`). */
export const rosterCellEditSchema = z.strictObject({
  employeeId: z.string().min(1).max(64),
  day: z.iso.date(),
  shift: z.string().min(1).max(30).nullable(),
  qualification: z.string().min(1).max(60).nullable().default(null),
});
export type RosterCellEdit = z.output<typeof rosterCellEditSchema>;

export const ROSTER_JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type RosterJobState = (typeof ROSTER_JOB_STATES)[number];

export interface RosterJobView {
  id: string;
  state: RosterJobState;
  /** 0–1: elapsed share of the time limit. */
  fraction: number;
  elapsedMs: number;
  timeLimitSeconds: number;
  /** Best roster's score so far (hard violations, soft penalty); null before the first roster. */
  best: { hard: number; soft: number } | null;
  /** The stored draft, once done (or cancelled: the best roster found is kept). */
  rosterId: string | null;
  error: { code: string; message: string } | null;
}

/** The documents a roster exports. */
export const ROSTER_DOCUMENTS = [
  /** The roster grid, one sheet / section per team. */
  'teams',
  /** One page per person. */
  'persons',
  /** The collective schedule posted on site (horaire collectif affiché). */
  'posted',
  /** The daily record of hours worked (décompte quotidien des heures). */
  'hours',
  /** Payroll variables of the period: hours at 25 % and 50 %, night, Sunday and holiday hours. */
  'payroll',
] as const;
export type RosterDocument = (typeof ROSTER_DOCUMENTS)[number];
export const ROSTER_EXPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type RosterExportFormat = (typeof ROSTER_EXPORT_FORMATS)[number];
