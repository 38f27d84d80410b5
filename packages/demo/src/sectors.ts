// Client sectors of a French 3PL site and how each one's daily flows behave (ratios, weekly profile, seasonality, trend).
import type { SeasonTerm } from './seasonality.ts';

export const SECTORS = [
  'fmcg',
  'fresh',
  'fashion_ecommerce',
  'diy',
  'pharma_cosmetics',
  'frozen',
  'beverages',
] as const;
export type Sector = (typeof SECTORS)[number];

/** The `Client.sector` text stored with the site (site data, in French like the rest of the demo site). */
export const SECTOR_LABELS: Record<Sector, string> = {
  fmcg: 'Grande consommation (épicerie, DPH)',
  fresh: 'Produits frais (ultra-frais, crèmerie)',
  fashion_ecommerce: 'E-commerce mode',
  diy: 'Bricolage et jardin',
  pharma_cosmetics: 'Parapharmacie et cosmétiques',
  frozen: 'Surgelés',
  beverages: 'Boissons',
};

/** Monday … Sunday multipliers of an average weekday. */
type WeekProfile = readonly [number, number, number, number, number, number, number];

const B2B_WEEK: WeekProfile = [1.25, 1.1, 1.04, 1.0, 0.93, 0.32, 0];
const ECOMMERCE_WEEK: WeekProfile = [1.45, 1.15, 1.0, 0.95, 0.9, 0.55, 0];
const INBOUND_WEEK: WeekProfile = [1.02, 1.1, 1.1, 1.06, 0.98, 0.2, 0];

export interface FlowProfile {
  outboundWeek: WeekProfile;
  inboundWeek: WeekProfile;
  /** Units picked per order line (cases for case-picking sectors, pieces for e-commerce). */
  unitsPerLine: number;
  /** Order lines per parcel, or null when the client ships no parcels. */
  linesPerParcel: number | null;
  /** Units per shipped pallet (B2B) — unused when parcels are shipped on carrier pallets. */
  unitsPerShippedPallet: number;
  parcelsPerShippedPallet: number;
  palletsPerOutboundTruck: number;
  unitsPerInboundPallet: number;
  /** Share of inbound units arriving floor-loaded in containers (cartons) rather than palletised. */
  looseInboundShare: number;
  unitsPerLooseCarton: number;
  cartonsPerContainer: number;
  palletsPerInboundTruck: number;
  /** Cartons palletised on receipt per put-away pallet. */
  cartonsPerPutawayPallet: number;
  crossDockShare: number;
  replenishmentsPerLine: number;
  returnRate: number;
  returnLagDays: number;
  vasRate: number;
  /** Events that multiply VAS on top of the volume seasonality (gift boxes before Christmas…). */
  vasSeason: readonly SeasonTerm[];
  trendPerYear: number;
  /** Log-sd of the day-to-day noise shared by a client's flows. */
  dailyNoise: number;
  season: readonly SeasonTerm[];
}

const base = {
  outboundWeek: B2B_WEEK,
  inboundWeek: INBOUND_WEEK,
  linesPerParcel: null,
  parcelsPerShippedPallet: 40,
  looseInboundShare: 0,
  unitsPerLooseCarton: 12,
  cartonsPerContainer: 1200,
  palletsPerInboundTruck: 26,
  cartonsPerPutawayPallet: 40,
  crossDockShare: 0.03,
  returnLagDays: 10,
  vasSeason: [],
} as const;

