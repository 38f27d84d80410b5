// An in-memory stand-in for the operational store (the Repositories contract), for fast use-case tests.
import type {
  AuditEntry,
  AuditRepository,
  Database,
  ImportMapping,
  ImportMappingRepository,
  ListQuery,
  Page,
  Repositories,
  Repository,
  SiteRepository,
} from '@logipilot/db';
import type { Site } from '@logipilot/domain';

class MemoryRepository<T extends { id: string; siteId: string }> implements Repository<T> {
  rows = new Map<string, T>();

  constructor(private readonly keyOf: (item: T) => string) {}

  private ofSite(siteId: string, clientId?: string | null): T[] {
    return [...this.rows.values()]
      .filter((r) => r.siteId === siteId)
      .filter((r) => !clientId || (r as { clientId?: string }).clientId === clientId)
      .sort((a, b) => this.keyOf(a).localeCompare(this.keyOf(b)))
      .map((r) => structuredClone(r));
  }

  async list(query: ListQuery): Promise<Page<T>> {
    const items = this.ofSite(query.siteId, query.clientId);
    const offset = query.offset ?? 0;
    return { items: items.slice(offset, offset + (query.limit ?? 50)), total: items.length };
  }
  async get(siteId: string, id: string): Promise<T | null> {
    const r = this.rows.get(id);
    return r && r.siteId === siteId ? structuredClone(r) : null;
  }
  async getByCode(siteId: string, code: string): Promise<T | null> {
    return this.ofSite(siteId).find((r) => this.keyOf(r) === code) ?? null;
  }
  async all(siteId: string): Promise<T[]> {
    return this.ofSite(siteId);
  }
  async count(siteId: string, clientId?: string | null): Promise<number> {
    return this.ofSite(siteId, clientId).length;
  }
  async upsertMany(items: T[]): Promise<void> {
    for (const item of items) {
      const stored = [...this.rows.values()].find(
        (r) => r.siteId === item.siteId && this.keyOf(r) === this.keyOf(item),
      );
      if (stored) this.rows.delete(stored.id);
      const kept = stored ? { ...item, id: stored.id } : item;
      this.rows.set(kept.id, structuredClone(kept));
    }
  }
  async update(item: T): Promise<void> {
    this.rows.set(item.id, structuredClone(item));
  }
  async remove(siteId: string, id: string): Promise<boolean> {
    return this.rows.get(id)?.siteId === siteId && this.rows.delete(id);
  }
}

class MemorySites implements SiteRepository {
  sites = new Map<string, Site>();
  async get(siteId: string) {
    return this.sites.get(siteId) ?? null;
  }
  async first() {
    return [...this.sites.values()][0] ?? null;
  }
  async save(site: Site) {
    this.sites.set(site.id, site);
  }
  async remove(siteId: string) {
    this.sites.delete(siteId);
  }
}

class MemoryAudit implements AuditRepository {
  entries: AuditEntry[] = [];
  async append(entries: AuditEntry[]) {
    this.entries.push(...entries);
  }
  async list(query: { siteId: string; entity?: string }): Promise<Page<AuditEntry>> {
    const items = this.entries.filter(
      (e) => e.siteId === query.siteId && (!query.entity || e.entity === query.entity),
    );
    return { items, total: items.length };
  }
}

class MemoryMappings implements ImportMappingRepository {
  mappings: ImportMapping[] = [];
  async list(siteId: string, entity?: string) {
    return this.mappings.filter((m) => m.siteId === siteId && (!entity || m.entity === entity));
  }
  async getByName(siteId: string, entity: string, name: string) {
    return this.mappings.find((m) => m.siteId === siteId && m.entity === entity && m.name === name) ?? null;
  }
  async save(mapping: ImportMapping) {
    this.mappings = [...this.mappings.filter((m) => m.id !== mapping.id), mapping];
  }
}

const byCode = <T extends { code: string }>(t: T) => t.code;

function unsupported(name: string): never {
  throw new Error(`${name} is not part of the fake store`);
}

