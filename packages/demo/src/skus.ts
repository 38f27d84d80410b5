// SKU generation: unit sizes jittered around a template, then case, layer and pallet counts that fit a 1,200 × 800 pallet.
import type { Client, Sku } from '@logipilot/domain';
import type { Rng } from './prng.ts';
import type { Sector } from './sectors.ts';
import { COLOURS, MODEL_NAMES, SKU_TEMPLATES, type SkuTemplate } from './sku-catalogue.ts';

/** Pallet footprint and height limits (EUR pallet, loads kept within a rack slot and a 1,000 kg location). */
export const PALLET = {
  lengthMm: 1200,
  widthMm: 800,
  deckMm: 144,
  maxHeightMm: 1650,
  maxGoodsKg: 925,
} as const;

/** Cardboard allowance added around a case's contents, per dimension. */
const CASE_ALLOWANCE_MM = 8;
const CASE_TARE_KG = 0.3;

export interface PalletPattern {
  unitsPerCase: number;
  casesPerLayer: number;
  layersPerPallet: number;
}

function casesPerPalletLayer(len: number, wid: number): number {
  const a = Math.floor(PALLET.lengthMm / len) * Math.floor(PALLET.widthMm / wid);
  const b = Math.floor(PALLET.lengthMm / wid) * Math.floor(PALLET.widthMm / len);
  return Math.max(a, b, 1);
}

/** Case and pallet pattern of a unit: the case holds `pack` units; layers stop at the height and weight limits. */
export function palletPattern(
  unit: readonly [number, number, number],
  unitKg: number,
  pack: readonly [number, number, number],
): PalletPattern {
  const caseL = unit[0] * pack[0] + CASE_ALLOWANCE_MM;
  const caseW = unit[1] * pack[1] + CASE_ALLOWANCE_MM;
  const caseH = unit[2] * pack[2] + CASE_ALLOWANCE_MM;
  const unitsPerCase = pack[0] * pack[1] * pack[2];
  const caseKg = unitsPerCase * unitKg + CASE_TARE_KG;
  const casesPerLayer = casesPerPalletLayer(caseL, caseW);
  const byHeight = Math.floor((PALLET.maxHeightMm - PALLET.deckMm) / caseH);
  const byWeight = Math.floor(PALLET.maxGoodsKg / (casesPerLayer * caseKg));
  return { unitsPerCase, casesPerLayer, layersPerPallet: Math.max(1, Math.min(byHeight, byWeight)) };
}

function jitter(rng: Rng, value: number, spread: number): number {
  return value * (1 + rng.float(-spread, spread));
}

function describe(rng: Rng, t: SkuTemplate): string {
  const variant = rng.pick(t.variants);
  if (!t.apparel) return `${t.name} ${variant}`;
  const size = rng.pick(t.apparel.sizes);
  return `${t.name} ${variant} « ${rng.pick(MODEL_NAMES)} » ${rng.pick(COLOURS)} T.${size}`;
}

export interface SkuBatch {
  siteId: string;
  client: Client;
  /** Sectors whose templates make up the assortment, with their share (a grocer may carry some chilled goods). */
  assortment: readonly (readonly [Sector, number])[];
  count: number;
  /** First site-wide sequence number, for ids such as `SITE-sku-000123`. */
  firstNumber: number;
}

/** One client's SKUs. Ids are site-wide sequence numbers; codes are the client's own article numbers. */
export function generateSkus(rng: Rng, batch: SkuBatch): Sku[] {
  const choices: [SkuTemplate, number][] = [];
  for (const [sector, share] of batch.assortment) {
    const templates = SKU_TEMPLATES[sector];
    const total = templates.reduce((s, t) => s + t.share, 0);
    for (const t of templates) choices.push([t, (share * t.share) / total]);
  }
  const skus: Sku[] = [];
  for (let i = 0; i < batch.count; i++) {
    const t = rng.weighted(choices);
    const unit: [number, number, number] = [
      Math.max(5, Math.round(jitter(rng, t.unit[0], 0.08))),
      Math.max(5, Math.round(jitter(rng, t.unit[1], 0.08))),
      Math.max(5, Math.round(jitter(rng, t.unit[2], 0.08))),
    ];
    const volumeRatio = (unit[0] * unit[1] * unit[2]) / (t.unit[0] * t.unit[1] * t.unit[2]);
    const kg = Math.round(t.kg * volumeRatio * jitter(rng, 1, 0.04) * 1000) / 1000;
    const pattern = palletPattern(unit, kg, t.pack);
    const n = batch.firstNumber + i;
    skus.push({
      id: `${batch.siteId}-sku-${String(n).padStart(6, '0')}`,
      siteId: batch.siteId,
      clientId: batch.client.id,
      code: `${batch.client.code}-${String(100_000 + i * 7 + rng.int(0, 6)).padStart(6, '0')}`,
      description: describe(rng, t),
      family: t.family,
      lengthMm: unit[0],
      widthMm: unit[1],
      heightMm: unit[2],
      weightKg: kg,
      unitsPerCase: pattern.unitsPerCase,
      casesPerLayer: pattern.casesPerLayer,
      layersPerPallet: pattern.layersPerPallet,
      adrClass: t.adr?.adrClass ?? null,
      unNumber: t.adr?.unNumber ?? null,
      packingGroup: t.adr?.packingGroup ?? null,
      temperatureClass: t.temperature,
      shelfLifeDays: t.shelfLife ? rng.int(t.shelfLife[0], t.shelfLife[1]) : null,
    });
  }
  return skus;
}
