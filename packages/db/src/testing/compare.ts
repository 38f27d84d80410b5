// Order-insensitive views of a SiteBundle for round-trip assertions (stores return rows by natural key).
import type { SiteBundle } from '@logipilot/domain';

export function byId<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function normalisedBundle(bundle: SiteBundle): SiteBundle {
  const out = { ...bundle } as Record<string, unknown>;
  for (const [key, value] of Object.entries(bundle)) {
    if (Array.isArray(value)) out[key] = byId(value as { id: string }[]);
  }
  return out as unknown as SiteBundle;
}
