// Shapes of the HTTP API answers (docs/api-contract.md) as the web app reads them.
import type { Lang } from '@logipilot/i18n';

export type Role = 'admin' | 'site_manager' | 'methods_technician' | 'team_leader' | 'client_viewer';
export type TemperatureClass = 'ambient' | 'positive_cold' | 'negative_cold';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  clientId: string | null;
  locale: Lang;
}

export interface ZoneSummary {
  id: string;
  code: string;
  name: string;
  buildingId: string;
  temperatureClass: TemperatureClass;
  locationCount: number;
  occupiedCount: number;
  capacityPallets: number;
  areaM2: number;
}

export interface QualificationRef {
  kind: string;
  scheme: string | null;
  category: string | null;
}

export interface StaffByQualification {
  key: string;
  scheme: string | null;
  category: string | null;
  count: number;
}

export interface ExpiringQualification {
  employeeId: string;
  employeeName: string;
  qualification: QualificationRef;
  expiresOn: string;
  daysLeft: number;
}

export interface SiteOverview {
  site: { id: string; code: string; name: string; timeZone: string; region: string };
  counts: {
    buildings: number;
    zones: number;
    locations: number;
    skus: number;
    employees: number;
    clients: number;
    docks: number;
  };
  zones: ZoneSummary[];
  hazardCells: { id: string; code: string; name: string; zoneId: string }[];
  staff?: { byQualification: StaffByQualification[]; expiring: ExpiringQualification[] };
}

export interface PlanRect {
  id: string;
  code: string;
  x: number;
  y: number;
  width: number;
  depth: number;
}

export interface SitePlan {
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
  zones: (PlanRect & { temperatureClass: TemperatureClass })[];
  aisles: (PlanRect & { zoneId: string })[];
  locations: (PlanRect & { zoneId: string; occupied: boolean })[];
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ImportRowError {
  file: string;
  row: number;
  column: string | null;
  value: string | null;
  code: string;
  message: string;
}

export interface ImportResult {
  entity: string;
  file: string;
  imported: number;
}

export interface ImportMapping {
  id: string;
  name: string;
  entity: string;
  columns: Record<string, string>;
}