export const FLOW_PROFILES: Record<Sector, FlowProfile> = {
  fmcg: {
    ...base,
    unitsPerLine: 3.2,
    unitsPerShippedPallet: 55,
    palletsPerOutboundTruck: 33,
    unitsPerInboundPallet: 90,
    looseInboundShare: 0.04,
    replenishmentsPerLine: 0.05,
    returnRate: 0.008,
    vasRate: 0.02,
    vasSeason: [{ event: 'easter', amplitude: 1.5 }],
    trendPerYear: 0.03,
    dailyNoise: 0.09,
    season: [
      { event: 'christmas_peak', amplitude: 0.3 },
      { event: 'after_christmas', amplitude: -0.3 },
      { event: 'january_dip', amplitude: -0.08 },
      { event: 'easter', amplitude: 0.1 },
      { event: 'august_trough', amplitude: -0.22 },
      { event: 'back_to_school', amplitude: 0.1 },
    ],
  },
  fresh: {
    ...base,
    unitsPerLine: 3.5,
    unitsPerShippedPallet: 60,
    palletsPerOutboundTruck: 33,
    unitsPerInboundPallet: 100,
    palletsPerInboundTruck: 30,
    crossDockShare: 0.15,
    replenishmentsPerLine: 0.06,
    returnRate: 0.004,
    vasRate: 0,
    trendPerYear: 0.02,
    dailyNoise: 0.08,
    season: [
      { event: 'christmas_peak', amplitude: 0.35 },
      { event: 'after_christmas', amplitude: -0.15 },
      { event: 'easter', amplitude: 0.12 },
      { event: 'august_trough', amplitude: -0.15 },
    ],
  },
  fashion_ecommerce: {
    ...base,
    outboundWeek: ECOMMERCE_WEEK,
    unitsPerLine: 1.4,
    linesPerParcel: 2.1,
    unitsPerShippedPallet: 300,
    parcelsPerShippedPallet: 45,
    palletsPerOutboundTruck: 18,
    unitsPerInboundPallet: 400,
    looseInboundShare: 0.7,
    unitsPerLooseCarton: 30,
    cartonsPerContainer: 1500,
    cartonsPerPutawayPallet: 24,
    crossDockShare: 0,
    replenishmentsPerLine: 0.03,
    returnRate: 0.22,
    returnLagDays: 17,
    vasRate: 0.06,
    trendPerYear: 0.1,
    dailyNoise: 0.13,
    season: [
      { event: 'winter_sales', amplitude: 0.55 },
      { event: 'summer_sales', amplitude: 0.45 },
      { event: 'black_friday', amplitude: 1.2 },
      { event: 'christmas_peak', amplitude: 0.5 },
      { event: 'after_christmas', amplitude: -0.35 },
      { event: 'august_trough', amplitude: -0.12 },
      { event: 'back_to_school', amplitude: 0.15 },
    ],
  },
  diy: {
    ...base,
    unitsPerLine: 2.2,
    unitsPerShippedPallet: 35,
    palletsPerOutboundTruck: 33,
    unitsPerInboundPallet: 60,
    looseInboundShare: 0.3,
    unitsPerLooseCarton: 12,
    cartonsPerContainer: 900,
    cartonsPerPutawayPallet: 30,
    replenishmentsPerLine: 0.06,
    returnRate: 0.03,
    vasRate: 0.03,
    trendPerYear: 0.02,
    dailyNoise: 0.1,
    season: [
      { event: 'spring_garden', amplitude: 0.35 },
      { event: 'august_trough', amplitude: -0.25 },
      { event: 'black_friday', amplitude: 0.15 },
      { event: 'january_dip', amplitude: -0.15 },
      { event: 'after_christmas', amplitude: -0.3 },
    ],
  },
  pharma_cosmetics: {
    ...base,
    unitsPerLine: 3.0,
    linesPerParcel: 8,
    unitsPerShippedPallet: 400,
    parcelsPerShippedPallet: 40,
    palletsPerOutboundTruck: 24,
    unitsPerInboundPallet: 900,
    looseInboundShare: 0.15,
    unitsPerLooseCarton: 48,
    cartonsPerContainer: 1400,
    cartonsPerPutawayPallet: 36,
    replenishmentsPerLine: 0.03,
    returnRate: 0.02,
    vasRate: 0.05,
    vasSeason: [{ event: 'gift_season', amplitude: 3 }],
    trendPerYear: 0.05,
    dailyNoise: 0.1,
    season: [
      { event: 'gift_season', amplitude: 0.45 },
      { event: 'black_friday', amplitude: 0.4 },
      { event: 'sun_care', amplitude: 0.2 },
      { event: 'august_trough', amplitude: -0.15 },
      { event: 'after_christmas', amplitude: -0.3 },
    ],
  },
  frozen: {
    ...base,
    unitsPerLine: 3.8,
    unitsPerShippedPallet: 70,
    palletsPerOutboundTruck: 30,
    unitsPerInboundPallet: 110,
    palletsPerInboundTruck: 30,
    replenishmentsPerLine: 0.05,
    returnRate: 0.005,
    vasRate: 0,
    trendPerYear: 0.03,
    dailyNoise: 0.09,
    season: [
      { event: 'summer_heat', amplitude: 0.35 },
      { event: 'christmas_peak', amplitude: 0.4 },
      { event: 'after_christmas', amplitude: -0.2 },
      { event: 'august_trough', amplitude: -0.05 },
    ],
  },
  beverages: {
    ...base,
    unitsPerLine: 4.5,
    unitsPerShippedPallet: 70,
    // Heavy pallets: a trailer is full by weight (≈ 24 t payload) before it is full by floor space.
    palletsPerOutboundTruck: 26,
    unitsPerInboundPallet: 84,
    palletsPerInboundTruck: 26,
    crossDockShare: 0.08,
    replenishmentsPerLine: 0.04,
    returnRate: 0.01,
    vasRate: 0.01,
    trendPerYear: 0.01,
    dailyNoise: 0.1,
    season: [
      { event: 'summer_heat', amplitude: 0.4 },
      { event: 'christmas_peak', amplitude: 0.25 },
      { event: 'after_christmas', amplitude: -0.2 },
      { event: 'january_dip', amplitude: -0.2 },
      { event: 'august_trough', amplitude: -0.1 },
    ],
  },
};
