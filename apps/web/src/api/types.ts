// Shapes of the HTTP API answers (docs/api-contract.md) as the web app reads them.
import type { Lang } from '@logipilot/i18n';

export type Role = 'admin' | 'site_manager' | 'methods_technician' | 'team_leader' | 'client_viewer';
export type TemperatureClass = 'ambient' | 'positive_cold' | 'negative_cold';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  clientId: string | null;
  locale: Lang;
}

export interface ZoneSummary {
  id: string;
  code: string;
  name: string;
  buildingId: string;
  temperatureClass: TemperatureClass;
  locationCount: number;
  occupiedCount: number;
  capacityPallets: number;
  areaM2: number;
}

export interface QualificationRef {
  kind: string;
  scheme: string | null;
  category: string | null;
}

export interface StaffByQualification {
  key: string;
  scheme: string | null;
  category: string | null;
  count: number;
}

export interface ExpiringQualification {
  employeeId: string;
  employeeName: string;
  qualification: QualificationRef;
  expiresOn: string;
  daysLeft: number;
}

export interface SiteOverview {
  site: { id: string; code: string; name: string; timeZone: string; region: string };
  counts: {
    buildings: number;
    zones: number;
    locations: number;
    skus: number;
    employees: number;
    clients: number;
    docks: number;
  };
  zones: ZoneSummary[];
  hazardCells: { id: string; code: string; name: string; zoneId: string }[];
  staff?: { byQualification: StaffByQualification[]; expiring: ExpiringQualification[] };
}

export interface PlanRect {
  id: string;
  code: string;
  x: number;
  y: number;
  width: number;
  depth: number;
}

