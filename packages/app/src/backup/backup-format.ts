// The backup document (format, version, contents) and its validation: a bad file becomes BACKUP_INVALID, never a crash.
import type { SiteDump } from '@logipilot/db';
import type {
  AuditEntry,
  ForecastSeriesRecord,
  ForecastVersion,
  ForecastVolume,
  ImportMapping,
  StoredBudgetActual,
  StoredBudgetVersion,
  StoredCostModel,
  StoredPlan,
  StoredRoster,
  StoredRosterRequest,
  StoredUser,
} from '@logipilot/db/repositories/contract';
import {
  absenceSchema,
  aisleSchema,
  buildingSchema,
  clientSchema,
  costCentreSchema,
  DomainError,
  demandSchema,
  dockSchema,
  employeeSchema,
  equipmentTypeSchema,
  FLOW_KINDS,
  hazardCellSchema,
  isoDateSchema,
  locationSchema,
  productivityStandardSchema,
  rateSchema,
  rosterAssignmentSchema,
  type SiteBundle,
  siteSchema,
  skuSchema,
  userSchema,
  zodErrorToDetails,
  zoneSchema,
} from '@logipilot/domain';
import { z } from 'zod';

export const BACKUP_FORMAT = 'logipilot-site-backup';
/** Raised whenever the document's shape changes; restore refuses versions it does not know. */
export const BACKUP_VERSION = 6;
/**
 * Versions restore still reads: 1 had no forecasts, plans nor rosters, 2 no plans nor rosters, 3 no rosters, 4 no
 * shift requests, 5 no costing (they restore with none).
 */
export const READABLE_BACKUP_VERSIONS: readonly number[] = [1, 2, 3, 4, 5, 6];

export interface BackupCosting {
  costModel: StoredCostModel | null;
  /** Oldest first. */
  budgetVersions: StoredBudgetVersion[];
  budgetActuals: StoredBudgetActual[];
}

const EMPTY_COSTING: BackupCosting = { costModel: null, budgetVersions: [], budgetActuals: [] };

export interface BackupForecasts {
  versions: ForecastVersion[];
  volumes: ForecastVolume[];
  series: ForecastSeriesRecord[];
}

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  bundle: SiteBundle;
  users: StoredUser[];
  importMappings: ImportMapping[];
  /** Oldest first. */
  audit: AuditEntry[];
  events: SiteDump;
  /** Since version 2. */
  forecasts: BackupForecasts;
  /** Since version 3; stored plan versions with their whole result, oldest first. */
  plans: StoredPlan[];
  /** Since version 4; stored roster versions (any status) with their cells and demand, oldest first. */
  rosters: StoredRoster[];
  /** Since version 5; shift requests (souhaits), by day, person and shift. */
  rosterRequests: StoredRosterRequest[];
  /** Since version 6; the cost model, saved budget versions and monthly actuals. */
  costing: BackupCosting;
}

/** Why a file is not a usable backup (the `reason` param of BACKUP_INVALID). */
export type BackupInvalidReason =
  | 'FILE_UNREADABLE'
  | 'NOT_GZIP'
  | 'NOT_JSON'
  | 'NOT_A_BACKUP'
  | 'UNSUPPORTED_VERSION'
  | 'INVALID_CONTENT'
  | 'SITE_MISMATCH';

export function backupInvalid(
  reason: BackupInvalidReason,
  extra: { field?: string; version?: number | string; details?: ReturnType<typeof zodErrorToDetails> } = {},
): DomainError {
  return new DomainError('BACKUP_INVALID', {
    ...(extra.field === undefined ? {} : { field: extra.field }),
    params: { reason, field: extra.field ?? null, version: extra.version ?? null },
    ...(extra.details ? { details: extra.details } : {}),
  });
}

const json = z.json();

const documentV1Schema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  bundle: z.strictObject({
    site: siteSchema,
    buildings: z.array(buildingSchema),
    zones: z.array(zoneSchema),
    hazardCells: z.array(hazardCellSchema),
    aisles: z.array(aisleSchema),
    locations: z.array(locationSchema),
    docks: z.array(dockSchema),
    equipmentTypes: z.array(equipmentTypeSchema),
    clients: z.array(clientSchema),
    skus: z.array(skuSchema),
    employees: z.array(employeeSchema),
    absences: z.array(absenceSchema),
    standards: z.array(productivityStandardSchema),
    costCentres: z.array(costCentreSchema),
    rates: z.array(rateSchema),
  }),
  users: z.array(z.strictObject({ user: userSchema, passwordHash: z.string() })),
  importMappings: z.array(
    z.strictObject({
      id: z.string().min(1),
      siteId: z.string().min(1),
      name: z.string().min(1),
      entity: z.string().min(1),
      columns: z.record(z.string(), z.string()),
    }),
  ),
  audit: z.array(
    z.strictObject({
      id: z.string().min(1),
      siteId: z.string().min(1),
      at: z.iso.datetime({ offset: true }),
      userId: z.string().nullable(),
      username: z.string(),
      action: z.enum(['create', 'update', 'delete', 'import', 'restore', 'seed']),
      entity: z.string(),
      entityId: z.string().nullable(),
      before: json,
      after: json,
    }),
  ),
  events: z.strictObject({
    siteId: z.string().min(1),
    flowDays: z.array(
      z.strictObject({
        siteId: z.string().min(1),
        clientId: z.string().min(1),
        flow: z.enum(FLOW_KINDS),
        day: isoDateSchema,
        quantity: z.number(),
      }),
    ),
    events: z.array(
      z.strictObject({
        id: z.string().min(1),
        siteId: z.string().min(1),
        clientId: z.string().nullable(),
        type: z.string().min(1),
        occurredAt: z.iso.datetime({ offset: true }),
        sku: z.string().optional(),
        location: z.string().optional(),
        employeeId: z.string().optional(),
        quantity: z.number(),
        payload: z.record(z.string(), json).optional(),
      }),
    ),
  }),
});

