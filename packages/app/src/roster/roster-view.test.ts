// A violation reads as its reader writes: dates dd/mm/yyyy, the language's decimal mark, qualifications by name;
// coverage counts what was assigned against what was needed.
import type { RosterViolation } from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { coverageOf, qualificationName, violationView } from './roster-view.ts';

const under: RosterViolation = {
  code: 'ROSTER_COVER_UNDER',
  hard: false,
  units: 1,
  penalty: 1000,
  days: ['2026-11-16' as never],
  params: { qualification: 'picker', shiftLabel: '05:00–13:00', day: '2026-11-16', assigned: 2, required: 3 },
};
const total: RosterViolation = {
  code: 'ROSTER_TOTAL_MINUTES',
  hard: true,
  units: 30,
  penalty: 30,
  employeeId: 'e1',
  days: [],
  params: { employee: 'Paul Martin', hours: 50.25, minHours: 57.6, maxHours: 70.4, contractHours: 64 },
};

describe('violation sentences', () => {
  it('writes dates, decimals and qualifications the French way', () => {
    expect(violationView(under, 'fr').message).toContain('Préparateur de commandes');
    expect(violationView(under, 'fr').message).toContain('16/11/2026');
    expect(violationView(under, 'fr').message).not.toContain('2026-11-16');
    const fr = violationView(total, 'fr').message;
    expect(fr).toContain('57,6');
    expect(fr).toContain('50,25');
    expect(fr).not.toContain('57.6');
  });

  it('and the English way, keeping the raw params for programs', () => {
    const en = violationView(total, 'en');
    expect(en.message).toContain('57.6');
    expect(en.params.minHours).toBe(57.6);
    expect(violationView(under, 'en').params.day).toBe('2026-11-16');
    expect(violationView(under, 'en').message).toContain('16/11/2026');
  });

  it('names a licence qualification by its CACES scheme and category', () => {
    expect(qualificationName('fr', 'R489:5')).toMatch(/^CACES R489 .*5/);
    expect(qualificationName('en', 'R489:5')).toContain('CACES R489');
    expect(qualificationName('en', 'unknown_key')).toBe('unknown_key');
  });
});

describe('health data in sentences', () => {
  const licence: RosterViolation = {
    code: 'ROSTER_UNAVAILABLE',
    hard: true,
    units: 1,
    penalty: 1,
    employeeId: 'e1',
    days: ['2026-11-16' as never],
    params: {
      reason: 'LICENCE_INVALID',
      employee: 'Paul Martin',
      qualification: 'R489:5',
      day: '2026-11-16',
      part: 'medical_fitness',
      shiftLabel: '05:00–13:00',
    },
  };

  it('says the medical fitness is not valid to a reader allowed to know', () => {
    expect(violationView(licence, 'en', true).message).toContain('medical fitness not valid');
  });

  it('withholds which document is not valid from a reader without medical:read', () => {
    const view = violationView(licence, 'en', false);
    expect(view.message).toContain('a required document is not valid');
    expect(view.message).not.toContain('medical');
    expect(view.params.part).toBe('withheld');
    expect(violationView(licence, 'fr', false).message).not.toContain('médic');
  });
});

describe('coverage', () => {
  it('counts assigned against needed, and lists cells nobody asked for with a need of 0', () => {
    const rows = coverageOf(
      [
        {
          day: '2026-11-16',
          shift: 'morning',
          qualification: 'picker',
          headcount: 2,
          underWeight: null,
          overWeight: null,
        },
      ],
      [
        { employeeId: 'a', day: '2026-11-16', shift: 'morning', qualification: 'picker' },
        { employeeId: 'b', day: '2026-11-16', shift: 'night', qualification: 'picker' },
      ],
    );
    expect(rows).toEqual([
      { day: '2026-11-16', shift: 'morning', qualification: 'picker', needed: 2, assigned: 1 },
      { day: '2026-11-16', shift: 'night', qualification: 'picker', needed: 0, assigned: 1 },
    ]);
  });
});