export interface SitePlan {
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
  zones: (PlanRect & { temperatureClass: TemperatureClass })[];
  aisles: (PlanRect & { zoneId: string })[];
  locations: (PlanRect & { zoneId: string; occupied: boolean })[];
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ImportRowError {
  file: string;
  row: number;
  column: string | null;
  value: string | null;
  code: string;
  message: string;
}

export interface ImportResult {
  entity: string;
  file: string;
  imported: number;
}

export interface ImportMapping {
  id: string;
  name: string;
  entity: string;
  columns: Record<string, string>;
}

/** A localised sentence of the server: stable code, its parameters and the sentence in the request's language. */
export interface ServerSentence {
  code: string;
  params: Record<string, unknown>;
  message: string;
}

/** What-if of an activity plan (docs/api-contract.md, "Activity plan"): percentages, 0 = as forecast. */
export interface PlanScenario {
  volumePct: number;
  productivityPct: number;
  absenteeismPct?: number;
}

export interface PlanComputeRequest {
  from: string;
  weeks: number;
  forecastVersionId?: string;
  scenario: PlanScenario;
}

export type PlanKind = 'baseline' | 'replan';
export type LeverKind = 'overtime' | 'temp' | 'shift_extension' | 'backlog' | 'uncovered';

export interface PlanShiftNeed {
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
  shifts: PlanShiftNeed[];
}

export interface PlanHeatCell {
  date: string;
  shift: string;
  activity: string;
  hours: number;
  headcount: number;
}

export interface PlanLeverLine {
  kind: LeverKind;
  day: string;
  shift: string;
  qualification: string;
  employeeId?: string;
  employeeName?: string;
  hours: number;
  costCents: number;
  reason: { code: string; params: Record<string, unknown> };
  message: string;
}

export interface PlanTempOrderLine {
  date: string;
  shift: string;
  qualification: string;
  headcount: number;
  hours: number;
}

export interface PlanTotals {
  hours: number;
  overtimeHours: number;
  tempHours: number;
  /** Labour cost in integer euro cents: own staff at their loaded rate plus the levers. */
  cost: number;
  peakDays: number;
  shiftExtensionHours?: number;
  uncoveredHours?: number;
  staffCostCents?: number;
  leversCostCents?: number;
  /** Σ of positive gaps over day × shift × qualification, before levers. */
  shortageHeadcount?: number;
}

export interface PlanResult {
  id?: string;
  name?: string;
  kind?: string;
  createdAt?: string;
  createdBy?: string;
  weeks?: number;
  from: string;
  to: string;
  scenario: PlanScenario;
  forecastVersionIds: string[];
  days: PlanDay[];
  heatmap: PlanHeatCell[];
  levers: {
    status: 'optimal' | 'infeasible' | 'time_limit';
    totalCostCents: number;
    lines: PlanLeverLine[];
    explanation: ServerSentence[];
  };
  tempOrder: PlanTempOrderLine[];
  totals: PlanTotals;
  issues: ServerSentence[];
}

export interface PlanVersionSummary {
  id: string;
  name: string;
  kind: string;
  from: string;
  to: string;
  createdAt: string;
  createdBy: string;
  totals: PlanTotals;
}

/** A stored forecast version as GET /api/forecasts lists it. */
export interface ForecastVersionSummary {
  id: string;
  name: string;
  number?: number;
  kind?: 'input' | 'statistical';
  createdAt?: string;
  createdBy?: string;
  basedOn?: string | null;
  note?: string;
  params?: Record<string, unknown> | null;
}

export interface ForecastAccuracy {
  wape: number | null;
  mape: number | null;
  bias: number | null;
}

export interface ForecastSeries {
  clientId: string;
  flow: string;
  method: string;
  candidates: (ForecastAccuracy & { method: string; coverage: number | null })[];
  accuracy: (ForecastAccuracy & { mapeSkipped: number; points: number }) | null;
  intervalCoverageOnHoldout: number | null;
  reasons: ServerSentence[];
  points: { day: string; value: number; lower: number; upper: number }[];
}

export interface ForecastDetail {
  version: ForecastVersionSummary;
  volumes: {
    clientId: string;
    clientCode: string;
    flow: string;
    day: string;
    hour: number | null;
    quantity: number;
  }[];
  series: ForecastSeries[];
}

/** Roster shapes (packages/app/src/roster/roster-types.ts) as the web app reads them. */
export type RosterStatus = 'draft' | 'published' | 'superseded';
export type RosterDocument = 'teams' | 'persons' | 'posted' | 'hours' | 'payroll';
export type RosterScore = { hard: number; soft: number };

export interface RosterPerson {
  id: string;
  name: string;
  jobRole: string;
  team: string;
  weeklyContractMinutes: number;
  isTemp: boolean;
  qualifications: string[];
}

export interface RosterShift {
  key: string;
  label: string;
  kind: string;
  start: string;
  end: string;
  workedMinutes: number;
  night: boolean;
}

export interface RosterCell {
  employeeId: string;
  day: string;
  shift: string;
  qualification: string;
}

/** GET /api/rosters/{id}/why: why a day × shift × qualification is short. */
export interface RosterWhy {
  day: string;
  shift: string;
  qualification: string;
  required: number;
  assigned: number;
  missing: number;
  summary: string;
  candidates: {
    employeeId: string;
    name: string;
    free: boolean;
    reasons: { code: string; hard: boolean; message: string }[];
  }[];
}

export interface RosterViolation {
  code: string;
  hard: boolean;
  penalty: number;
  employeeId: string | null;
  days: string[];
  params: Record<string, string | number>;
  message: string;
}

export interface RosterView {
  id: string;
  siteName: string;
  holidays: string[];
  name: string;
  status: RosterStatus;
  from: string;
  to: string;
  days: number;
  planId: string | null;
  basedOn: string | null;
  createdAt: string;
  createdBy: string;
  publishedAt: string | null;
  publishedBy: string | null;
  noticeDays: number;
  people: RosterPerson[];
  shifts: RosterShift[];
  qualifications: string[];
  assignments: RosterCell[];
  coverage: { day: string; shift: string; qualification: string; needed: number; assigned: number }[];
  score: RosterScore;
  violations: RosterViolation[];
  /** How the roster was solved (null when it was not: an import, a copy); `lowerBound` when the solve proved one. */
  solve?: RosterSolveInfo | null;
}

export interface RosterSolveInfo {
  seed: number;
  timeLimitSeconds: number;
  elapsedMs: number;
  iterations: number;
  cancelled: boolean;
  lowerBound: number | null;
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
  score: RosterScore;
}

export interface RosterSolveBody {
  name?: string;
  from: string;
  weeks: number;
  planId?: string;
  basedOn?: string;
  seed?: number;
  timeLimitSeconds?: number;
}

export interface RosterJob {
  id: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  fraction: number;
  elapsedMs: number;
  timeLimitSeconds: number;
  best: RosterScore | null;
  rosterId: string | null;
  error: { code: string; message: string } | null;
}

/** One manual change of a draft: `shift: null` = off that day. */
export interface RosterCellEdit {
  employeeId: string;
  day: string;
  shift: string | null;
  qualification: string | null;
}
