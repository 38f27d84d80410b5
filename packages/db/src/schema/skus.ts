// Table of SKUs: dimensions in mm, weight, packing, ADR and temperature class; each belongs to one client.
import { ADR_CLASSES, TEMPERATURE_CLASSES } from '@logipilot/domain';
import { doublePrecision, foreignKey, index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { clients } from './clients.ts';
import { sitePrimaryKey, siteReference, siteScoped } from './columns.ts';

export const skus = pgTable(
  'skus',
  {
    ...siteScoped,
    clientId: text('client_id').notNull(),
    code: text('code').notNull(),
    description: text('description').notNull(),
    family: text('family').notNull(),
    lengthMm: integer('length_mm').notNull(),
    widthMm: integer('width_mm').notNull(),
    heightMm: integer('height_mm').notNull(),
    weightKg: doublePrecision('weight_kg').notNull(),
    unitsPerCase: integer('units_per_case').notNull(),
    casesPerLayer: integer('cases_per_layer').notNull(),
    layersPerPallet: integer('layers_per_pallet').notNull(),
    adrClass: text('adr_class', { enum: ADR_CLASSES }),
    unNumber: text('un_number'),
    packingGroup: text('packing_group', { enum: ['I', 'II', 'III'] }),
    temperatureClass: text('temperature_class', { enum: TEMPERATURE_CLASSES }).notNull(),
    shelfLifeDays: integer('shelf_life_days'),
  },
  (t) => [
    sitePrimaryKey(t),
    unique('skus_site_code_key').on(t.siteId, t.code),
    siteReference(t, 'skus_site_fk'),
    foreignKey({
      name: 'skus_client_fk',
      columns: [t.siteId, t.clientId],
      foreignColumns: [clients.siteId, clients.id],
    }),
    index('skus_site_client_idx').on(t.siteId, t.clientId),
  ],
);
