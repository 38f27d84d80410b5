// Reads and writes a whole SiteBundle through the repositories, parents before children (seed, restore, tests).
import type { SiteBundle } from '@logipilot/domain';
import type { Repositories } from './contract.ts';

/** Collections in an order where every reference points to something already written. */
export const BUNDLE_WRITE_ORDER = [
  'buildings',
  'zones',
  'hazardCells',
  'aisles',
  'locations',
  'docks',
  'equipmentTypes',
  'clients',
  'skus',
  'costCentres',
  'employees',
  'absences',
  'standards',
  'rates',
] as const satisfies readonly Exclude<keyof SiteBundle, 'site'>[];

export type BundleCollection = (typeof BUNDLE_WRITE_ORDER)[number];

/** Upserts the site and every collection; `onCollection` reports progress after each one. */
export async function writeSiteBundle(
  repos: Repositories,
  bundle: SiteBundle,
  onCollection?: (collection: BundleCollection, rows: number) => void,
): Promise<void> {
  await repos.sites.save(bundle.site);
  for (const name of BUNDLE_WRITE_ORDER) {
    const rows = bundle[name];
    // Each collection pairs with its own repository; TypeScript cannot follow that pairing through the loop.
    await (repos[name] as { upsertMany(items: typeof rows): Promise<void> }).upsertMany(rows);
    onCollection?.(name, rows.length);
  }
}

/** The whole site as stored, every collection ordered by natural key; null when the site does not exist. */
export async function readSiteBundle(repos: Repositories, siteId: string): Promise<SiteBundle | null> {
  const site = await repos.sites.get(siteId);
  if (!site) return null;
  return {
    site,
    buildings: await repos.buildings.all(siteId),
    zones: await repos.zones.all(siteId),
    hazardCells: await repos.hazardCells.all(siteId),
    aisles: await repos.aisles.all(siteId),
    locations: await repos.locations.all(siteId),
    docks: await repos.docks.all(siteId),
    equipmentTypes: await repos.equipmentTypes.all(siteId),
    clients: await repos.clients.all(siteId),
    skus: await repos.skus.all(siteId),
    employees: await repos.employees.all(siteId),
    absences: await repos.absences.all(siteId),
    standards: await repos.standards.all(siteId),
    costCentres: await repos.costCentres.all(siteId),
    rates: await repos.rates.all(siteId),
  };
}