const flowSchema = z.enum(FLOW_KINDS);

const documentV2Schema = documentV1Schema.extend({
  version: z.literal(2),
  forecasts: z.strictObject({
    versions: z.array(
      z.strictObject({
        id: z.string().min(1),
        siteId: z.string().min(1),
        number: z.number().int().min(1),
        name: z.string().min(1),
        kind: z.enum(['input', 'statistical']),
        createdAt: z.iso.datetime({ offset: true }),
        createdBy: z.string(),
        basedOn: z.string().nullable(),
        note: z.string(),
        params: z.record(z.string(), json).nullable(),
      }),
    ),
    volumes: z.array(
      z.strictObject({
        siteId: z.string().min(1),
        versionId: z.string().min(1),
        clientId: z.string().min(1),
        flow: flowSchema,
        day: isoDateSchema,
        hour: z.number().int().min(0).max(23).nullable(),
        quantity: z.number(),
        source: z.enum(['import', 'manual', 'statistical']),
      }),
    ),
    series: z.array(
      z.strictObject({
        siteId: z.string().min(1),
        versionId: z.string().min(1),
        clientId: z.string().min(1),
        flow: flowSchema,
        method: z.string().min(1),
        candidates: z.array(json),
        accuracy: z.record(z.string(), json).nullable(),
        intervalCoverageOnHoldout: z.number().nullable(),
        reasons: z.array(json),
        points: z.array(
          z.strictObject({ day: isoDateSchema, value: z.number(), lower: z.number(), upper: z.number() }),
        ),
      }),
    ),
  }),
});

const documentV3Schema = documentV2Schema.extend({
  version: z.literal(3),
  plans: z.array(
    z.strictObject({
      id: z.string().min(1),
      siteId: z.string().min(1),
      name: z.string().min(1),
      kind: z.enum(['baseline', 'replan']),
      fromDay: isoDateSchema,
      toDay: isoDateSchema,
      weeks: z.number().int().min(1),
      createdAt: z.iso.datetime({ offset: true }),
      createdBy: z.string(),
      scenario: z.record(z.string(), json),
      forecastVersionIds: z.array(z.string()),
      totals: z.record(z.string(), json),
      // The PlanResult's shape is the app's; the backup keeps it as stored.
      result: z.record(z.string(), json),
    }),
  ),
});

const instantSchema = z.iso.datetime({ offset: true });

const documentV4Schema = documentV3Schema.extend({
  version: z.literal(4),
  rosters: z.array(
    z.strictObject({
      id: z.string().min(1),
      siteId: z.string().min(1),
      name: z.string().min(1),
      status: z.enum(['draft', 'published', 'superseded']),
      fromDay: isoDateSchema,
      days: z.number().int().min(1),
      planId: z.string().nullable(),
      basedOn: z.string().nullable(),
      createdAt: instantSchema,
      createdBy: z.string(),
      publishedAt: instantSchema.nullable(),
      publishedBy: z.string().nullable(),
      noticeDays: z.number().int().min(0),
      // Typed by the domain (unlike a plan's result): the roster is re-scored against them once restored.
      demand: z.array(demandSchema),
      assignments: z.array(rosterAssignmentSchema),
      score: z.strictObject({ hard: z.number(), soft: z.number() }),
      solve: z
        .strictObject({
          seed: z.number().int(),
          timeLimitSeconds: z.number().min(0),
          elapsedMs: z.number().min(0),
          iterations: z.number().int().min(0),
          cancelled: z.boolean(),
          lowerBound: z.number().nullable(),
        })
        .nullable(),
    }),
  ),
});

const documentV5Schema = documentV4Schema.extend({
  version: z.literal(5),
  rosterRequests: z.array(
    z.strictObject({
      id: z.string().min(1),
      siteId: z.string().min(1),
      employeeId: z.string().min(1),
      day: isoDateSchema,
      shift: z.string().min(1),
      on: z.boolean(),
      weight: z.number().int().min(0),
      note: z.string().nullable(),
      createdAt: instantSchema,
      createdBy: z.string(),
    }),
  ),
});

