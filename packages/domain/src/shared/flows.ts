// The logistics flows a site measures daily (history, forecasts, workload all speak these names).
export const FLOW_KINDS = [
  'inbound_trucks',
  'inbound_pallets',
  'inbound_loose_cartons',
  'putaway_pallets',
  'replenishments',
  'order_lines',
  'units_picked',
  'parcels_packed',
  'pallets_shipped',
  'trucks_loaded',
  'returns',
  'vas_units',
] as const;

export type FlowKind = (typeof FLOW_KINDS)[number];

export function isFlowKind(value: string): value is FlowKind {
  return (FLOW_KINDS as readonly string[]).includes(value);
}

/** One day's measured quantity of one flow for one client of one site (ISO date, site-local). */
export interface FlowDay {
  siteId: string;
  clientId: string;
  flow: FlowKind;
  day: string;
  quantity: number;
}
