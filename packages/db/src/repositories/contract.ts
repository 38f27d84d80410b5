// The repository contract: the only door to the operational store; every method returns domain types.
import type {
  Absence,
  Aisle,
  Building,
  Client,
  CostCentre,
  Dock,
  Employee,
  EquipmentType,
  HazardCell,
  Location,
  ProductivityStandard,
  Rate,
  Site,
  Sku,
  User,
  Zone,
} from '@logipilot/domain';

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
}

/** An open operational store (PGlite in a data directory, or a PostgreSQL server). */
export interface Database {
  kind: 'pglite' | 'postgres';
  repos: Repositories;
  /** Runs `fn` in one transaction: everything it writes lands, or nothing does. */
  transaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
