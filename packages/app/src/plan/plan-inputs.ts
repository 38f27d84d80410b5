// Everything a plan reads from the stores: the site's master data, the forecast volumes of the horizon, their gaps.
import type { EventStore } from '@logipilot/db';
import type { Repositories } from '@logipilot/db/repositories/contract';
import {
  type Absence,
  addDays,
  type Client,
  DomainError,
  type Employee,
  type EquipmentType,
  type FlowKind,
  type ProductivityStandard,
  type Rate,
  type Site,
  type Zone,
} from '@logipilot/domain';

export interface PlanVolume {
  clientId: string;
  flow: FlowKind;
  day: string;
  quantity: number;
}

export interface PlanInputs {
  site: Site;
  standards: ProductivityStandard[];
  employees: Employee[];
  absences: Absence[];
  rates: Rate[];
  equipmentTypes: EquipmentType[];
  zones: Zone[];
  clients: Client[];
  /** Whole-day quantities per (client, flow, day): hourly forecast rows summed by the repository. */
  volumes: PlanVolume[];
  forecastVersionIds: string[];
  /** (client, flow) pairs the site measures or forecasts that have no volume in the horizon. */
  missing: { clientId: string; clientCode: string; flow: FlowKind }[];
}

/** How far back the history is read to know which (client, flow) pairs the site has. */
const HISTORY_DAYS_FOR_PAIRS = 56;

export async function loadPlanInputs(
  repos: Repositories,
  events: EventStore | undefined,
  request: { siteId: string; from: string; to: string; forecastVersionId?: string },
): Promise<PlanInputs> {
  const { siteId, from, to } = request;
  const site = await repos.sites.get(siteId);
  if (!site) throw new DomainError('SITE_NOT_FOUND', { params: { siteId } });
  if (request.forecastVersionId !== undefined) {
    const version = await repos.forecasts.get(siteId, request.forecastVersionId);
    if (!version)
      throw new DomainError('PLAN_FORECAST_VERSION_NOT_FOUND', {
        field: 'forecastVersionId',
        params: { id: request.forecastVersionId },
      });
  }
  const [standards, employees, absences, rates, equipmentTypes, zones, clients, rows] = await Promise.all([
    repos.standards.all(siteId),
    repos.employees.all(siteId),
    repos.absences.all(siteId),
    repos.rates.all(siteId),
    repos.equipmentTypes.all(siteId),
    repos.zones.all(siteId),
    repos.clients.all(siteId),
    repos.plans.forecastDays(siteId, {
      from,
      to,
      ...(request.forecastVersionId !== undefined ? { versionId: request.forecastVersionId } : {}),
    }),
  ]);

  const versions = new Set(rows.map((r) => r.versionId));
  const covered = new Set(rows.map((v) => `${v.clientId}|${v.flow}`));

  // The pairs the site has: measured in the weeks before the plan, or forecast at all for this horizon.
  const expected = new Set<string>();
  if (events) {
    const history = await events.aggregateFlows({
      siteId,
      period: 'year',
      from: addDays(from, -HISTORY_DAYS_FOR_PAIRS),
      to: addDays(from, -1),
    });
    for (const h of history) if (h.quantity > 0) expected.add(`${h.clientId}|${h.flow}`);
  }
  const codeOf = new Map(clients.map((c) => [c.id, c.code]));
  const missing = [...expected]
    .filter((k) => !covered.has(k))
    .sort()
    .map((k) => {
      const [clientId = '', flow = ''] = k.split('|');
      return { clientId, clientCode: codeOf.get(clientId) ?? clientId, flow: flow as FlowKind };
    });

  return {
    site,
    standards,
    employees,
    absences,
    rates,
    equipmentTypes,
    zones,
    clients,
    volumes: rows.map(({ clientId, flow, day, quantity }) => ({ clientId, flow, day, quantity })),
    forecastVersionIds: [...versions].sort(),
    missing,
  };
}
