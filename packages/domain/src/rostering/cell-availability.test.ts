import { describe, expect, it } from 'vitest';
import { siteCalendarSchema } from '../shared/calendar.ts';
import { availabilityRulesSchema } from '../staffing/availability.ts';
import {
  dayUnavailableReasons,
  qualificationUnavailableReasons,
  qualifiedInPrinciple,
  templateUnavailableReasons,
} from './cell-availability.ts';
import { samplePerson } from './sample-roster.ts';
import { DEFAULT_SHIFT_TEMPLATES } from './shift-template.ts';

const rules = availabilityRulesSchema.parse({});
const driver = (qualifications: unknown[]) =>
  samplePerson('p', 'Paul', 'Martin', { jobRole: 'forklift_driver', qualifications });
const caces = {
  kind: 'licence',
  scheme: 'R489',
  category: '5',
  issuedOn: '2023-01-01',
  expiresOn: '2026-03-10',
};
const medical = { kind: 'medical_fitness', issuedOn: '2023-01-01', expiresOn: '2028-01-01' };
const authorisation = {
  kind: 'driving_authorisation',
  scheme: 'R489',
  category: '5',
  issuedOn: '2023-01-02',
  expiresOn: '2026-03-20',
};

describe('cell availability', () => {
  it('names the piece of a driving qualification that fails on the day', () => {
    const paul = driver([caces, medical, authorisation]);
    expect(qualificationUnavailableReasons(paul, 'R489:5', '2026-03-10', rules)).toEqual([]);
    // The CACES ends on the 10th: on the 11th the licence is what fails.
    expect(qualificationUnavailableReasons(paul, 'R489:5', '2026-03-11', rules)).toEqual([
      { code: 'LICENCE_INVALID', params: { qualification: 'R489:5', day: '2026-03-11', part: 'licence' } },
    ]);
    // A renewed CACES: then the authorisation, ended on the 20th, fails on the 21st.
    const renewed = driver([{ ...caces, expiresOn: '2031-03-10' }, medical, authorisation]);
    expect(qualificationUnavailableReasons(renewed, 'R489:5', '2026-03-21', rules)[0]?.params.part).toBe(
      'driving_authorisation',
    );
    // Someone who never held an R489 cat. 5 is not qualified, whatever the date; a reach-truck driver is no picker.
    expect(qualifiedInPrinciple(samplePerson('j', 'Julie', 'Bernard'), 'R489:5', rules)).toBe(false);
    expect(qualificationUnavailableReasons(paul, 'picker', '2026-03-10', rules)).toEqual([
      { code: 'NOT_QUALIFIED', params: { qualification: 'picker' } },
    ]);
  });

  it('reads the whole day, then the template, on their own', () => {
    const calendar = siteCalendarSchema.parse({ closedDays: [{ date: '2026-03-13', reason: 'Inventaire' }] });
    const paul = samplePerson('p', 'Paul', 'Martin', {
      availability: {
        weekdays: [1, 2, 3, 4, 5],
        earliestStart: '06:00',
        latestEnd: '24:00',
        nightWork: false,
      },
    });
    expect(dayUnavailableReasons(paul, '2026-03-13', [], calendar)).toEqual([
      { code: 'SITE_CLOSED', params: { day: '2026-03-13', closure: 'Inventaire' } },
    ]);
    expect(dayUnavailableReasons(paul, '2026-03-14', [], calendar)).toEqual([
      { code: 'WEEKDAY_OFF', params: { weekday: 6 } },
    ]);
    // 05:00–13:00 starts before 06:00; 21:00–05:00 is night work.
    expect(
      DEFAULT_SHIFT_TEMPLATES.map((t) => templateUnavailableReasons(paul, t, rules).map((r) => r.code)),
    ).toEqual([['OUTSIDE_HOURS'], [], ['NO_NIGHT_WORK']]);
  });
});
