// The KPI library's shape: families filled, measures real, dimensions the intersection, targets sane, texts present.
import { resources } from '@logipilot/i18n';
import { describe, expect, it } from 'vitest';
import { KPI_FAMILIES, KPIS, kpiById, kpiValue } from './catalogue.ts';
import { DIMENSIONS, MEASURES } from './measures.ts';

describe('the KPI catalogue', () => {
  it('has unique ids and at least four KPIs per family', () => {
    expect(new Set(KPIS.map((k) => k.id)).size).toBe(KPIS.length);
    for (const family of KPI_FAMILIES) {
      expect({ family, enough: KPIS.filter((k) => k.family === family).length >= 4 }).toEqual({
        family,
        enough: true,
      });
    }
  });

  it('divides known measures and exists where all of them do', () => {
    const ids = new Set(MEASURES.map((m) => m.id));
    for (const k of KPIS) {
      const used = [...k.numerator, ...k.denominator].map((t) => t.measure);
      expect(used.filter((m) => !ids.has(m))).toEqual([]);
      const expected = DIMENSIONS.filter((d) =>
        used.every((m) => MEASURES.find((s) => s.id === m)!.dimensions.includes(d)),
      );
      expect({ id: k.id, dims: k.dimensions }).toEqual({ id: k.id, dims: expected });
      expect(k.dimensions).toContain('site');
      expect(k.granularities.length).toBeGreaterThan(0);
    }
  });

  it('knows where each KPI can be broken down', () => {
    expect(kpiById('picking_accuracy')!.dimensions).toEqual([
      'site',
      'client',
      'activity',
      'team',
      'operator',
    ]);
    expect(kpiById('orders_per_person_hour')!.dimensions).toEqual(['site', 'client']);
    expect(kpiById('dock_to_stock_time')!.dimensions).toEqual(['site', 'client', 'team', 'operator']);
    expect(kpiById('tf2')!.dimensions).toEqual(['site', 'team', 'operator']);
    expect(kpiById('storage_occupancy')!.dimensions).toEqual(['site', 'client']);
  });

  it('scales: % × 100, ppm and TF × 10⁶, TG and ‰ × 1,000, cents → € ÷ 100', () => {
    expect(kpiById('utilisation')!.scale).toBe(100);
    expect(kpiById('error_ppm')!.scale).toBe(1e6);
    expect(kpiById('tf1')!.scale).toBe(1e6);
    expect(kpiById('tg')!.scale).toBe(1000);
    expect(kpiById('claims_per_1000_orders')!.scale).toBe(1000);
    expect(kpiById('labour_cost_per_order')!.scale).toBe(0.01);
  });

  it('gives a target with a positive amber band, or none, and cites the handbook', () => {
    for (const k of KPIS) {
      expect(k.handbook).toMatch(/^(kpis|qualifications-safety)\.md §\d/);
      if (k.defaultTarget) expect(k.defaultTarget.amberTolerance).toBeGreaterThan(0);
    }
    expect(kpiById('picking_accuracy')!.defaultTarget).toEqual({ target: 99.8, amberTolerance: 0.2 });
  });

  it('weights terms: TF2 counts both accident kinds, unit accuracy subtracts the discrepancy', () => {
    const tf2 = kpiById('tf2')!;
    expect(
      kpiValue(tf2, { accidents_lost_time: 1, accidents_no_lost_time: 2, hours_worked: 150_000 }),
    ).toEqual({
      numerator: 3,
      denominator: 150_000,
      value: 20,
    });
    const units = kpiById('inventory_accuracy_units')!;
    expect(kpiValue(units, { units_expected: 200, units_discrepancy: 3 }).value).toBeCloseTo(98.5, 12);
  });
});

describe('KPI texts', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: every KPI has a name, a formula and a unit; every family, dimension, light and trend a label`, () => {
      const kpi = resources[lang].translation.kpi as Record<
        string,
        Record<string, Record<string, string> | string>
      >;
      const texts = kpi.kpi as Record<string, Record<string, string>>;
      for (const k of KPIS) {
        expect({ id: k.id, keys: Object.keys(texts[k.id] ?? {}).sort() }).toEqual({
          id: k.id,
          keys: ['formula', 'name', 'unit'],
        });
      }
      expect(Object.keys(texts).sort()).toEqual(KPIS.map((k) => k.id).sort());
      expect(Object.keys(kpi.family!).sort()).toEqual([...KPI_FAMILIES].sort());
      expect(Object.keys(kpi.dimension!).sort()).toEqual([...DIMENSIONS].sort());
      expect(Object.keys(kpi.light!).sort()).toEqual(['amber', 'green', 'none', 'red']);
      expect(Object.keys(kpi.trend!).sort()).toEqual(['down', 'flat', 'up']);
    });
  }

  it('uses the handbook’s French terms', () => {
    const fr = (resources.fr.translation.kpi as { kpi: Record<string, { name: string }> }).kpi;
    expect(fr.on_time_shipments!.name).toBe("Expéditions à l'heure");
    expect(fr.picking_accuracy!.name).toBe('Fiabilité de préparation');
    expect(fr.dock_to_stock_time!.name).toBe('Délai quai-stock');
    expect(fr.tf1!.name).toBe('Taux de fréquence TF1');
    expect(fr.absenteeism!.name).toBe("Taux d'absentéisme");
    expect(fr.temp_ratio!.name).toBe("Taux d'intérim");
  });
});
