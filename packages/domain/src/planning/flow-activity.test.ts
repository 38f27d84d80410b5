import { describe, expect, it } from 'vitest';
import { FLOW_KINDS } from '../shared/flows.ts';
import { activityOfFlow, DEFAULT_FLOW_ACTIVITY_MAP, flowActivityMapSchema } from './flow-activity.ts';

describe('flow → activity map', () => {
  it('maps every flow to the activity and unit of work of the issue', () => {
    const summary = Object.fromEntries(
      FLOW_KINDS.map((f) => {
        const a = activityOfFlow(DEFAULT_FLOW_ACTIVITY_MAP, f);
        return [f, a && `${a.activity}/${a.unit}`];
      }),
    );
    expect(summary).toEqual({
      inbound_trucks: 'unloading/truck',
      inbound_pallets: 'receiving/pallet',
      inbound_loose_cartons: 'unloading/carton',
      putaway_pallets: 'putaway/pallet',
      replenishments: 'replenishment/pallet',
      order_lines: 'picking/order_line',
      units_picked: 'picking/unit',
      parcels_packed: 'packing/parcel',
      pallets_shipped: 'loading/pallet',
      trucks_loaded: 'loading/truck',
      returns: 'returns/unit',
      vas_units: 'vas/unit',
    });
  });

  it('completes a site override from the default; null switches a flow off', () => {
    const map = flowActivityMapSchema.parse({
      order_lines: { activity: 'picking', method: 'voice', unit: 'order_line' },
      pallets_shipped: null,
    });
    expect(map.order_lines?.method).toBe('voice');
    expect(map.pallets_shipped).toBeNull();
    expect(map.inbound_trucks).toEqual(DEFAULT_FLOW_ACTIVITY_MAP.inbound_trucks);
    expect(flowActivityMapSchema.safeParse({ unknown_flow: null }).success).toBe(false);
  });
});
