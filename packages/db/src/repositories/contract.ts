// The repository contract: the only door to the operational store; every method returns domain types.
import type {
  Absence,
  Aisle,
  Building,
  Client,
  CostCentre,
  DailyMeasureColumns,
  DailyMeasureRow,
  Dimension,
  Dock,
  Employee,
  EquipmentType,
  FlowKind,
  HazardCell,
  Location,
  ProductivityStandard,
  Rate,
  Site,
  Sku,
  User,
  Zone,
} from '@logipilot/domain';
import type {
  BudgetActualRepository,
  BudgetVersionRepository,
  CostModelRepository,
} from './costing-repositories.ts';
import type { RosterRepository } from './roster-repository.ts';
import type { RosterRequestRepository } from './roster-request-repository.ts';

export type {
  BudgetActualRepository,
  BudgetVersionKind,
  BudgetVersionRepository,
  CostModelRepository,
  StoredBudgetActual,
  StoredBudgetVersion,
  StoredCostModel,
} from './costing-repositories.ts';
export type {
  RosterRepository,
  StoredRoster,
  StoredRosterSolve,
  StoredRosterStatus,
  StoredRosterSummary,
} from './roster-repository.ts';
export type { RosterRequestRepository, StoredRosterRequest } from './roster-request-repository.ts';

