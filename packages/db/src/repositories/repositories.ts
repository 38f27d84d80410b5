// Builds the repository set over one SQL executor: the pool (autocommit) or one transaction's connection.
import type { SqlExecutor } from '../events/sql-executor.ts';
import { PgAuditRepository } from './audit-repository.ts';
import type { Repositories } from './contract.ts';
import {
  PgBudgetActualRepository,
  PgBudgetVersionRepository,
  PgCostModelRepository,
} from './costing-repositories.ts';
import { PgDriftRecordRepository } from './drift-record-repository.ts';
import { EmployeeRepository } from './employees-repository.ts';
import { PgForecastRepository } from './forecast-repository.ts';
import { PgForecastVolumeRepository } from './forecast-volume-repository.ts';
import { PgImportMappingRepository } from './import-mappings-repository.ts';
import { PgKpiDashboardRepository } from './kpi-dashboard-repository.ts';
import { PgKpiFactRepository, PgKpiTargetRepository } from './kpi-facts-repository.ts';
import {
  absenceSpec,
  aisleSpec,
  buildingSpec,
  clientSpec,
  costCentreSpec,
  dockSpec,
  equipmentTypeSpec,
  hazardCellSpec,
  locationSpec,
  rateSpec,
  skuSpec,
  standardSpec,
  zoneSpec,
} from './master-data-specs.ts';
import { PgPlanRepository } from './plan-repository.ts';
import { PgRosterRepository } from './roster-repository.ts';
import { PgRosterRequestRepository } from './roster-request-repository.ts';
import { PgSessionRepository } from './sessions-repository.ts';
import { PgSiteRepository } from './sites-repository.ts';
import { TableRepository } from './table-repository.ts';
import { PgUserRepository } from './users-repository.ts';

/** `bulk`: how large writes travel — PGlite loads CSV through COPY (its parameters are slow to parse at scale). */
export function createRepositories(sql: SqlExecutor, bulk: 'copy' | 'unnest' = 'unnest'): Repositories {
  return {
    sites: new PgSiteRepository(sql),
    buildings: new TableRepository(buildingSpec, sql),
    zones: new TableRepository(zoneSpec, sql),
    hazardCells: new TableRepository(hazardCellSpec, sql),
    aisles: new TableRepository(aisleSpec, sql),
    locations: new TableRepository(locationSpec, sql),
    docks: new TableRepository(dockSpec, sql),
    equipmentTypes: new TableRepository(equipmentTypeSpec, sql),
    clients: new TableRepository(clientSpec, sql),
    skus: new TableRepository(skuSpec, sql),
    employees: new EmployeeRepository(sql),
    absences: new TableRepository(absenceSpec, sql),
    standards: new TableRepository(standardSpec, sql),
    costCentres: new TableRepository(costCentreSpec, sql),
    rates: new TableRepository(rateSpec, sql),
    users: new PgUserRepository(sql),
    sessions: new PgSessionRepository(sql),
    audit: new PgAuditRepository(sql),
    importMappings: new PgImportMappingRepository(sql),
    forecasts: new PgForecastRepository(sql),
    forecastVolumes: new PgForecastVolumeRepository(sql),
    plans: new PgPlanRepository(sql),
    rosters: new PgRosterRepository(sql),
    rosterRequests: new PgRosterRequestRepository(sql),
    costModels: new PgCostModelRepository(sql),
    budgetVersions: new PgBudgetVersionRepository(sql),
    budgetActuals: new PgBudgetActualRepository(sql),
    kpiFacts: new PgKpiFactRepository(sql, bulk),
    kpiTargets: new PgKpiTargetRepository(sql),
    kpiDashboards: new PgKpiDashboardRepository(sql),
    driftRecords: new PgDriftRecordRepository(sql),
  };
}