const documentSchema = documentV5Schema.extend({
  version: z.literal(BACKUP_VERSION),
  costing: z.strictObject({
    costModel: z
      .strictObject({
        siteId: z.string().min(1),
        model: z.unknown(),
        updatedAt: instantSchema,
        updatedBy: z.string(),
      })
      .nullable(),
    budgetVersions: z.array(
      z.strictObject({
        id: z.string().min(1),
        siteId: z.string().min(1),
        year: z.number().int(),
        name: z.string().min(1),
        kind: z.enum(['initial', 'reforecast']),
        input: z.unknown(),
        basis: z.unknown(),
        createdAt: instantSchema,
        createdBy: z.string(),
      }),
    ),
    budgetActuals: z.array(
      z.strictObject({
        siteId: z.string().min(1),
        month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
        costCentre: z.string().min(1),
        lineKey: z.string().min(1),
        volume: z.number().nullable(),
        hours: z.number().nullable(),
        costCents: z.number().int(),
        importedAt: instantSchema,
        importedBy: z.string(),
        sourceFile: z.string(),
      }),
    ),
  }),
});

/** Every row of the document must belong to its site: a restore replaces one site, never touches another. */
function checkSite(doc: BackupDocument): void {
  const siteId = doc.bundle.site.id;
  const collections: [string, readonly { siteId: string }[]][] = [
    ...Object.entries(doc.bundle)
      .filter(([key]) => key !== 'site')
      .map(
        ([key, rows]) => [`bundle.${key}`, rows as { siteId: string }[]] as [string, { siteId: string }[]],
      ),
    ['users', doc.users.map((u) => u.user)],
    ['importMappings', doc.importMappings],
    ['audit', doc.audit],
    ['events.flowDays', doc.events.flowDays],
    ['events.events', doc.events.events],
    ['forecasts.versions', doc.forecasts.versions],
    ['forecasts.volumes', doc.forecasts.volumes],
    ['forecasts.series', doc.forecasts.series],
    ['plans', doc.plans],
    ['rosters', doc.rosters],
    ['rosterRequests', doc.rosterRequests],
    ['costing.costModel', doc.costing.costModel ? [doc.costing.costModel] : []],
    ['costing.budgetVersions', doc.costing.budgetVersions],
    ['costing.budgetActuals', doc.costing.budgetActuals],
  ];
  if (doc.events.siteId !== siteId) throw backupInvalid('SITE_MISMATCH', { field: 'events.siteId' });
  for (const [name, rows] of collections) {
    const index = rows.findIndex((r) => r.siteId !== siteId);
    if (index >= 0) throw backupInvalid('SITE_MISMATCH', { field: `${name}.${index}.siteId` });
  }
}

/** Validates a parsed JSON value as a backup document of a readable version; older ones come back upgraded. */
export function parseBackupDocument(value: unknown): BackupDocument {
  const head = z.looseObject({ format: z.unknown(), version: z.unknown() }).safeParse(value);
  if (!head.success || head.data.format !== BACKUP_FORMAT) throw backupInvalid('NOT_A_BACKUP');
  const version = head.data.version;
  if (typeof version !== 'number' || !READABLE_BACKUP_VERSIONS.includes(version))
    throw backupInvalid('UNSUPPORTED_VERSION', {
      version: typeof version === 'number' ? version : String(version),
    });
  const parsed =
    version === 1
      ? documentV1Schema
          .transform((v1) => ({
            ...v1,
            version: BACKUP_VERSION,
            forecasts: { versions: [], volumes: [], series: [] },
            plans: [],
            rosters: [],
            rosterRequests: [],
            costing: EMPTY_COSTING,
          }))
          .safeParse(value)
      : version === 2
        ? documentV2Schema
            .transform((v2) => ({
              ...v2,
              version: BACKUP_VERSION,
              plans: [],
              rosters: [],
              rosterRequests: [],
              costing: EMPTY_COSTING,
            }))
            .safeParse(value)
        : version === 3
          ? documentV3Schema
              .transform((v3) => ({
                ...v3,
                version: BACKUP_VERSION,
                rosters: [],
                rosterRequests: [],
                costing: EMPTY_COSTING,
              }))
              .safeParse(value)
          : version === 4
            ? documentV4Schema
                .transform((v4) => ({
                  ...v4,
                  version: BACKUP_VERSION,
                  rosterRequests: [],
                  costing: EMPTY_COSTING,
                }))
                .safeParse(value)
            : version === 5
              ? documentV5Schema
                  .transform((v5) => ({ ...v5, version: BACKUP_VERSION, costing: EMPTY_COSTING }))
                  .safeParse(value)
              : documentSchema.safeParse(value);
  if (!parsed.success) {
    const details = zodErrorToDetails(parsed.error);
    throw backupInvalid('INVALID_CONTENT', {
      ...(details[0]?.field ? { field: details[0].field } : {}),
      details,
    });
  }
  const doc = parsed.data as BackupDocument;
  checkSite(doc);
  return doc;
}
