// Cost centres (one per client, one for shared activity, one for site structure) and the rate table per role and CACES.
import type { Client, CostCentre, Rate } from '@logipilot/domain';
import type { CostCentreIds } from './employees.ts';
import type { JobRole } from './site-plan.ts';

export function generateCostCentres(
  siteId: string,
  clients: readonly Client[],
): { costCentres: CostCentre[]; ids: CostCentreIds } {
  const costCentres: CostCentre[] = clients.map((c) => ({
    id: `${siteId}-cc-${c.code}`,
    siteId,
    code: `CC-${c.code}`,
    name: `Dossier ${c.name}`,
    clientId: c.id,
  }));
  const shared: CostCentre = {
    id: `${siteId}-cc-MUTU`,
    siteId,
    code: 'CC-MUTU',
    name: 'Activité mutualisée (quais, caristes)',
    clientId: null,
  };
  const structure: CostCentre = {
    id: `${siteId}-cc-STRUCT`,
    siteId,
    code: 'CC-STRUCT',
    name: 'Structure du site (encadrement, administration)',
    clientId: null,
  };
  costCentres.push(shared, structure);
  return {
    costCentres,
    ids: {
      shared: shared.id,
      structure: structure.id,
      byClient: new Map(clients.map((c) => [c.id, `${siteId}-cc-${c.code}`])),
    },
  };
}

/**
 * Gross wage (SMIC 11.88 €/h and above) and loaded cost per hour in cents (labour.md §3: operator ≈ 19–25 €, driver
 * ≈ 21–28 €, team leader 26–34 €); temps are billed gross × coefficient (1.85–2.10, higher for qualified drivers).
 */
const ROLE_RATES: Record<JobRole, { gross: number; loaded: number; coefficient: number }> = {
  picker: { gross: 1210, loaded: 1950, coefficient: 1.95 },
  loader: { gross: 1220, loaded: 1980, coefficient: 1.95 },
  receiver: { gross: 1250, loaded: 2050, coefficient: 1.95 },
  cold_room_operator: { gross: 1300, loaded: 2180, coefficient: 1.98 },
  admin_clerk: { gross: 1350, loaded: 2250, coefficient: 1.95 },
  forklift_driver: { gross: 1380, loaded: 2300, coefficient: 2.0 },
  team_leader: { gross: 1750, loaded: 3000, coefficient: 2.05 },
};

const LICENCE_RATES: Record<string, { gross: number; loaded: number; coefficient: number }> = {
  'R489:1A': { gross: 1230, loaded: 2000, coefficient: 1.95 },
  'R485:2': { gross: 1260, loaded: 2080, coefficient: 1.95 },
  'R489:3': { gross: 1350, loaded: 2250, coefficient: 2.0 },
  'R489:5': { gross: 1420, loaded: 2400, coefficient: 2.0 },
  'R489:6': { gross: 1450, loaded: 2480, coefficient: 2.02 },
};

export function generateRates(siteId: string, licenceKeys: readonly string[]): Rate[] {
  const row = (qualification: string, r: { gross: number; loaded: number; coefficient: number }): Rate => ({
    id: `${siteId}-rate-${qualification.replace(':', '-')}`,
    siteId,
    qualification,
    loadedHourlyCostCents: r.loaded,
    grossHourlyWageCents: r.gross,
    overtimePremium25: 0.25,
    overtimePremium50: 0.5,
    nightPremium: 0.15,
    sundayPremium: 0.5,
    tempAgencyCoefficient: r.coefficient,
  });
  const roles = (Object.keys(ROLE_RATES) as JobRole[]).map((r) => row(r, ROLE_RATES[r]));
  const licences = licenceKeys.flatMap((k) => (LICENCE_RATES[k] ? [row(k, LICENCE_RATES[k])] : []));
  return [...roles, ...licences];
}