export interface ListQuery {
  siteId: string;
  /** Free-text filter (code, name, description…), case-insensitive. */
  q?: string;
  /** A field of the entity; unknown fields are rejected by the caller, repositories fall back to `code`. */
  sort?: string;
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
  /** Restricts to one client's rows for client-scoped entities (clients, skus, cost centres…). */
  clientId?: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** CRUD for one aggregate, site-scoped; `code` (or `number` for employees, `username` for users) is the natural key. */
export interface Repository<T extends { id: string; siteId: string }> {
  list(query: ListQuery): Promise<Page<T>>;
  get(siteId: string, id: string): Promise<T | null>;
  getByCode(siteId: string, code: string): Promise<T | null>;
  /** Every row of the site (used by backup, plan computations); ordered by natural key. */
  all(siteId: string): Promise<T[]>;
  count(siteId: string, clientId?: string | null): Promise<number>;
  /** Inserts or replaces by natural key (siteId, code); keeps the existing id when the key exists. */
  upsertMany(items: T[]): Promise<void>;
  /** Replaces one row wholly (the use case validated the merged object). */
  update(item: T): Promise<void>;
  remove(siteId: string, id: string): Promise<boolean>;
}

export interface SiteRepository {
  get(siteId: string): Promise<Site | null>;
  /** The first site (single-site installs), or null on an empty store. */
  first(): Promise<Site | null>;
  save(site: Site): Promise<void>;
  remove(siteId: string): Promise<void>;
}

export interface StoredUser {
  user: User;
  passwordHash: string;
}

export interface UserRepository extends Repository<User> {
  findByUsername(username: string): Promise<StoredUser | null>;
  create(user: User, passwordHash: string): Promise<void>;
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;
}

export interface Session {
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export interface SessionRepository {
  create(session: Session): Promise<void>;
  get(id: string): Promise<Session | null>;
  remove(id: string): Promise<void>;
  removeExpired(nowIso: string): Promise<number>;
}

export interface AuditEntry {
  id: string;
  siteId: string;
  at: string;
  userId: string | null;
  username: string;
  action: 'create' | 'update' | 'delete' | 'import' | 'restore' | 'seed';
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditRepository {
  append(entries: AuditEntry[]): Promise<void>;
  list(query: {
    siteId: string;
    entity?: string;
    limit?: number;
    offset?: number;
  }): Promise<Page<AuditEntry>>;
}

export interface ImportMapping {
  id: string;
  siteId: string;
  name: string;
  entity: string;
  /** Source header → field of the entity's import template. */
  columns: Record<string, string>;
}

export interface ImportMappingRepository {
  list(siteId: string, entity?: string): Promise<ImportMapping[]>;
  getByName(siteId: string, entity: string, name: string): Promise<ImportMapping | null>;
  save(mapping: ImportMapping): Promise<void>;
}

/** A named, immutable set of forecast volumes; `number` orders versions (1, 2, 3… per site). */
export interface ForecastVersion {
  id: string;
  siteId: string;
  number: number;
  name: string;
  /** `input`: imported or edited by people; `statistical`: computed from the history. */
  kind: 'input' | 'statistical';
  createdAt: string;
  createdBy: string;
  /** The version this one was copied from (manual edits), else null. */
  basedOn: string | null;
  note: string;
  /** What produced it (file name, run options); JSON. */
  params: Record<string, unknown> | null;
}

/** One forecast quantity; `hour` 0–23 or null for the whole day. A day's volume is the sum of its rows. */
export interface ForecastVolume {
  siteId: string;
  versionId: string;
  clientId: string;
  flow: FlowKind;
  day: string;
  hour: number | null;
  quantity: number;
  source: 'import' | 'manual' | 'statistical';
}

/** A volume as the plan should use it, with the version it was taken from. */
export interface EffectiveForecastVolume extends ForecastVolume {
  versionKind: ForecastVersion['kind'];
}

/** What a statistical run found for one (client, flow) series: chosen method, scores, intervals. */
export interface ForecastSeriesRecord {
  siteId: string;
  versionId: string;
  clientId: string;
  flow: FlowKind;
  method: string;
  candidates: unknown[];
  accuracy: Record<string, unknown> | null;
  intervalCoverageOnHoldout: number | null;
  reasons: unknown[];
  points: { day: string; value: number; lower: number; upper: number }[];
}

export interface ForecastVolumeFilter {
  siteId: string;
  clientId?: string;
  flow?: FlowKind;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
}

export interface ForecastRepository {
  /** Newest first (highest number). */
  list(siteId: string): Promise<ForecastVersion[]>;
  get(siteId: string, id: string): Promise<ForecastVersion | null>;
  /** The number the next version of the site takes. */
  nextNumber(siteId: string): Promise<number>;
  /** Writes a version and, for a statistical one, its series results; versions are never updated. */
  create(version: ForecastVersion, series?: readonly ForecastSeriesRecord[]): Promise<void>;
  series(
    siteId: string,
    versionId: string,
    filter?: { clientId?: string; flow?: FlowKind },
  ): Promise<ForecastSeriesRecord[]>;
  /** Every series result of the site (backup), ordered by version, client, flow. */
  allSeries(siteId: string): Promise<ForecastSeriesRecord[]>;
}

export interface ForecastVolumeRepository {
  insertMany(rows: readonly ForecastVolume[]): Promise<void>;
  /** Rows of one version, ordered by day, client, flow, hour (whole day first). */
  ofVersion(versionId: string, filter: ForecastVolumeFilter): Promise<ForecastVolume[]>;
  /**
   * Per (client, flow, day): the rows of the newest input version holding that day, else of the newest statistical
   * one. Same order as `ofVersion`.
   */
  effective(filter: ForecastVolumeFilter): Promise<EffectiveForecastVolume[]>;
  /** Every row of the site (backup), ordered by version, day, client, flow, hour. */
  all(siteId: string): Promise<ForecastVolume[]>;
}

/** A stored activity plan: an immutable version of a computed PlanResult (kept as JSON, shape owned by the app). */
export interface StoredPlan {
  id: string;
  siteId: string;
  name: string;
  kind: 'baseline' | 'replan';
  fromDay: string;
  toDay: string;
  weeks: number;
  createdAt: string;
  createdBy: string;
  scenario: Record<string, unknown>;
  forecastVersionIds: string[];
  totals: Record<string, unknown>;
  result: Record<string, unknown>;
}

/** One whole-day forecast quantity as a plan reads it, with the version it came from. */
export interface PlanForecastDay {
  clientId: string;
  flow: FlowKind;
  day: string;
  quantity: number;
  versionId: string;
}

export interface PlanRepository {
  /** Newest first; without the result (lists stay small). */
  list(siteId: string): Promise<Omit<StoredPlan, 'result'>[]>;
  get(siteId: string, id: string): Promise<StoredPlan | null>;
  /** Plans are never updated: a change is a new version. */
  create(plan: StoredPlan): Promise<void>;
  /**
   * Whole-day volumes over [from, to] summed per (client, flow, day): of one version when given, else the effective
   * ones (newest input version holding the day, else newest statistical), the rule of ForecastVolumeRepository.effective.
   */
  forecastDays(
    siteId: string,
    range: { from: string; to: string; versionId?: string },
  ): Promise<PlanForecastDay[]>;
}

export interface Repositories {
  sites: SiteRepository;
  buildings: Repository<Building>;
  zones: Repository<Zone>;
  hazardCells: Repository<HazardCell>;
  aisles: Repository<Aisle>;
  locations: Repository<Location>;
  docks: Repository<Dock>;
  equipmentTypes: Repository<EquipmentType>;
  clients: Repository<Client>;
  skus: Repository<Sku>;
  /** Natural key: `number` (matricule). */
  employees: Repository<Employee>;
  /** Natural key: `id`. */
  absences: Repository<Absence>;
  /** Natural key: (activity, method, unit, zoneId). */
  standards: Repository<ProductivityStandard>;
  costCentres: Repository<CostCentre>;
  /** Natural key: `qualification`. */
  rates: Repository<Rate>;
  users: UserRepository;
  sessions: SessionRepository;
  audit: AuditRepository;
  importMappings: ImportMappingRepository;
  forecasts: ForecastRepository;
  forecastVolumes: ForecastVolumeRepository;
  plans: PlanRepository;
  /** Roster versions: drafts, published, superseded. */
  rosters: RosterRepository;
  /** Shift requests (souhaits) the rosters weigh. */
  rosterRequests: RosterRequestRepository;
  /** Daily KPI facts recomputed from the event history. */
  kpiFacts: KpiFactRepository;
  kpiTargets: KpiTargetRepository;
  /** Each user's own dashboard layout. */
  kpiDashboards: KpiDashboardRepository;
  /** Drifts taken over from SPC alerts (the quality module's input). */
  driftRecords: DriftRecordRepository;
  /** The site's activity-based cost model. */
  costModels: CostModelRepository;
  /** Saved budgets (initial, re-forecasts) with their frozen drivers. */
  budgetVersions: BudgetVersionRepository;
  /** Monthly actual costs, volumes and hours per budget line. */
  budgetActuals: BudgetActualRepository;
}

export interface KpiDashboardRepository {
  get(siteId: string, userId: string): Promise<unknown | null>;
  put(siteId: string, userId: string, layout: unknown, at: string): Promise<void>;
}

export interface DriftRecord {
  siteId: string;
  id: string;
  alertId: string;
  kpiId: string;
  dimension: string;
  key: string;
  rule: string;
  start: string;
  firedAt: string;
  value: number;
  centre: number;
  status: string;
  note: string;
  createdAt: string;
  createdBy: string;
}

export interface DriftRecordRepository {
  create(record: DriftRecord): Promise<{ record: DriftRecord; created: boolean }>;
  list(siteId: string): Promise<DriftRecord[]>;
}

export interface KpiFactQuery {
  from: string;
  to: string;
  dimension: Dimension;
  /** Only these keys (e.g. one client); all keys of the dimension when absent. */
  keys?: readonly string[];
  /** Activity, team or operator figures of this client alone ('' or absent: every client). */
  client?: string;
  /** Only these measures are summed (the others read 0): a board of a few KPIs reads a few columns. */
  measures?: readonly string[];
  /** `total` sums the whole range into one period starting at `from`; weeks start on Monday. */
  period: 'total' | 'day' | 'week' | 'month';
}

/** Every measure, summed over the period for one key (absent measures are 0). */
export interface KpiFactSum {
  period: string;
  key: string;
  values: Record<string, number>;
}

export interface KpiFactRepository {
  /** Deletes the facts of [from, to] and writes `rows` (call it inside `transaction` to make it atomic). */
  replace(
    siteId: string,
    from: string,
    to: string,
    facts: readonly DailyMeasureRow[] | DailyMeasureColumns,
  ): Promise<number>;
  /** Ordered by period, key. */
  sum(siteId: string, query: KpiFactQuery): Promise<KpiFactSum[]>;
  keys(siteId: string, dimension: Dimension, from: string, to: string, client?: string): Promise<string[]>;
  range(siteId: string): Promise<{ first: string; last: string } | null>;
}

export interface KpiTarget {
  siteId: string;
  kpiId: string;
  /** '' for the whole site. */
  clientId: string;
  from: string;
  target: number;
  tolerance: number;
  source: string;
}

export interface KpiTargetRepository {
  list(siteId: string): Promise<KpiTarget[]>;
  upsert(target: KpiTarget): Promise<void>;
}

/** An open operational store (PGlite in a data directory, or a PostgreSQL server). */
export interface Database {
  kind: 'pglite' | 'postgres';
  repos: Repositories;
  /** Runs `fn` in one transaction: everything it writes lands, or nothing does. */
  transaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
