// Two years of daily flows per client: base × weekly profile × yearly events × trend × lognormal noise.
import {
  addDays,
  dayStatus,
  eachDay,
  FLOW_KINDS,
  type FlowDay,
  type FlowKind,
  isoWeekday,
  isWorkingDay,
  type SiteCalendar,
} from '@logipilot/domain';
import { addYears } from './dates.ts';
import { mix32, normalFromHashes } from './prng.ts';
import { epochDay, yearlyFactor } from './seasonality.ts';
import { FLOW_PROFILES, type FlowProfile, type Sector } from './sectors.ts';

export interface FlowClient {
  id: string;
  sector: Sector;
  /** Units picked on an average weekday at the as-of date. */
  unitsPerDay: number;
}

export interface FlowHistoryInput {
  siteId: string;
  seed: number;
  asOf: string;
  calendar: SiteCalendar;
  clients: readonly FlowClient[];
}

/** The history covers the two years before the as-of date: from asOf − 2 years to the day before asOf. */
export function historyWindow(asOf: string): { from: string; to: string } {
  return { from: addYears(asOf, -2), to: addDays(asOf, -1) };
}

const CATCH_UP = 1.3;
/** Inbound runs about a week ahead of the outbound demand it feeds. */
const INBOUND_LEAD_DAYS = 7;
const WEEK_NOISE = 0.06;
const FLOW_NOISE = 0.05;

interface DayInfo {
  day: string;
  epoch: number;
  working: boolean;
  catchUp: boolean;
  weekday: number;
  weekKey: number;
}

function dayInfos(calendar: SiteCalendar, from: string, to: string): DayInfo[] {
  // Start a few days early so that a holiday just before the window still gives its catch-up bump.
  const days = eachDay(addDays(from, -4), to);
  const working = days.map((d) => isWorkingDay(calendar, d));
  const out: DayInfo[] = [];
  for (let i = 4; i < days.length; i++) {
    const day = days[i]!;
    let catchUp = false;
    for (let k = i - 1; working[i] && k >= i - 3 && !working[k]; k--) {
      if (dayStatus(calendar, days[k]!).kind !== 'weekly_rest') catchUp = true;
    }
    const epoch = epochDay(day);
    const weekday = isoWeekday(day);
    out.push({ day, epoch, working: working[i]!, catchUp, weekday, weekKey: epoch - (weekday - 1) });
  }
  return out;
}

/** Multiplicative lognormal noise with mean 1, keyed by integers so that each value is independent of draw order. */
function noise(sigma: number, ...key: number[]): number {
  const z = normalFromHashes(mix32(...key, 1), mix32(...key, 2));
  return Math.exp(sigma * z - (sigma * sigma) / 2);
}

function expected(p: FlowProfile, c: FlowClient, epoch: number, asOfEpoch: number, iso: string): number {
  const trend = (1 + p.trendPerYear) ** ((epoch - asOfEpoch) / 365.25);
  return c.unitsPerDay * trend * yearlyFactor(p.season, iso);
}

const FLOW_SALT = new Map<FlowKind, number>(FLOW_KINDS.map((k, i) => [k, 100 + i]));

function flowNoise(seed: number, client: number, epoch: number, flow: FlowKind): number {
  return noise(FLOW_NOISE, seed, client, epoch, FLOW_SALT.get(flow)!);
}

/**
 * Daily flow history of every client, every FLOW_KINDS flow, every day of the window (zeros included): zero on the
 * site's non-working days (Sundays, public holidays of its region, closed days), a catch-up bump the day after a
 * holiday or closure, inbound a week ahead of outbound, returns lagging the shipments they come from.
 */
export function generateFlowHistory(input: FlowHistoryInput): FlowDay[] {
  const { from, to } = historyWindow(input.asOf);
  const days = dayInfos(input.calendar, from, to);
  const asOfEpoch = epochDay(input.asOf);
  const out: FlowDay[] = [];
  for (const info of days) {
    input.clients.forEach((c, ci) => {
      const p = FLOW_PROFILES[c.sector];
      const q = (flow: FlowKind, quantity: number) =>
        out.push({ siteId: input.siteId, clientId: c.id, flow, day: info.day, quantity });
      const seed = input.seed | 0;
      const f = (flow: FlowKind) => flowNoise(seed, ci, info.epoch, flow);
      if (!info.working) {
        for (const flow of FLOW_KINDS) q(flow, 0);
        return;
      }
      const bump = info.catchUp ? CATCH_UP : 1;
      const week = noise(WEEK_NOISE, seed, ci, info.weekKey, 7);
      const dayOut = noise(p.dailyNoise, seed, ci, info.epoch, 11);
      const dayIn = noise(p.dailyNoise, seed, ci, info.epoch, 13);
      const wd = info.weekday - 1;

      const units =
        expected(p, c, info.epoch, asOfEpoch, info.day) * p.outboundWeek[wd]! * bump * week * dayOut;
      const inboundUnits =
        expected(p, c, info.epoch + INBOUND_LEAD_DAYS, asOfEpoch, addDays(info.day, INBOUND_LEAD_DAYS)) *
        p.inboundWeek[wd]! *
        bump *
        week *
        dayIn;

      const unitsPicked = Math.round(units * f('units_picked'));
      const lines = Math.round((units / p.unitsPerLine) * f('order_lines'));
      const parcels = p.linesPerParcel ? Math.round((lines / p.linesPerParcel) * f('parcels_packed')) : 0;
      const pallets = Math.round(
        (parcels / p.parcelsPerShippedPallet + units / p.unitsPerShippedPallet) * f('pallets_shipped'),
      );
      const trucks =
        pallets > 0 ? Math.max(1, Math.round((pallets / p.palletsPerOutboundTruck) * f('trucks_loaded'))) : 0;
      const cartons = Math.round(
        ((inboundUnits * p.looseInboundShare) / p.unitsPerLooseCarton) * f('inbound_loose_cartons'),
      );
      const inPallets = Math.round(
        ((inboundUnits * (1 - p.looseInboundShare)) / p.unitsPerInboundPallet) * f('inbound_pallets'),
      );
      const inTrucks =
        inPallets + cartons > 0
          ? Math.max(
              1,
              Math.round(
                (inPallets / p.palletsPerInboundTruck + cartons / p.cartonsPerContainer) *
                  f('inbound_trucks'),
              ),
            )
          : 0;
      const putaway = Math.round(
        (inPallets * (1 - p.crossDockShare) + cartons / p.cartonsPerPutawayPallet) * f('putaway_pallets'),
      );
      const replenishments = Math.round(lines * p.replenishmentsPerLine * f('replenishments'));
      const lagged = expected(
        p,
        c,
        info.epoch - p.returnLagDays,
        asOfEpoch,
        addDays(info.day, -p.returnLagDays),
      );
      const returns = Math.round(lagged * p.returnRate * p.inboundWeek[wd]! * bump * dayIn * f('returns'));
      const vas = Math.round(units * p.vasRate * yearlyFactor(p.vasSeason, info.day) * f('vas_units'));

      q('inbound_trucks', inTrucks);
      q('inbound_pallets', inPallets);
      q('inbound_loose_cartons', cartons);
      q('putaway_pallets', putaway);
      q('replenishments', replenishments);
      q('order_lines', lines);
      q('units_picked', unitsPicked);
      q('parcels_packed', parcels);
      q('pallets_shipped', pallets);
      q('trucks_loaded', trucks);
      q('returns', returns);
      q('vas_units', vas);
    });
  }
  return out;
}
