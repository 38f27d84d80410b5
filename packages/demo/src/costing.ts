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
 * Loaded cost per PAID hour (the Rate schema's unit), from the gross wage with the handbook's formula
 * (labour.md §3.4): gross × (1 + 8 % usual premiums) × (1 + effective employer rate), the rate rising with pay as the
 * general reduction fades out (≈ 22 % near the SMIC, 25 % at ~1.15 SMIC, 35 % above ~1.4 SMIC). An operator at
 * 12.10 €/h comes out at ≈ 15.9 €/paid hour, inside the handbook's 15–19 € range. Temps are billed gross × coefficient
 * (1.85–2.10, higher for qualified drivers).
 */
const SMIC_CENTS = 1188;

function loadedPerPaidHour(grossCents: number): number {
  const ratio = grossCents / SMIC_CENTS;
  const employerRate = ratio < 1.1 ? 0.22 : ratio < 1.3 ? 0.25 : ratio < 1.4 ? 0.3 : 0.35;
  return Math.round(grossCents * 1.08 * (1 + employerRate));
}

const rate = (gross: number, coefficient: number) => ({
  gross,
  loaded: loadedPerPaidHour(gross),
  coefficient,
});

const ROLE_RATES: Record<JobRole, { gross: number; loaded: number; coefficient: number }> = {
  picker: rate(1210, 1.95),
  loader: rate(1220, 1.95),
  receiver: rate(1250, 1.95),
  cold_room_operator: rate(1300, 1.98),
  admin_clerk: rate(1350, 1.95),
  forklift_driver: rate(1380, 2.0),
  team_leader: rate(1750, 2.05),
};

const LICENCE_RATES: Record<string, { gross: number; loaded: number; coefficient: number }> = {
  'R489:1A': rate(1230, 1.95),
  'R485:2': rate(1260, 1.95),
  'R489:3': rate(1350, 2.0),
  'R489:5': rate(1420, 2.0),
  'R489:6': rate(1450, 2.02),
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
