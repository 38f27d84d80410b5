// An in-memory Database honouring the repository contract, for the use cases' fast unit tests (no PGlite start-up).
import type {
  AuditEntry,
  Database,
  ImportMapping,
  ListQuery,
  Repositories,
  Repository,
  Session,
  StoredUser,
} from '@logipilot/db/repositories/contract';
import type { Site, User } from '@logipilot/domain';

type Row = { id: string; siteId: string } & Record<string, unknown>;

interface Tables {
  rows: Map<string, Map<string, Row>>;
  sites: Map<string, Site>;
  hashes: Map<string, string>;
  sessions: Map<string, Session>;
  audit: AuditEntry[];
  mappings: ImportMapping[];
}

const COLLECTIONS = [
  'buildings',
  'zones',
  'hazardCells',
  'aisles',
  'locations',
  'docks',
  'equipmentTypes',
  'clients',
  'skus',
  'employees',
  'absences',
  'standards',
  'costCentres',
  'rates',
  'users',
] as const;
type Collection = (typeof COLLECTIONS)[number];

const KEYS: Partial<Record<Collection, (r: Row) => string>> = {
  employees: (r) => String(r.number),
  absences: (r) => r.id,
  standards: (r) => `${String(r.activity)}|${String(r.method)}|${String(r.unit)}|${String(r.zoneId ?? '')}`,
  rates: (r) => String(r.qualification),
  users: (r) => String(r.username),
};

function clone<T>(value: T): T {
  return structuredClone(value);
}

function repository(tables: Tables, name: Collection): Repository<Row> {
  const table = () => {
    let t = tables.rows.get(name);
    if (!t) {
      t = new Map();
      tables.rows.set(name, t);
    }
    return t;
  };
  const key = KEYS[name] ?? ((r: Row) => String(r.code));
  const ofSite = (siteId: string) => [...table().values()].filter((r) => r.siteId === siteId);
  const ofClient = (rows: Row[], clientId: string | null | undefined) =>
    clientId ? rows.filter((r) => (name === 'clients' ? r.id : r.clientId) === clientId) : rows;
  const byKey = (rows: Row[]) => rows.sort((a, b) => key(a).localeCompare(key(b)));
  return {
    async list(query: ListQuery) {
      let rows = ofClient(ofSite(query.siteId), query.clientId);
      if (query.q) {
        const needle = query.q.toLowerCase();
        rows = rows.filter((r) =>
          Object.values(r).some((v) => typeof v === 'string' && v.toLowerCase().includes(needle)),
        );
      }
      const field = query.sort ?? 'code';
      rows = byKey(rows).sort((a, b) => String(a[field] ?? '').localeCompare(String(b[field] ?? '')));
      if (query.order === 'desc') rows.reverse();
      const offset = query.offset ?? 0;
      return { items: clone(rows.slice(offset, offset + (query.limit ?? 50))), total: rows.length };
    },
    async get(siteId, id) {
      const r = table().get(id);
      return r && r.siteId === siteId ? clone(r) : null;
    },
    async getByCode(siteId, code) {
      return clone(ofSite(siteId).find((r) => key(r) === code) ?? null);
    },
    async all(siteId) {
      return clone(byKey(ofSite(siteId)));
    },
    async count(siteId, clientId) {
      return ofClient(ofSite(siteId), clientId).length;
    },
    async upsertMany(items) {
      for (const item of items) {
        const existing = ofSite(item.siteId).find((r) => key(r) === key(item));
        table().set(existing?.id ?? item.id, clone({ ...item, id: existing?.id ?? item.id }));
      }
    },
    async update(item) {
      table().set(item.id, clone(item));
    },
    async remove(siteId, id) {
      const r = table().get(id);
      if (!r || r.siteId !== siteId) return false;
      table().delete(id);
      return true;
    },
  };
}

function repositories(tables: Tables): Repositories {
  const repos = Object.fromEntries(COLLECTIONS.map((c) => [c, repository(tables, c)])) as unknown as Omit<
    Repositories,
    'sites' | 'users' | 'sessions' | 'audit' | 'importMappings'
  > & { users: Repository<User> };
  return {
    ...repos,
    sites: {
      async get(id) {
        return clone(tables.sites.get(id) ?? null);
      },
      async first() {
        return clone([...tables.sites.values()][0] ?? null);
      },
      async save(site) {
        tables.sites.set(site.id, clone(site));
      },
      async remove(id) {
        tables.sites.delete(id);
      },
    },
    users: {
      ...repos.users,
      async findByUsername(username): Promise<StoredUser | null> {
        const users = [...(tables.rows.get('users')?.values() ?? [])] as unknown as User[];
        const user = users.find((u) => u.username === username);
        return user ? { user: clone(user), passwordHash: tables.hashes.get(user.id) ?? '' } : null;
      },
      async create(user, passwordHash) {
        await repos.users.upsertMany([user]);
        tables.hashes.set(user.id, passwordHash);
      },
      async setPasswordHash(userId, passwordHash) {
        tables.hashes.set(userId, passwordHash);
      },
    },
    sessions: {
      async create(s) {
        tables.sessions.set(s.id, clone(s));
      },
      async get(id) {
        return clone(tables.sessions.get(id) ?? null);
      },
      async remove(id) {
        tables.sessions.delete(id);
      },
      async removeExpired(nowIso) {
        let n = 0;
        for (const [id, s] of tables.sessions) {
          if (s.expiresAt <= nowIso) {
            tables.sessions.delete(id);
            n += 1;
          }
        }
        return n;
      },
    },
    audit: {
      async append(entries) {
        tables.audit.push(...clone(entries));
      },
      async list(query) {
        const rows = tables.audit
          .filter((e) => e.siteId === query.siteId && (!query.entity || e.entity === query.entity))
          .reverse();
        const offset = query.offset ?? 0;
        return { items: clone(rows.slice(offset, offset + (query.limit ?? 50))), total: rows.length };
      },
    },
    importMappings: {
      async list(siteId, entity) {
        return clone(tables.mappings.filter((m) => m.siteId === siteId && (!entity || m.entity === entity)));
      },
      async getByName(siteId, entity, name) {
        return clone(
          tables.mappings.find((m) => m.siteId === siteId && m.entity === entity && m.name === name) ?? null,
        );
      },
      async save(mapping) {
        tables.mappings.push(clone(mapping));
      },
    },
  };
}

/** A fresh empty store; `transaction` restores every table when its callback throws. */
export function createFakeDatabase(): Database & { tables: Tables } {
  let tables: Tables = {
    rows: new Map(),
    sites: new Map(),
    hashes: new Map(),
    sessions: new Map(),
    audit: [],
    mappings: [],
  };
  const db = {
    kind: 'pglite' as const,
    get tables() {
      return tables;
    },
    get repos() {
      return repositories(tables);
    },
    async transaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T> {
      const snapshot = clone(tables);
      try {
        return await fn(repositories(tables));
      } catch (error) {
        tables = snapshot;
        throw error;
      }
    },
    async close() {},
  };
  return db;
}
