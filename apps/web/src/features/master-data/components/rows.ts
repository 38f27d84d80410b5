// Row shapes of the master-data lists as the API returns them (fields the tables show).
import type { TemperatureClass } from '../../../api/types.ts';

export interface SkuRow {
  id: string;
  clientId: string;
  code: string;
  description: string;
  family: string;
  temperatureClass: TemperatureClass;
  weightKg: number;
  unitsPerCase: number;
  casesPerLayer: number;
  layersPerPallet: number;
  adrClass: string | null;
}

export interface LocationRow {
  id: string;
  zoneId: string;
  code: string;
  type: 'pallet_rack' | 'shelving' | 'floor' | 'flow_rack';
  aisle: string;
  level: number;
  maxLoadKg: number;
  occupied: boolean;
}

export interface EmployeeRow {
  id: string;
  number: string;
  firstName: string;
  lastName: string;
  jobRole?: string;
  contract: { kind: 'cdi' | 'cdd' | 'temp'; start: string; end: string | null; agency: string | null };
  weeklyHours: number;
  team: string;
  qualifications: {
    kind: string;
    scheme: string | null;
    category: string | null;
    expiresOn: string | null;
  }[];
}

export interface ClientRow {
  id: string;
  code: string;
  name: string;
  sector?: string;
  language?: 'fr' | 'en';
}
