// Payroll variables computed by hand (labour.md §1): weekly overtime, part-time complementary hours, night, Sunday,
// holiday and 1 May hours on the civil day they are worked, partial weeks at the period's ends.
import { describe, expect, it } from 'vitest';
import { isoWeekOf, type PayrollInput, payrollVariables, splitWeek } from './payroll.ts';
import { shiftTimingOn } from './shift-template.ts';

// The default templates (30-min break in the middle), night period 21:00–06:00:
// morning 05:00–13:00: 480 − 30 = 450 worked, all on its start day; 05:00–06:00 = 60 night minutes.
// afternoon 13:00–21:00: 450 worked, no night minute.
// night 21:00–05:00, break 00:45–01:15: 21:00–24:00 = 180 on the start day, 00:00–05:00 less 30 = 270 on the next;
// all 450 inside the night period.
const SHIFTS: PayrollInput['shifts'] = [
  { key: 'morning', workedMinutes: 450, minutesByCivilDay: [450, 0], nightMinutes: 60 },
  { key: 'afternoon', workedMinutes: 450, minutesByCivilDay: [450, 0], nightMinutes: 0 },
  { key: 'night', workedMinutes: 450, minutesByCivilDay: [180, 270], nightMinutes: 450 },
];

const days = (from: string, shift: string, employeeId: string, dates: string[]) =>
  dates.map((d) => ({ employeeId, day: d.length === 2 ? `${from.slice(0, 8)}${d}` : d, shift }));

describe('payroll figures of the templates', () => {
  it('agrees with the domain timing of the default night shift', () => {
    const t = shiftTimingOn(
      { start: '21:00', end: '05:00', breaks: [{ start: null, minutes: 30 }] },
      '2026-03-07',
      'UTC',
    );
    expect([t.workedMinutes, ...t.minutesByCivilDay, t.nightMinutes]).toEqual([450, 180, 270, 450]);
  });
});

describe('splitWeek', () => {
  it('pays a full-timer 35 h normal, 8 h at 25 % and the rest at 50 %', () => {
    // 45 h: HS25 = min(max(45 − 35, 0), 8) = 8 h; HS50 = max(45 − 43, 0) = 2 h; normal = 45 − 8 − 2 = 35 h.
    expect(splitWeek(45 * 60, 35 * 60)).toEqual({
      normalMinutes: 2100,
      overtime25Minutes: 480,
      overtime50Minutes: 120,
      complementary10Minutes: 0,
      complementary25Minutes: 0,
    });
  });

  it('counts overtime from 35 h even under a 39 h contract', () => {
    // 39 h: HS25 = 4 h, HS50 = 0.
    expect(splitWeek(39 * 60, 39 * 60).overtime25Minutes).toBe(240);
  });

  it('gives a part-timer complementary hours, +10 % within 1/10 of the contract, +25 % beyond', () => {
    // 24 h contract, 30 h worked: 6 h past the contract; 1/10 × 24 h = 2.4 h = 144 min at +10 %,
    // 6 h − 2.4 h = 3.6 h = 216 min at +25 %; normal = the contract's 24 h = 1,440 min.
    expect(splitWeek(30 * 60, 24 * 60)).toEqual({
      normalMinutes: 1440,
      overtime25Minutes: 0,
      overtime50Minutes: 0,
      complementary10Minutes: 144,
      complementary25Minutes: 216,
    });
  });

  it("keeps a part-timer's hours from the 35th on as overtime", () => {
    // 24 h contract, 36 h: complementary = 35 − 24 = 11 h = 660 min (144 at 10 %, 516 at 25 %); HS25 = 1 h.
    expect(splitWeek(36 * 60, 24 * 60)).toEqual({
      normalMinutes: 1440,
      overtime25Minutes: 60,
      overtime50Minutes: 0,
      complementary10Minutes: 144,
      complementary25Minutes: 516,
    });
  });
});

describe('isoWeekOf', () => {
  it('names the week by the year of its Thursday', () => {
    expect(isoWeekOf('2026-03-02')).toBe('2026-W10');
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01');
    // Friday 1 January 2027 still belongs to 2026's 53rd week.
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
  });
});

