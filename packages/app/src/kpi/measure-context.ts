// What computing the daily measures needs from the site model: time zone, each person's team, earned-hour standards.
import type { Repositories } from '@logipilot/db/repositories/contract';
import {
  DomainError,
  type EarnedHourStandards,
  fullName,
  type ProductivityStandard,
  type Site,
  standardMinutesPerUnit,
} from '@logipilot/domain';

export interface MeasureContextData {
  site: Site;
  /** Keyed by employee id and by number (matricule): a WMS export may carry either. */
  teams: Map<string, string>;
  /** The display name of an operator key. */
  names: Map<string, string>;
  standards: EarnedHourStandards;
}

/** The site-wide standard for an activity and unit (the first method listed), in standard minutes; 0 when none. */
function minutesFor(
  standards: readonly ProductivityStandard[],
  activity: ProductivityStandard['activity'],
  unit: ProductivityStandard['unit'],
): number {
  const found =
    standards.find((s) => s.activity === activity && s.unit === unit && s.zoneId === null) ??
    standards.find((s) => s.activity === activity && s.unit === unit);
  return found ? standardMinutesPerUnit(found) : 0;
}

export async function loadMeasureContext(repos: Repositories, siteId: string): Promise<MeasureContextData> {
  const site = await repos.sites.get(siteId);
  if (!site) throw new DomainError('SITE_NOT_FOUND', { params: { siteId } });
  const [employees, standards] = await Promise.all([
    repos.employees.all(siteId),
    repos.standards.all(siteId),
  ]);
  const teams = new Map<string, string>();
  const names = new Map<string, string>();
  for (const e of employees) {
    for (const key of [e.id, e.number]) {
      if (e.team) teams.set(key, e.team);
      names.set(key, fullName(e));
    }
  }
  return {
    site,
    teams,
    names,
    standards: {
      pickingMinutesPerLine: minutesFor(standards, 'picking', 'order_line'),
      receivingMinutesPerPallet: minutesFor(standards, 'receiving', 'pallet'),
      putawayMinutesPerPallet: minutesFor(standards, 'putaway', 'pallet'),
    },
  };
}
