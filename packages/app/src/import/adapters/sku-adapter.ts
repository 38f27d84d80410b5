// SKU rows: client code → clientId, natural key = code, new ids derived from site + code.

import { skuTemplate } from '@logipilot/documents';
import { type Client, type Sku, skuSchema } from '@logipilot/domain';
import { deterministicId } from '../deterministic-id.ts';
import { codeIndex, type EntityAdapter, existingByCode, merged, mergedNullable } from './row-spec.ts';

interface SkuRefs {
  clients: Map<string, Client>;
  clientCodes: Map<string, string>;
}

const PATH_TO_FIELD: Record<string, string> = { clientId: 'clientCode' };

export const skuAdapter: EntityAdapter<Sku, SkuRefs, typeof skuTemplate> = {
  template: skuTemplate,
  schema: skuSchema,
  keyField: 'code',
  keyOf: (v) => v.code ?? null,
  fieldOfPath: (path) => PATH_TO_FIELD[path] ?? path,

  async loadRefs(repos, siteId) {
    const clients = await repos.clients.all(siteId);
    return { clients: codeIndex(clients), clientCodes: new Map(clients.map((c) => [c.id, c.code])) };
  },
  loadExisting: (repos, siteId, keys) => existingByCode(repos.skus, siteId, keys, (s) => s.code),
  write: (repos, items) => repos.skus.upsertMany(items),

  build(v, { siteId, refs, existing, issue }) {
    let clientId = existing?.clientId;
    if (v.clientCode) {
      clientId = refs.clients.get(v.clientCode)?.id;
      if (clientId === undefined) issue('clientCode', 'IMPORT_UNKNOWN_CLIENT');
    }
    const code = v.code as string;
    return {
      id: existing?.id ?? deterministicId('sku', siteId, code),
      siteId,
      clientId,
      code,
      description: merged(v.description, existing?.description),
      family: merged(v.family, existing?.family),
      lengthMm: merged(v.lengthMm, existing?.lengthMm),
      widthMm: merged(v.widthMm, existing?.widthMm),
      heightMm: merged(v.heightMm, existing?.heightMm),
      weightKg: merged(v.weightKg, existing?.weightKg),
      unitsPerCase: merged(v.unitsPerCase, existing?.unitsPerCase),
      casesPerLayer: merged(v.casesPerLayer, existing?.casesPerLayer),
      layersPerPallet: merged(v.layersPerPallet, existing?.layersPerPallet),
      adrClass: mergedNullable(v.adrClass, existing?.adrClass),
      unNumber: mergedNullable(v.unNumber, existing?.unNumber),
      packingGroup: mergedNullable(v.packingGroup, existing?.packingGroup),
      temperatureClass: merged(v.temperatureClass, existing?.temperatureClass),
      shelfLifeDays: mergedNullable(v.shelfLifeDays, existing?.shelfLifeDays),
    };
  },

  toRow(s, refs) {
    return {
      code: s.code,
      clientCode: refs.clientCodes.get(s.clientId) ?? s.clientId,
      description: s.description,
      family: s.family,
      lengthMm: s.lengthMm,
      widthMm: s.widthMm,
      heightMm: s.heightMm,
      weightKg: s.weightKg,
      unitsPerCase: s.unitsPerCase,
      casesPerLayer: s.casesPerLayer,
      layersPerPallet: s.layersPerPallet,
      temperatureClass: s.temperatureClass,
      adrClass: s.adrClass,
      unNumber: s.unNumber,
      packingGroup: s.packingGroup,
      shelfLifeDays: s.shelfLifeDays,
    };
  },
};
