// Product templates per client sector, and the model names and colours that tell fashion SKUs apart.
import type { ADR_CLASSES, TemperatureClass } from '@logipilot/domain';
import type { Sector } from './sectors.ts';
import {
  BEVERAGES_TEMPLATES,
  FMCG_TEMPLATES,
  FRESH_TEMPLATES,
  FROZEN_TEMPLATES,
} from './sku-templates-food.ts';
import { DIY_TEMPLATES, FASHION_TEMPLATES, PHARMA_TEMPLATES } from './sku-templates-goods.ts';

export type AdrClass = (typeof ADR_CLASSES)[number];

export interface AdrData {
  adrClass: AdrClass;
  unNumber: string;
  packingGroup: 'I' | 'II' | 'III' | null;
}

export interface SkuTemplate {
  family: string;
  name: string;
  variants: readonly string[];
  /** Selling unit (UVC) length × width × height, mm. */
  unit: readonly [number, number, number];
  kg: number;
  /** Units per case along the unit's length, width and height. */
  pack: readonly [number, number, number];
  temperature: TemperatureClass;
  /** Total shelf life range in days, or null for non-perishable goods. */
  shelfLife: readonly [number, number] | null;
  adr?: AdrData;
  /** Fashion: one SKU per model, colour and size. */
  apparel?: { sizes: readonly string[] };
  /** Relative share of the client's assortment. */
  share: number;
}

export const MODEL_NAMES = [
  'Adèle',
  'Basile',
  'Capucine',
  'Dorian',
  'Élise',
  'Félix',
  'Gaïa',
  'Hugo',
  'Inès',
  'Jules',
  'Léna',
  'Marius',
  'Nina',
  'Oscar',
  'Paloma',
  'Romy',
  'Sacha',
  'Timothée',
  'Victor',
  'Zoé',
] as const;

export const COLOURS = [
  'noir',
  'blanc',
  'bleu marine',
  'gris chiné',
  'écru',
  'kaki',
  'bordeaux',
  'camel',
  'rose poudré',
  'vert sauge',
  'indigo',
  'terracotta',
] as const;

export const SKU_TEMPLATES: Record<Sector, readonly SkuTemplate[]> = {
  fmcg: FMCG_TEMPLATES,
  fresh: FRESH_TEMPLATES,
  fashion_ecommerce: FASHION_TEMPLATES,
  diy: DIY_TEMPLATES,
  pharma_cosmetics: PHARMA_TEMPLATES,
  frozen: FROZEN_TEMPLATES,
  beverages: BEVERAGES_TEMPLATES,
};
