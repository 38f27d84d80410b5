// What describes a demo site before it is generated: layout, clients, headcount, equipment, docks.
import type { Employee } from '@logipilot/domain';
import type { BuildingPlan } from './layout.ts';
import type { Sector } from './sectors.ts';

export type JobRole = Employee['jobRole'];

export interface ClientPlan {
  code: string;
  name: string;
  sector: Sector;
  language: 'fr' | 'en';
  /** Template sectors of the assortment with their share. */
  assortment: readonly (readonly [Sector, number])[];
  skuCount: number;
  /** Units picked on an average weekday at the as-of date. */
  unitsPerDay: number;
}

export interface EquipmentPlan {
  key: string;
  name: string;
  licence: { scheme: 'R489' | 'R485'; category: string } | null;
  count: number;
  maxLiftHeightM: number;
  capacityKg: number;
}

export interface DockPlan {
  code: string;
  name: string;
  building: string;
  direction: 'inbound' | 'outbound' | 'mixed';
  temperatureClass: 'ambient' | 'positive_cold' | 'negative_cold';
  doors: number;
  kind: 'leveller' | 'ground_level' | 'side_loading';
}

export interface SitePlan {
  code: string;
  name: string;
  address: string;
  postcode: string;
  city: string;
  solidarityDay: 'whit_monday' | 'spread';
  buildings: BuildingPlan[];
  clients: ClientPlan[];
  /** Headcount per job role. */
  roles: Record<JobRole, number>;
  teams: readonly string[];
  /** Shares of fixed-term contracts and of temps among operators. */
  cddShare: number;
  tempShare: number;
  /** Deliberate qualification cases relative to the as-of date. */
  expiringLicences: number;
  expiringMedicals: number;
  equipment: EquipmentPlan[];
  docks: DockPlan[];
}
