// Table of storage locations: address, coordinates, dimensions in mm, load limits, occupancy.
import { LOCATION_TYPES } from '@logipilot/domain';
import {
  boolean,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { aisles } from './aisles.ts';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';
import { hazardCells } from './hazard-cells.ts';
import { zones } from './zones.ts';

export const locations = pgTable(
  'locations',
  {
    ...siteScoped,
    zoneId: text('zone_id').notNull(),
    aisleId: text('aisle_id'),
    hazardCellId: text('hazard_cell_id'),
    code: text('code').notNull(),
    type: text('type', { enum: LOCATION_TYPES }).notNull(),
    aisle: text('aisle').notNull(),
    bay: integer('bay').notNull(),
    level: integer('level').notNull(),
    position: integer('position').notNull(),
    x: doublePrecision('x').notNull(),
    y: doublePrecision('y').notNull(),
    z: doublePrecision('z').notNull(),
    widthMm: integer('width_mm').notNull(),
    depthMm: integer('depth_mm').notNull(),
    heightMm: integer('height_mm').notNull(),
    maxLoadKg: doublePrecision('max_load_kg').notNull(),
    maxBeamLoadKg: doublePrecision('max_beam_load_kg'),
    occupied: boolean('occupied').notNull(),
    blocked: boolean('blocked').notNull(),
  },
  (t) => [
    sitePrimaryKey(t),
    unique('locations_site_code_key').on(t.siteId, t.code),
    siteReference(t, 'locations_site_fk'),
    foreignKey({
      name: 'locations_zone_fk',
      columns: [t.siteId, t.zoneId],
      foreignColumns: [zones.siteId, zones.id],
    }),
    foreignKey({
      name: 'locations_aisle_fk',
      columns: [t.siteId, t.aisleId],
      foreignColumns: [aisles.siteId, aisles.id],
    }),
    foreignKey({
      name: 'locations_hazard_cell_fk',
      columns: [t.siteId, t.hazardCellId],
      foreignColumns: [hazardCells.siteId, hazardCells.id],
    }),
    index('locations_site_zone_idx').on(t.siteId, t.zoneId),
  ],
);
