import { describe, expect, it } from 'vitest';
import { demandFromNeeds, horizonDates, rosterModelSchema } from './model.ts';
import { FRENCH_LEGAL_RULES } from './rule-set.ts';
import { DEFAULT_SHIFT_TEMPLATES } from './shift-template.ts';

describe('roster model', () => {
  it('defaults to Paris, the site templates and the legal rules', () => {
    const model = rosterModelSchema.parse({ employees: [] });
    expect(model.timeZone).toBe('Europe/Paris');
    expect(model.templates).toEqual(DEFAULT_SHIFT_TEMPLATES);
    expect(model.rules).toEqual(FRENCH_LEGAL_RULES);
    expect(model.calendar.continuousOperation).toBe(false);
  });

  it('takes the staffing plan’s needs as demand, weights left to the cover rule', () => {
    expect(
      demandFromNeeds([{ day: '2026-03-02', shift: 'morning', qualification: 'R489:5', headcount: 3 }]),
    ).toEqual([
      {
        day: '2026-03-02',
        shift: 'morning',
        qualification: 'R489:5',
        headcount: 3,
        underWeight: null,
        overWeight: null,
      },
    ]);
  });

  it('lists the horizon’s dates', () => {
    expect(horizonDates({ firstDay: '2026-02-27', days: 3 })).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
  });
});
