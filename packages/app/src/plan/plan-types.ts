// The activity plan's request (validated), its scenario, progress reports and the PlanResult the API and CLI return.
import { parseIsoDate } from '@logipilot/domain';
import { z } from 'zod';

const isoDay = z.string().refine((v) => parseIsoDate(v) !== null, { message: 'INVALID_DATE' });

/** What-if figures; absenteeism left out means the site's staffing rule. */
export const scenarioSchema = z.strictObject({
  volumePct: z.number().min(-50).max(200).default(0),
  productivityPct: z.number().min(-50).max(100).default(0),
  absenteeismPct: z.number().min(0).max(50).optional(),
});
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;

export const MAX_PLAN_WEEKS = 52;

export const planRequestSchema = z.strictObject({
  from: isoDay,
  weeks: z.number().int().min(1).max(MAX_PLAN_WEEKS),
  forecastVersionId: z.string().min(1).max(64).optional(),
  scenario: scenarioSchema.default({ volumePct: 0, productivityPct: 0 }),
});
export type PlanRequestInput = z.input<typeof planRequestSchema>;
export type PlanRequest = z.output<typeof planRequestSchema>;

export const PLAN_KINDS = ['baseline', 'replan'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const savePlanRequestSchema = planRequestSchema.extend({
  name: z.string().trim().min(1).max(120),
  kind: z.enum(PLAN_KINDS),
});
export type SavePlanRequestInput = z.input<typeof savePlanRequestSchema>;

/** A sentence-bearing note: stable code and params, plus the sentence in the request's language. */
export interface PlanMessage {
  code: string;
  params: Record<string, string | number | boolean | null>;
  message: string;
}

export interface PlanShiftRow {
  shift: string;
  qualification: string;
  needed: number;
  available: number;
  gap: number;
}

export interface PlanDay {
  date: string;
  peak: boolean;
  status: string;
  activities: { activity: string; hours: number }[];
  shifts: PlanShiftRow[];
}

export interface PlanHeatCell {
  date: string;
  shift: string;
  activity: string;
  hours: number;
  /** People that activity's hours take on that shift (fractional: hours ÷ productive hours per person). */
  headcount: number;
}

export type LeverLineKind = 'overtime' | 'temp' | 'shift_extension' | 'backlog' | 'uncovered';

export interface PlanLeverLine {
  kind: LeverLineKind;
  day: string;
  shift: string;
  qualification: string;
  employeeId?: string;
  employeeName?: string;
  hours: number;
  costCents: number;
  reason: { code: string; params: Record<string, string | number> };
  message: string;
}

export interface PlanLevers {
  status: 'optimal' | 'infeasible' | 'time_limit';
  totalCostCents: number;
  lines: PlanLeverLine[];
  explanation: PlanMessage[];
}

export interface TempOrderLine {
  date: string;
  shift: string;
  qualification: string;
  headcount: number;
  hours: number;
}

export interface PlanTotals {
  /** Σ of the days' activity hours. */
  hours: number;
  overtimeHours: number;
  tempHours: number;
  shiftExtensionHours: number;
  uncoveredHours: number;
  /** Labour cost in cents: the own staff's hours at their loaded rate plus the levers' cost. */
  cost: number;
  staffCostCents: number;
  leversCostCents: number;
  peakDays: number;
  /** Σ over day × shift × qualification of max(gap, 0) before levers. */
  shortageHeadcount: number;
}

export interface PlanResult {
  id?: string;
  name?: string;
  kind?: PlanKind;
  createdAt?: string;
  createdBy?: string;
  siteId: string;
  from: string;
  /** Last day of the horizon (inclusive). */
  to: string;
  weeks: number;
  scenario: Scenario & { absenteeismPct: number };
  forecastVersionIds: string[];
  days: PlanDay[];
  heatmap: PlanHeatCell[];
  levers: PlanLevers;
  tempOrder: TempOrderLine[];
  totals: PlanTotals;
  issues: PlanMessage[];
}

export const PLAN_PHASES = [
  'load',
  'workload',
  'needs',
  'availability',
  'overtime',
  'levers',
  'result',
] as const;
export type PlanPhase = (typeof PLAN_PHASES)[number];

export interface PlanProgress {
  phase: PlanPhase;
  done: number;
  total: number;
}

export interface PlanRunOptions {
  lang?: 'fr' | 'en';
  onProgress?: (p: PlanProgress) => void;
  signal?: AbortSignal;
  /** Time limit of each LP solve (one per week), seconds. */
  timeLimitSeconds?: number;
  /** Milliseconds per phase, for the benchmark. */
  timings?: Partial<Record<PlanPhase, number>>;
}
