// The large demo site, generated once (it costs time in CI): sizes, schemas, hazardous goods, cold zones, local law.
import { daysBetween, isoWeekday, unitsPerPallet } from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { demoCollections } from './collections.ts';
import { generateDemoSite } from './generate.ts';

const AS_OF = '2025-06-16';
const large = generateDemoSite({ size: 'large', seed: 1, asOf: AS_OF });
const b = large.bundle;

describe('generateDemoSite (large)', () => {
  it('has the stated size', () => {
    const area = b.buildings.reduce((s, x) => s + x.areaM2, 0);
    expect(b.buildings.length).toBeLessThanOrEqual(2);
    expect(area).toBeGreaterThan(36_000);
    expect(area).toBeLessThan(44_000);
    expect(b.locations.length).toBeGreaterThan(23_000);
    expect(b.locations.length).toBeLessThan(27_000);
    expect(b.skus.length).toBeGreaterThanOrEqual(14_000);
    expect(b.skus.length).toBeLessThanOrEqual(16_000);
    expect(b.clients).toHaveLength(6);
    expect(b.employees.length).toBeGreaterThanOrEqual(170);
    expect(b.employees.length).toBeLessThanOrEqual(190);
    expect(large.users).toHaveLength(4 + 6);
    expect(new Set(b.zones.map((z) => z.temperatureClass))).toEqual(
      new Set(['ambient', 'positive_cold', 'negative_cold']),
    );
  });

  it('passes every schema unchanged', () => {
    for (const { name, schema, items } of demoCollections(large)) {
      expect({ name, items: items.map((i) => schema.parse(i)) }).toEqual({ name, items });
    }
  });

  it('keeps ADR goods to hazard cells that admit their class, with ICPE ceilings', () => {
    const admitted = new Set(b.hazardCells.flatMap((c) => c.adrClasses));
    const adr = b.skus.filter((s) => s.adrClass !== null);
    expect(adr.length).toBeGreaterThan(100);
    expect(adr.every((s) => admitted.has(s.adrClass!) && /^\d{4}$/.test(s.unNumber!))).toBe(true);
    expect(b.hazardCells.flatMap((c) => c.rubrics.map((r) => r.rubric)).sort()).toEqual([
      '4331',
      '4510',
      '4511',
    ]);
    const inCells = b.locations.filter((l) => l.hazardCellId !== null);
    expect(inCells.length).toBeGreaterThan(0);
    const adrClients = new Set(adr.map((s) => s.clientId));
    expect([...adrClients].map((id) => b.clients.find((c) => c.id === id)!.code).sort()).toEqual([
      'BRICOVAL',
      'DERMALIS',
    ]);
  });

  it('stores every SKU in a temperature class the site has, within pallet limits', () => {
    const temps = new Set(b.zones.map((z) => z.temperatureClass));
    expect(b.skus.every((s) => temps.has(s.temperatureClass) && unitsPerPallet(s) * s.weightKg <= 1000)).toBe(
      true,
    );
    const frozen = b.clients.find((c) => c.code === 'GIVRAL')!;
    expect(
      b.skus.filter((s) => s.clientId === frozen.id).every((s) => s.temperatureClass === 'negative_cold'),
    ).toBe(true);
  });

  it('serves narrow aisles with order pickers (R489 cat. 6) and has cold docks', () => {
    expect(b.aisles.some((a) => a.workingWidthM < 1.8)).toBe(true);
    expect(b.equipmentTypes.some((e) => e.licence?.scheme === 'R489' && e.licence.category === '6')).toBe(
      true,
    );
    expect(
      b.employees.some((e) => e.qualifications.some((q) => q.kind === 'licence' && q.category === '6')),
    ).toBe(true);
    expect(new Set(b.docks.map((d) => d.temperatureClass))).toEqual(
      new Set(['ambient', 'positive_cold', 'negative_cold']),
    );
  });

  it('follows Alsace-Moselle law (Moselle postcode): Good Friday and 26 December are holidays', () => {
    expect(b.site.calendar.region).toBe('alsace_moselle');
    const total = (day: string) =>
      large.flowDays.filter((f) => f.day === day).reduce((s, f) => s + f.quantity, 0);
    for (const day of ['2024-03-29', '2025-04-18', '2023-12-26', '2024-12-26']) {
      expect({ day, total: total(day) }).toEqual({ day, total: 0 });
    }
    expect(large.flowDays.filter((f) => isoWeekday(f.day) === 7).every((f) => f.quantity === 0)).toBe(true);
  });

  it('gives e-commerce fashion its parcels, high returns and sales peaks', () => {
    const fashion = b.clients.find((c) => c.code === 'MODALINE')!;
    const flows = large.flowDays.filter((f) => f.clientId === fashion.id);
    const sum = (flow: string, pred: (day: string) => boolean = () => true) =>
      flows.filter((f) => f.flow === flow && pred(f.day)).reduce((s, f) => s + f.quantity, 0);
    expect(sum('parcels_packed')).toBeGreaterThan(0);
    expect(sum('returns') / sum('units_picked')).toBeGreaterThan(0.1);
    const meanIn = (from: string, to: string) => {
      const days = flows.filter(
        (f) => f.flow === 'units_picked' && f.day >= from && f.day <= to && f.quantity > 0,
      );
      return days.reduce((s, f) => s + f.quantity, 0) / days.length;
    };
    expect(meanIn('2024-11-25', '2024-12-03')).toBeGreaterThan(1.5 * meanIn('2024-10-01', '2024-10-31'));
  });

  it('has a handful of qualifications expiring soon and one or two expired', () => {
    const dated = b.employees.flatMap((e) =>
      e.qualifications.filter((q) => q.kind !== 'driving_authorisation'),
    );
    const left = dated.flatMap((q) => (q.expiresOn ? [daysBetween(AS_OF, q.expiresOn)] : []));
    expect(left.filter((d) => d >= 0 && d <= 60).length).toBeGreaterThanOrEqual(5);
    expect(left.filter((d) => d < 0).length).toBeGreaterThanOrEqual(1);
    expect(left.filter((d) => d < 0).length).toBeLessThanOrEqual(2);
  });
});