describe('payrollVariables', () => {
  // Two full weeks, Monday 2 to Sunday 15 March 2026, no public holiday.
  const march: Omit<PayrollInput, 'people' | 'assignments'> = {
    from: '2026-03-02',
    to: '2026-03-15',
    holidays: [],
    shifts: SHIFTS,
  };

  it('counts a full-timer’s overtime per week and the night minutes of morning shifts', () => {
    const out = payrollVariables({
      ...march,
      people: [{ id: 'paul', weeklyContractMinutes: 2100 }],
      // Week 10: six mornings Monday–Saturday = 6 × 450 = 2,700 min = 45 h. Week 11: four afternoons = 1,800 = 30 h.
      assignments: [
        ...days('2026-03-02', 'morning', 'paul', ['02', '03', '04', '05', '06', '07']),
        ...days('2026-03-09', 'afternoon', 'paul', ['09', '10', '11', '12']),
      ],
    });
    const paul = out.people[0]!;
    expect(paul.weeks.map((w) => [w.isoWeek, w.partial, w.workedMinutes])).toEqual([
      ['2026-W10', false, 2700],
      ['2026-W11', false, 1800],
    ]);
    // Week 10: HS25 = 480, HS50 = 2,700 − 2,100 − 480 = 120, normal 2,100; night = 6 × 60 = 360.
    expect(paul.weeks[0]).toMatchObject({
      normalMinutes: 2100,
      overtime25Minutes: 480,
      overtime50Minutes: 120,
      nightMinutes: 360,
      workedDays: 6,
    });
    // Totals: worked 4,500; normal 2,100 + 1,800 = 3,900; 10 days.
    expect(paul.totals).toMatchObject({
      workedMinutes: 4500,
      normalMinutes: 3900,
      overtime25Minutes: 480,
      overtime50Minutes: 120,
      nightMinutes: 360,
      sundayMinutes: 0,
      workedDays: 10,
    });
    expect(paul.partTime).toBe(false);
    expect(out.totals.workedMinutes).toBe(4500);
  });

  it('puts a Saturday night’s hours after midnight on Sunday, and a last-day Sunday night’s on a partial week', () => {
    const out = payrollVariables({
      ...march,
      people: [{ id: 'nina', weeklyContractMinutes: 2100 }],
      // Nights of Thursday 5, Friday 6, Saturday 7 and Sunday 15 March.
      assignments: days('2026-03-02', 'night', 'nina', ['05', '06', '07', '15']),
    });
    const nina = out.people[0]!;
    // Week 10 civil days: Thu 180; Fri 270 + 180; Sat 270 + 180; Sun 8 March 270 = 1,350 min = 22.5 h.
    // Week 11: Sunday 15 March 180 (21:00–24:00). Week 12: Monday 16 March 270, past the period: partial.
    expect(nina.weeks.map((w) => [w.isoWeek, w.partial, w.workedMinutes, w.sundayMinutes])).toEqual([
      ['2026-W10', false, 1350, 270],
      ['2026-W11', false, 180, 180],
      ['2026-W12', true, 270, 0],
    ]);
    // Night minutes and worked days belong to the start day: 3 × 450 in week 10, 450 in week 11, none in week 12.
    expect(nina.weeks.map((w) => [w.nightMinutes, w.workedDays])).toEqual([
      [1350, 3],
      [450, 1],
      [0, 0],
    ]);
    // Total worked = 4 shifts × 450 = 1,800 = 1,350 + 180 + 270; Sundays: 270 + 180 = 450.
    expect(nina.totals).toMatchObject({ workedMinutes: 1800, sundayMinutes: 450, nightMinutes: 1800 });
  });

  it('gives a 24 h part-timer complementary hours week by week', () => {
    const out = payrollVariables({
      ...march,
      people: [{ id: 'lea', weeklyContractMinutes: 1440 }],
      // Week 10: four afternoons = 1,800 min (30 h). Week 11: three = 1,350 min (22.5 h, below the contract).
      assignments: [
        ...days('2026-03-02', 'afternoon', 'lea', ['02', '03', '04', '05']),
        ...days('2026-03-09', 'afternoon', 'lea', ['10', '11', '12']),
      ],
    });
    const lea = out.people[0]!;
    expect(lea.partTime).toBe(true);
    // Week 10: 360 min past the contract, 144 (1/10 of 1,440) at 10 %, 216 at 25 %. Week 11: none.
    expect(
      lea.weeks.map((w) => [w.complementary10Minutes, w.complementary25Minutes, w.normalMinutes]),
    ).toEqual([
      [144, 216, 1440],
      [0, 0, 1350],
    ]);
    expect(lea.totals).toMatchObject({ complementary10Minutes: 144, complementary25Minutes: 216 });
  });

  it('counts 1 May apart from the other public holidays, on the civil day', () => {
    // Monday 27 April to Sunday 10 May 2026; 1 May (Friday) and 8 May (Friday) are public holidays.
    const out = payrollVariables({
      from: '2026-04-27',
      to: '2026-05-10',
      holidays: ['2026-05-01', '2026-05-08'],
      shifts: SHIFTS,
      people: [{ id: 'omar', weeklyContractMinutes: 2100 }],
      // Night of Thursday 30 April: 180 min on 30 April, 270 on 1 May. Morning of 8 May: 450 on a holiday.
      assignments: [
        { employeeId: 'omar', day: '2026-04-30', shift: 'night' },
        { employeeId: 'omar', day: '2026-05-08', shift: 'morning' },
      ],
    });
    expect(out.people[0]!.totals).toMatchObject({
      labourDayMinutes: 270,
      holidayMinutes: 450,
      workedMinutes: 900,
    });
    expect(out.people[0]!.weeks.map((w) => [w.labourDayMinutes, w.holidayMinutes])).toEqual([
      [270, 0],
      [0, 450],
    ]);
  });

  it('leaves overtime unsettled in a week the period cuts', () => {
    // Wednesday 4 to Sunday 15 March: week 10 holds five of its days only.
    const out = payrollVariables({
      ...march,
      from: '2026-03-04',
      people: [{ id: 'paul', weeklyContractMinutes: 2100 }],
      // Week 10: Wednesday to Sunday, five mornings = 2,250 min (37.5 h): partial, so no overtime here.
      assignments: days('2026-03-02', 'morning', 'paul', ['04', '05', '06', '07', '08']),
    });
    const [w10, w11] = out.people[0]!.weeks;
    expect(w10).toMatchObject({
      partial: true,
      workedMinutes: 2250,
      normalMinutes: 2250,
      overtime25Minutes: 0,
    });
    expect(w11).toMatchObject({ partial: false, workedMinutes: 0 });
  });

  it('lists everyone, with zeros for a person off all period', () => {
    const out = payrollVariables({
      ...march,
      people: [{ id: 'zoe', weeklyContractMinutes: 2100 }],
      assignments: [],
    });
    expect(out.people[0]!.weeks).toHaveLength(2);
    expect(out.people[0]!.totals.workedMinutes).toBe(0);
  });
});
