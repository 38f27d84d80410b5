// Shapes of the costing API answers the web reads (cost model, budget report, quote result), mirrored from the use cases.

export type TemperatureClass = 'ambient' | 'positive_cold' | 'negative_cold';

export interface LoadedCostInput {
  hourlyGrossCents: number;
  premiumsShare: number;
  employerRate: number;
  absenteeism: number;
  nonProductiveShare: number;
  paidHoursPerYear?: number;
  workedHoursPerYear?: number;
}

export interface LabourResource {
  id: string;
  qualification: string;
  permanent: LoadedCostInput;
  tempGrossHourlyCents?: number;
  tempAgencyCoefficient?: number;
  tempProductivityFactor?: number;
}

export type EquipmentResource =
  | { id: string; billing: 'per_operating_hour'; costPerOperatingHourCents: number }
  | { id: string; billing: 'per_month'; costPerMonthCents: number; operatingHoursPerMonth: number };

export type EnergyRate =
  | { temperatureClass: TemperatureClass; basis: 'm2'; centsPerM2PerYear: number }
  | { temperatureClass: TemperatureClass; basis: 'm3'; centsPerM3PerYear: number };

export type Overhead =
  | { id: string; basis: 'percent_of_direct'; share: number }
  | {
      id: string;
      basis: 'per_head';
      costPerHeadPerMonthCents: number;
      productiveHoursPerHeadPerMonth: number;
    };

export interface CostActivity {
  activity: string;
  standard: { unit: string; minutesPerUnit: number; allowancePfd?: number; efficiency?: number };
  labourId: string;
  tempShare?: number;
  equipment?: { equipmentId: string; minutesPerUnit: number }[];
  consumablesCentsPerUnit?: number;
}

export interface StorageLine {
  temperatureClass: TemperatureClass;
  m2PerPalletPosition: number;
  clearHeightM?: number;
  rackingCentsPerPositionPerYear?: number;
}

export interface FixedCost {
  id: string;
  costCentre: string;
  kind: string;
  centsPerMonth: number;
}

export interface CostModel {
  labour: LabourResource[];
  equipment?: EquipmentResource[];
  building: { id: string; centsPerM2PerYear: number };
  energy?: EnergyRate[];
  it?: { id: string; costPerMonthCents: number }[];
  overheads?: Overhead[];
  practicalLabourHoursPerMonth: number;
  activities?: CostActivity[];
  storage?: StorageLine[];
  fixedCosts?: FixedCost[];
  sharedCostCentre?: string;
}

export interface CostLine {
  resource: string;
  kind: string;
  cents: number;
}

export interface UnitCost {
  activity: string;
  unit: string;
  costPerUnitCents: number;
  breakdown: CostLine[];
}

export interface StorageCost {
  temperatureClass: TemperatureClass;
  unit: 'pallet_week';
  costPerUnitCents: number;
  breakdown: CostLine[];
}

export interface CostModelView {
  model: CostModel;
  unitCosts: UnitCost[];
  storageCosts: StorageCost[];
  updatedAt: string;
  updatedBy: string;
}

export interface CostModelAnswer {
  costModel: CostModelView | null;
  sample: CostModel;
}

// Budget

export interface BudgetVersion {
  id: string;
  year: number;
  name: string;
  kind: 'initial' | 'reforecast';
  createdAt: string;
  createdBy: string;
}

export interface VarianceParts {
  volume: number;
  efficiency: number;
  rate: number;
  mix: number;
  total: number;
}

export interface BudgetReport {
  year: number;
  /** Actuals of the closed months + budget of the others (atterrissage). */
  landing: { totalCents: number; closedMonths: number; varianceToDateCents: number };
  version: BudgetVersion | null;
  versions: BudgetVersion[];
  basis: {
    months: {
      month: string;
      source: 'forecast' | 'mixed' | 'history' | 'none';
      forecastDays: number;
      days: number;
      historyYear?: number;
    }[];
    issues: { code: string; params: Record<string, string | number> }[];
  };
  budget: {
    year: number;
    totalCents: number;
    months: { month: string; totalCents: number; labourCents: number; fixedCents: number }[];
    byCostCentre: { costCentre: string; totalCents: number; monthly: number[] }[];
    byActivity: { activity: string; totalCents: number; monthly: number[] }[];
  };
  variance: {
    month: string;
    budget: number;
    actual: number | null;
    variance: (VarianceParts & { roundingCents: number }) | null;
  }[];
  costCentres: { code: string; name: string }[];
}

export interface ActualsImportResult {
  fileName: string;
  months: string[];
  rows: number;
  totalCents: number;
}

// Quotes

/** The client's request as loaded from its JSON file: only the parts the builder edits are typed. */
export interface QuoteRequestJson {
  client?: { name?: string; language?: string };
  contract?: { startMonth?: string; lengthMonths?: number };
  volumes?: Record<string, number[]>;
  storage?: { averagePallets?: number; peakPallets?: number };
  pricing?: { storageBillingUnit?: string; targetMarginPct?: number; markupPct?: number };
  services?: string[];
  [key: string]: unknown;
}

export interface QuoteOverrides {
  targetMarginPct?: number;
  markupPct?: number;
  volumeFactor?: number;
}

export interface QuoteGridLine {
  service: string;
  unit: string;
  driver: string | null;
  /** Cents to a hundredth of a cent (0.0523 € = 5.23), like the prices. */
  costCents: number | null;
  /** Price excl. VAT per billing unit in cents to a hundredth of a cent; fees and the hourly rate are whole cents. */
  price: number;
  priceInclVatCents: number;
  monthlyQuantity: number;
  monthlyRevenueCents: number;
}

export interface QuoteTotals {
  revenue: number;
  cost: number;
  margin: number;
  marginPct: number;
}

export interface QuoteResult {
  currency: 'EUR';
  client: { name: string; language: 'fr' | 'en' };
  issueDate: string;
  validUntil: string;
  pricing: { basis: 'margin' | 'markup'; marginPct: number; markupPct: number };
  storageBillingUnit: string;
  grid: QuoteGridLine[];
  bands: {
    flow: string;
    fromQuantity: number;
    toQuantity: number | null;
    midpointShare: number;
    priceCents: number;
  }[];
  managementFeeCents: number;
  minimumMonthlyFeeCents: number;
  startUpFeeCents: number;
  monthly: { month: string; revenue: number; cost: number; margin: number }[];
  totals: QuoteTotals;
  contractTotals: QuoteTotals & { months: number };
  breakEven: { flow: string | null; volume: number | null; factor: number | null };
  sensitivity: (QuoteTotals & { kind: 'volume' | 'productivity'; pct: number })[];
  assumptions: { code: string; params: Record<string, string | number> }[];
  terms: {
    vatRate: number;
    validityDays: number;
    paymentTermsDays: number;
    paymentEndOfMonth: boolean;
    indexation: {
      fixedShare: number;
      labourShare: number;
      energyShare: number;
      rentShare: number;
      labourIndex: string;
      energyIndex: string;
      rentIndex: string;
    };
  };
}
