// The master-data entities the API exposes: store collection, domain schema, request schemas, access rules.
import type { Repositories, Repository } from '@logipilot/db/repositories/contract';
import {
  absenceSchema,
  clientSchema,
  costCentreSchema,
  dockSchema,
  employeeSchema,
  equipmentTypeSchema,
  locationSchema,
  productivityStandardSchema,
  rateSchema,
  skuSchema,
  userSchema,
  zoneSchema,
} from '@logipilot/domain';
import { z } from 'zod';
import type { EntityAccess } from './policy.ts';

export const ENTITY_NAMES = [
  'clients',
  'skus',
  'locations',
  'zones',
  'employees',
  'docks',
  'equipment-types',
  'productivity-standards',
  'cost-centres',
  'rates',
  'users',
  'absences',
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

export function isEntityName(value: string): value is EntityName {
  return (ENTITY_NAMES as readonly string[]).includes(value);
}

/** A stored row as the generic use cases handle it; each entity's domain type is one of these. */
export type Row = { id: string; siteId: string } & Record<string, unknown>;

type Shape = Record<string, z.ZodType>;

export interface EntityDefinition {
  name: EntityName;
  repo: (repos: Repositories) => Repository<Row>;
  /** The domain schema: every stored row passes it (refinements included). */
  schema: z.ZodType<Row>;
  /** POST body: the fields without `id`/`siteId` (the server assigns them), unknown fields refused. */
  createSchema: z.ZodObject;
  /** PATCH body: every field optional, no defaults (an absent field keeps its stored value). */
  patchSchema: z.ZodObject;
  /** Fields a list may be sorted by. */
  sortFields: readonly string[];
  access: EntityAccess;
  /** The natural key two rows may not share (null: none beyond the id). */
  naturalKey: ((row: Row) => string) | null;
}

const SERVER_FIELDS = ['id', 'siteId'];

function bodyShape(schema: z.ZodObject): Shape {
  return Object.fromEntries(
    Object.entries(schema.shape as Shape).filter(([key]) => !SERVER_FIELDS.includes(key)),
  ) as Shape;
}

/** Defaults would fill absent fields and so overwrite stored values on a PATCH: strip them. */
function withoutDefault(field: z.ZodType): z.ZodType {
  return field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field;
}

function patchShape(shape: Shape): Shape {
  return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, withoutDefault(v).optional()]));
}

const reader = (): EntityAccess => ({
  read: 'masterdata:read',
  write: 'masterdata:write',
  clientScope: 'none',
  hiddenFromClients: false,
});

function define(
  name: EntityName,
  repo: (repos: Repositories) => Repository<Row>,
  schema: z.ZodObject,
  access: EntityAccess,
  naturalKey: EntityDefinition['naturalKey'],
  extra: { create?: Shape; patch?: Shape } = {},
): EntityDefinition {
  const shape = bodyShape(schema);
  return {
    name,
    repo,
    schema: schema as unknown as z.ZodType<Row>,
    createSchema: z.strictObject({ ...shape, ...extra.create }),
    patchSchema: z.strictObject({ ...patchShape(shape), ...extra.patch }),
    sortFields: Object.keys(schema.shape),
    access,
    naturalKey,
  };
}

const byCode = (row: Row) => String(row.code);
/** Users get a password on creation (never stored in the row, never sent back). */
const passwordSchema = z.string().min(10).max(200);

// Each collection's methods take its own domain type; the generic use cases see them as rows.
const r = <T>(pick: (repos: Repositories) => Repository<T & Row>) =>
  pick as unknown as (repos: Repositories) => Repository<Row>;

export const ENTITIES: Record<EntityName, EntityDefinition> = {
  clients: define(
    'clients',
    r((x) => x.clients),
    clientSchema,
    { ...reader(), clientScope: 'self' },
    byCode,
  ),
  skus: define(
    'skus',
    r((x) => x.skus),
    skuSchema,
    { ...reader(), clientScope: 'clientId' },
    byCode,
  ),
  locations: define(
    'locations',
    r((x) => x.locations),
    locationSchema,
    reader(),
    byCode,
  ),
  zones: define(
    'zones',
    r((x) => x.zones),
    zoneSchema,
    reader(),
    byCode,
  ),
  employees: define(
    'employees',
    r((x) => x.employees),
    employeeSchema,
    { read: 'employees:read', write: 'employees:write', clientScope: 'none', hiddenFromClients: true },
    (row) => String(row.number),
  ),
  docks: define(
    'docks',
    r((x) => x.docks),
    dockSchema,
    reader(),
    byCode,
  ),
  'equipment-types': define(
    'equipment-types',
    r((x) => x.equipmentTypes),
    equipmentTypeSchema,
    reader(),
    byCode,
  ),
  'productivity-standards': define(
    'productivity-standards',
    r((x) => x.standards),
    productivityStandardSchema,
    reader(),
    (row) => `${String(row.activity)}|${String(row.method)}|${String(row.zoneId ?? '')}`,
  ),
  'cost-centres': define(
    'cost-centres',
    r((x) => x.costCentres),
    costCentreSchema,
    { ...reader(), clientScope: 'clientId' },
    byCode,
  ),
  rates: define(
    'rates',
    r((x) => x.rates),
    rateSchema,
    { ...reader(), hiddenFromClients: true },
    (row) => String(row.qualification),
  ),
  users: define(
    'users',
    r((x) => x.users),
    userSchema,
    { read: 'users:manage', write: 'users:manage', clientScope: 'none', hiddenFromClients: true },
    (row) => String(row.username),
    { create: { password: passwordSchema }, patch: { password: passwordSchema.optional() } },
  ),
  absences: define(
    'absences',
    r((x) => x.absences),
    absenceSchema,
    { read: 'employees:read', write: 'employees:write', clientScope: 'none', hiddenFromClients: true },
    null,
  ),
};
