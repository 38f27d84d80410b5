// Valid request bodies per master-data entity, derived from the fixture, for route-table and CRUD tests.
import type { EntityName } from '@logipilot/app/masterdata/entities';
import { fixtureBundle, fixtureUsers } from '@logipilot/app/masterdata/fixture-site';
import { SAMPLE_COST_MODEL } from '@logipilot/domain';
import quoteRequest from '../../../../examples/quote-request.json' with { type: 'json' };

type Body = Record<string, unknown>;

/** The published example quote request (examples/quote-request.json). */
const QUOTE_REQUEST = quoteRequest as unknown as Body;

export function fixtureRows(entity: EntityName): Body[] {
  const b = fixtureBundle();
  const rows: Record<EntityName, unknown[]> = {
    clients: b.clients,
    skus: b.skus,
    locations: b.locations,
    zones: b.zones,
    employees: b.employees,
    docks: b.docks,
    'equipment-types': b.equipmentTypes,
    'productivity-standards': b.standards,
    'cost-centres': b.costCentres,
    rates: b.rates,
    users: fixtureUsers(),
    absences: b.absences,
  };
  return rows[entity] as Body[];
}

/** Bodies of JSON POST routes under /api/<segment>/… that are not master-data entities, by that segment. */
const OTHER_BODIES: Readonly<Record<string, Body>> = {
  // POST /api/import/mappings
  import: { name: 'Export Reflex', entity: 'skus', columns: { ART_CODE: 'code', Libellé: '' } },
};

/** Bodies of JSON POST routes that share a segment with others, by OpenAPI path. */
const PATH_BODIES: Readonly<Record<string, Body>> = {
  '/api/kpi/drift-records': {
    alertId: 'otif:site::WE_1:2026-02-02',
    from: '2026-02-01',
    to: '2026-02-28',
    note: 'RT',
  },
  '/api/kpi/recompute': { from: '2026-02-01', to: '2026-02-28' },
  '/api/kpi/layout': { tiles: ['otif', 'lines_per_hour'], period: 'month' },
  '/api/kpi/targets': { kpiId: 'otif', from: '2026-02-01', target: 97, tolerance: 1 },
  '/api/plans/compute': { from: '2026-03-02', weeks: 1, scenario: { volumePct: 10 } },
  '/api/plans': { from: '2026-03-02', weeks: 1, name: 'Route table', kind: 'baseline' },
  '/api/forecasts/run': {
    flow: 'order_lines',
    horizonDays: 14,
    holdoutDays: 28,
    coverage: 0.8,
    asOf: '2026-03-02',
  },
  '/api/forecasts/{id}/edits': {
    name: 'Re-prévision S10',
    note: 'client promotion',
    changes: [{ clientCode: 'ALPHA', flow: 'order_lines', day: '2026-03-02', hour: 8, quantity: 120 }],
  },
  '/api/rosters/solve': { from: '2026-03-02', weeks: 1, seed: 7, timeLimitSeconds: 1, name: 'Route table' },
  '/api/rosters/{id}/cells': {
    edits: [{ employeeId: 'emp-1', day: '2026-03-02', shift: 'morning', qualification: 'picker' }],
  },
  '/api/rosters/{id}/publish': { reason: 'Route table' },
  '/api/cost-model': structuredClone(SAMPLE_COST_MODEL) as unknown as Body,
  '/api/budget/versions': { year: 2026, name: 'Route table', kind: 'reforecast' },
  '/api/quotes/price': { request: QUOTE_REQUEST, issueDate: '2026-03-02' },
  '/api/quotes/document': { request: QUOTE_REQUEST, format: 'pdf', lang: 'en' },
  '/api/roster-requests': {
    employeeId: 'emp-1',
    day: '2026-03-02',
    shift: 'morning',
    on: false,
    weight: 10,
    note: 'Route table',
  },
};

/** The body of a JSON route that is not a master-data create (a PATCH too), by OpenAPI path, when there is one. */
export function samplePathBody(path: string): Body | undefined {
  const body = PATH_BODIES[path];
  return body === undefined ? undefined : structuredClone(body);
}

/**
 * A body POST /api/<entity> accepts: a fixture row without server fields and with a fresh natural key; `path` (the
 * OpenAPI path) picks the body of a route that is not a master-data entity.
 */
export function sampleCreateBody(entity: EntityName, suffix = 'NEW', path?: string): Body {
  const byPath = path === undefined ? undefined : PATH_BODIES[path];
  if (byPath) return structuredClone(byPath);
  const other = OTHER_BODIES[entity];
  if (other) return { ...other };
  const { id: _id, siteId: _siteId, ...body } = fixtureRows(entity)[0]!;
  const fresh = suffix.toLowerCase();
  if (entity === 'employees') return { ...body, number: `M-${suffix}` };
  if (entity === 'users') return { ...body, username: `user.${fresh}`, password: 'a-long-password' };
  if (entity === 'rates') return { ...body, qualification: `role-${fresh}` };
  if (entity === 'productivity-standards') return { ...body, method: `method-${fresh}` };
  if (entity === 'absences') return body;
  return { ...body, code: `${String(body.code)}-${suffix}` };
}