function makeRepositories(): Repositories {
  return {
    sites: new MemorySites(),
    buildings: new MemoryRepository(byCode),
    zones: new MemoryRepository(byCode),
    hazardCells: new MemoryRepository(byCode),
    aisles: new MemoryRepository(byCode),
    locations: new MemoryRepository(byCode),
    docks: new MemoryRepository(byCode),
    equipmentTypes: new MemoryRepository(byCode),
    clients: new MemoryRepository(byCode),
    skus: new MemoryRepository(byCode),
    employees: new MemoryRepository((e) => e.number),
    absences: new MemoryRepository((a) => a.id),
    standards: new MemoryRepository((s) => `${s.activity}|${s.method}|${s.zoneId}`),
    costCentres: new MemoryRepository(byCode),
    rates: new MemoryRepository((r) => r.qualification),
    users: new Proxy({} as Repositories['users'], { get: () => unsupported('users') }),
    sessions: new Proxy({} as Repositories['sessions'], { get: () => unsupported('sessions') }),
    audit: new MemoryAudit(),
    importMappings: new MemoryMappings(),
    // toJSON answers undefined so that snapshot() serialises them as {} instead of throwing.
    forecasts: new Proxy({} as Repositories['forecasts'], {
      get: (_t, p) => (p === 'toJSON' ? undefined : unsupported('forecasts')),
    }),
    forecastVolumes: new Proxy({} as Repositories['forecastVolumes'], {
      get: (_t, p) => (p === 'toJSON' ? undefined : unsupported('forecastVolumes')),
    }),
    plans: new Proxy({} as Repositories['plans'], {
      get: (_t, p) => (p === 'toJSON' ? undefined : unsupported('plans')),
    }),
    rosters: new Proxy({} as Repositories['rosters'], {
      get: (_t, p) => (p === 'toJSON' ? undefined : unsupported('rosters')),
    }),
    rosterRequests: new Proxy({} as Repositories['rosterRequests'], {
      get: (_t, p) => (p === 'toJSON' ? undefined : unsupported('rosterRequests')),
    }),
    kpiFacts: new Proxy({} as Repositories['kpiFacts'], {
      get: (_t, p) => (p === 'toJSON' ? undefined : unsupported('kpiFacts')),
    }),
    kpiTargets: new Proxy({} as Repositories['kpiTargets'], {
      get: (_t, p) => (p === 'toJSON' ? undefined : unsupported('kpiTargets')),
    }),
    kpiDashboards: new Proxy({} as Repositories['kpiDashboards'], {
      get: (_t, p) => (p === 'toJSON' ? undefined : unsupported('kpiDashboards')),
    }),
    driftRecords: new Proxy({} as Repositories['driftRecords'], {
      get: (_t, p) => (p === 'toJSON' ? undefined : unsupported('driftRecords')),
    }),
    costModels: new Proxy({} as Repositories['costModels'], {
      get: (_t, p) => (p === 'toJSON' ? undefined : unsupported('costModels')),
    }),
    budgetVersions: new Proxy({} as Repositories['budgetVersions'], {
      get: (_t, p) => (p === 'toJSON' ? undefined : unsupported('budgetVersions')),
    }),
    budgetActuals: new Proxy({} as Repositories['budgetActuals'], {
      get: (_t, p) => (p === 'toJSON' ? undefined : unsupported('budgetActuals')),
    }),
  };
}

/**
 * A transaction works on a deep copy of the state and swaps it in on success, so that a throw leaves the store
 * exactly as it was: the all-or-nothing property the tests check.
 */
export function fakeDatabase(): Database & { snapshot(): string } {
  let repos = makeRepositories();
  const db = {
    kind: 'pglite' as const,
    get repos() {
      return repos;
    },
    async transaction<T>(fn: (r: Repositories) => Promise<T>): Promise<T> {
      const copy = cloneRepositories(repos);
      const result = await fn(copy);
      repos = copy;
      return result;
    },
    async close() {},
    snapshot() {
      const { users: _users, sessions: _sessions, ...stored } = repos;
      return JSON.stringify(stored, (_k, v: unknown) => (v instanceof Map ? [...v.entries()] : v));
    },
  };
  return db;
}

function cloneRepositories(source: Repositories): Repositories {
  const copy = makeRepositories();
  for (const key of Object.keys(source) as (keyof Repositories)[]) {
    const from = source[key] as unknown as Record<string, unknown>;
    const to = copy[key] as unknown as Record<string, unknown>;
    if (key === 'users' || key === 'sessions') continue;
    for (const field of ['rows', 'sites', 'entries', 'mappings']) {
      if (field in from) to[field] = structuredClone(from[field]);
    }
  }
  return copy;
}
