// Row builders for the event-store conformance suite (short literals keep each test readable).
import type { FlowDay, FlowKind } from '@logipilot/domain';
import type { SiteEvent } from './event-store.ts';

export function flowDay(
  day: string,
  quantity: number,
  flow: FlowKind = 'order_lines',
  clientId = 'c1',
  siteId = 's1',
): FlowDay {
  return { siteId, clientId, flow, day, quantity };
}

export function siteEvent(id: string, occurredAt: string, extra: Partial<SiteEvent> = {}): SiteEvent {
  return { id, siteId: 's1', clientId: 'c1', type: 'order_line', occurredAt, quantity: 1, ...extra };
}

/** Every day from `first` to `last` inclusive, as ISO dates. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}
