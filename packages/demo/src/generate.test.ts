// The small demo site: deterministic, within its stated sizes, every object valid for its schema, geometry consistent.
import { unitsPerPallet } from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { demoCollections } from './collections.ts';
import { generateDemoSite } from './generate.ts';

const AS_OF = '2025-06-16';
const small = generateDemoSite({ size: 'small', seed: 1, asOf: AS_OF });

describe('generateDemoSite (small)', () => {
  it('is deterministic: the same inputs give a deep-equal site, another seed another one', () => {
    expect(generateDemoSite({ size: 'small', seed: 1, asOf: AS_OF })).toEqual(small);
    const other = generateDemoSite({ size: 'small', seed: 2, asOf: AS_OF });
    expect(other.bundle.skus).not.toEqual(small.bundle.skus);
    expect(other.bundle.employees).not.toEqual(small.bundle.employees);
    expect(other.flowDays).not.toEqual(small.flowDays);
  });

  it('has the stated size', () => {
    const b = small.bundle;
    expect(b.buildings).toHaveLength(1);
    expect(b.zones.map((z) => z.temperatureClass).sort()).toEqual(['ambient', 'positive_cold']);
    expect(b.locations.length).toBeGreaterThanOrEqual(1800);
    expect(b.locations.length).toBeLessThanOrEqual(2200);
    expect(b.skus.length).toBeGreaterThanOrEqual(750);
    expect(b.skus.length).toBeLessThanOrEqual(850);
    expect(b.clients).toHaveLength(2);
    expect(b.employees).toHaveLength(30);
    expect(b.hazardCells).toEqual([]);
  });

  it('passes every schema unchanged (parsing fills in no default)', () => {
    for (const { name, schema, items } of demoCollections(small)) {
      expect({ name, items: items.map((i) => schema.parse(i)) }).toEqual({ name, items });
    }
  });

  it('derives unique ids and codes', () => {
    const b = small.bundle;
    const all = [
      ...b.buildings,
      ...b.zones,
      ...b.aisles,
      ...b.locations,
      ...b.docks,
      ...b.equipmentTypes,
      ...b.clients,
      ...b.skus,
      ...b.employees,
      ...b.absences,
      ...b.standards,
      ...b.costCentres,
      ...b.rates,
    ].map((x) => x.id);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(b.locations.map((l) => l.code)).size).toBe(b.locations.length);
    expect(new Set(b.skus.map((s) => s.code)).size).toBe(b.skus.length);
    expect(b.skus[122]!.id).toBe('LP-SARAN-sku-000123');
  });

  it('keeps 80–90 % of the locations occupied', () => {
    const share = small.bundle.locations.filter((l) => l.occupied).length / small.bundle.locations.length;
    expect(share).toBeGreaterThan(0.8);
    expect(share).toBeLessThan(0.9);
  });

  it('places every location inside its aisle and every aisle inside its zone', () => {
    const b = small.bundle;
    const aisles = new Map(b.aisles.map((a) => [a.id, a]));
    const zones = new Map(b.zones.map((z) => [z.id, z]));
    const eps = 1e-6;
    for (const l of b.locations) {
      const a = aisles.get(l.aisleId!)!;
      expect(a.zoneId).toBe(l.zoneId);
      expect(l.x).toBeGreaterThanOrEqual(a.x - eps);
      expect(l.x + l.widthMm / 1000).toBeLessThanOrEqual(a.x + a.width + eps);
      expect(l.y).toBeGreaterThanOrEqual(a.y - eps);
      expect(l.y + l.depthMm / 1000).toBeLessThanOrEqual(a.y + a.depth + eps);
    }
    for (const a of b.aisles) {
      const z = zones.get(a.zoneId)!;
      expect(a.x).toBeGreaterThanOrEqual(z.x);
      expect(a.x + a.width).toBeLessThanOrEqual(z.x + z.width + eps);
      expect(a.y).toBeGreaterThanOrEqual(z.y);
      expect(a.y + a.depth).toBeLessThanOrEqual(z.y + z.depth + eps);
    }
    const reach = b.aisles.filter((a) =>
      b.locations.some((l) => l.aisleId === a.id && l.type === 'pallet_rack'),
    );
    expect(new Set(reach.map((a) => a.workingWidthM))).toEqual(new Set([2.9]));
  });

  it('gives racked pallet slots 3 positions per beam pair, 1,000 kg each, 3,000 kg per pair', () => {
    const racked = small.bundle.locations.filter((l) => l.type === 'pallet_rack');
    expect(Math.max(...racked.map((l) => l.position))).toBe(3);
    expect(new Set(racked.map((l) => l.maxLoadKg))).toEqual(new Set([1000]));
    expect(new Set(racked.filter((l) => l.level > 0).map((l) => l.maxBeamLoadKg))).toEqual(new Set([3000]));
  });

  it('makes SKUs that fit a 1,200 × 800 pallet and a rack slot, stored in a zone of their temperature', () => {
    const zonesByTemp = new Set(small.bundle.zones.map((z) => z.temperatureClass));
    for (const s of small.bundle.skus) {
      expect(zonesByTemp.has(s.temperatureClass)).toBe(true);
      expect(unitsPerPallet(s) * s.weightKg).toBeLessThanOrEqual(1000);
      expect(s.adrClass).toBeNull();
    }
    const fresh = small.bundle.skus.filter((s) => s.temperatureClass === 'positive_cold');
    expect(fresh.length).toBeGreaterThan(100);
    expect(fresh.every((s) => s.shelfLifeDays !== null && s.shelfLifeDays <= 90)).toBe(true);
  });

  it('creates the documented demo logins', () => {
    expect(small.users.map((u) => `${u.user.username}:${u.user.role}`)).toEqual([
      'admin:admin',
      'manager:site_manager',
      'methods:methods_technician',
      'leader:team_leader',
      'client-epicea:client_viewer',
      'client-fraicheur:client_viewer',
    ]);
    expect(new Set(small.users.map((u) => u.password))).toEqual(new Set(['logipilot-demo']));
    expect(small.users.every((u) => u.user.locale === 'fr' && u.user.displayName.length > 0)).toBe(true);
  });

  it('rejects options it cannot honour with a stable code', () => {
    expect(() => generateDemoSite({ size: 'small', seed: 1, asOf: '2025-02-30' })).toThrow(
      'DEMO_INVALID_OPTION',
    );
    expect(() => generateDemoSite({ size: 'small', seed: 1.5, asOf: AS_OF })).toThrow('DEMO_INVALID_OPTION');
  });
});
