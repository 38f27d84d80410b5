// Reads an instance of the Curtois & Qu shift-scheduling benchmark into a RosterProblem, and writes a roster back
// in the benchmark's solution shape ({ employee: [shift ID or '' per day] }).
import { DomainError } from '@logipilot/domain/errors';
import type { Assignment, CoverRequirement, RosterEmployee, RosterProblem, ShiftType } from './problem.ts';

const SECTIONS = [
  'SECTION_HORIZON',
  'SECTION_SHIFTS',
  'SECTION_STAFF',
  'SECTION_DAYS_OFF',
  'SECTION_SHIFT_ON_REQUESTS',
  'SECTION_SHIFT_OFF_REQUESTS',
  'SECTION_COVER',
] as const;
export type Section = (typeof SECTIONS)[number];

const REQUIRED: readonly Section[] = ['SECTION_HORIZON', 'SECTION_SHIFTS', 'SECTION_STAFF', 'SECTION_COVER'];

interface Line {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

/** The benchmark's rules, all hard; weights only matter for soft rules, so 1 is a placeholder. */
const HARD = { hard: true, weight: 1 } as const;

function fail(
  code: string,
  file: string,
  line: number | null,
  params: Record<string, string | number> = {},
): never {
  throw new DomainError(code, { params: { file, ...(line === null ? {} : { line }), ...params } });
}

function integer(file: string, at: Line, field: string, value: string | undefined): number {
  const text = (value ?? '').trim();
  if (!/^[+-]?\d+$/.test(text)) fail('ROSTER_INSTANCE_NOT_INTEGER', file, at.line, { field, value: text });
  return Number.parseInt(text, 10);
}

function number(file: string, at: Line, field: string, value: string | undefined): number {
  const text = (value ?? '').trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
    fail('ROSTER_INSTANCE_NOT_NUMBER', file, at.line, { field, value: text });
  }
  return Number(text);
}

function fields(file: string, at: Line, section: string, count: number | [number, number]): string[] {
  const parts = at.text.split(',').map((p) => p.trim());
  const [min, max] = typeof count === 'number' ? [count, count] : count;
  if (parts.length < min || parts.length > max) {
    fail('ROSTER_INSTANCE_FIELD_COUNT', file, at.line, {
      section,
      expected: min === max ? String(min) : `${min}–${max}`,
      found: parts.length,
    });
  }
  return parts;
}

/** The file's lines by section (trimmed, blank lines and comments left out), its sections checked. */
export function splitSections(text: string, file: string): Record<Section, Line[] | null> {
  const body = Object.fromEntries(SECTIONS.map((s) => [s, null])) as Record<Section, Line[] | null>;
  let current: Section | null = null;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (const [index, raw] of lines.entries()) {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const line = index + 1;
    if (trimmed.startsWith('SECTION_')) {
      if (!(SECTIONS as readonly string[]).includes(trimmed)) {
        fail('ROSTER_INSTANCE_UNKNOWN_SECTION', file, line, { value: trimmed });
      }
      const section = trimmed as Section;
      if (body[section] !== null)
        fail('ROSTER_INSTANCE_DUPLICATE', file, line, { field: 'section', value: trimmed });
      body[section] = [];
      current = section;
      continue;
    }
    if (current === null) fail('ROSTER_INSTANCE_DATA_BEFORE_SECTION', file, line, { value: trimmed });
    body[current]?.push({ text: trimmed, line });
  }
  for (const section of REQUIRED) {
    if (body[section] === null) fail('ROSTER_INSTANCE_MISSING_SECTION', file, null, { section });
  }
  return body;
}

/**
 * Parses the text of `InstanceN.txt`. `file` names the file in errors, which carry the line and the field:
 * `ROSTER_INSTANCE_NOT_INTEGER` { file, line, field, value } and its siblings.
 */
export function parseCurtoisInstance(text: string, file = 'instance'): RosterProblem {
  const body = splitSections(text, file);
  const section = (s: Section): Line[] => body[s] ?? [];

  const horizonLines = section('SECTION_HORIZON');
  const horizonLine = horizonLines[0];
  if (!horizonLine) fail('ROSTER_INSTANCE_EMPTY_SECTION', file, null, { section: 'SECTION_HORIZON' });
  const extra = horizonLines[1];
  if (extra) {
    fail('ROSTER_INSTANCE_FIELD_COUNT', file, extra.line, {
      section: 'SECTION_HORIZON',
      expected: '1',
      found: horizonLines.length,
    });
  }
  const days = integer(file, horizonLine, 'horizon', horizonLine.text);
  if (days <= 0)
    fail('ROSTER_INSTANCE_OUT_OF_RANGE', file, horizonLine.line, { field: 'horizon', value: days });
  const dayIn = (at: Line, field: string, value: string | undefined): number => {
    const d = integer(file, at, field, value);
    if (d < 0 || d >= days) fail('ROSTER_INSTANCE_OUT_OF_RANGE', file, at.line, { field, value: d });
    return d;
  };

  // Shifts: the forbidden successors may name shifts declared further down, so they are resolved afterwards.
  const shiftIndex = new Map<string, number>();
  const shiftRows: { id: string; minutes: number; forbidden: string[]; at: Line }[] = [];
  for (const at of section('SECTION_SHIFTS')) {
    const [id = '', length, forbidden = ''] = fields(file, at, 'SECTION_SHIFTS', [2, 3]);
    if (id === '') fail('ROSTER_INSTANCE_EMPTY_ID', file, at.line, { field: 'ShiftID' });
    if (shiftIndex.has(id)) fail('ROSTER_INSTANCE_DUPLICATE', file, at.line, { field: 'ShiftID', value: id });
    const minutes = integer(file, at, 'Length', length);
    if (minutes < 0) fail('ROSTER_INSTANCE_OUT_OF_RANGE', file, at.line, { field: 'Length', value: minutes });
    shiftIndex.set(id, shiftRows.length);
    const list = forbidden
      .split('|')
      .map((f) => f.trim())
      .filter((f) => f !== '');
    shiftRows.push({ id, minutes, forbidden: list, at });
  }
  if (shiftRows.length === 0)
    fail('ROSTER_INSTANCE_EMPTY_SECTION', file, null, { section: 'SECTION_SHIFTS' });
  const shiftOf = (at: Line, field: string, id: string): number => {
    const index = shiftIndex.get(id);
    if (index === undefined) fail('ROSTER_INSTANCE_UNKNOWN_REFERENCE', file, at.line, { field, value: id });
    return index;
  };
  const shifts: ShiftType[] = shiftRows.map((row) => ({
    id: row.id,
    minutes: row.minutes,
    // The benchmark has no clock times: a shift is a day's work, all of it on its own civil day.
    minutesByCivilDay: [row.minutes, 0] as const,
    start: 0,
    end: row.minutes,
    night: false,
    cannotFollow: [...new Set(row.forbidden.map((f) => shiftOf(row.at, 'cannotFollow', f)))].sort(
      (a, b) => a - b,
    ),
  }));

  // Staff
  const employeeIndex = new Map<string, number>();
  const employees: (RosterEmployee & {
    unavailable: { day: number; reason: string }[];
    requests: { day: number; shift: number; on: boolean; weight: number }[];
  })[] = [];
  for (const at of section('SECTION_STAFF')) {
    const [id = '', maxShifts = '', maxTotal, minTotal, maxCons, minCons, minOff, maxWeekends] = fields(
      file,
      at,
      'SECTION_STAFF',
      8,
    );
    if (id === '') fail('ROSTER_INSTANCE_EMPTY_ID', file, at.line, { field: 'ID' });
    if (employeeIndex.has(id)) fail('ROSTER_INSTANCE_DUPLICATE', file, at.line, { field: 'ID', value: id });
    const maxShiftsOfType: (number | null)[] = shifts.map(() => null);
    for (const part of maxShifts
      .split('|')
      .map((p) => p.trim())
      .filter((p) => p !== '')) {
      const kv = part.split('=');
      if (kv.length !== 2)
        fail('ROSTER_INSTANCE_NOT_INTEGER', file, at.line, { field: 'MaxShifts', value: part });
      const shift = shiftOf(at, 'MaxShifts', (kv[0] ?? '').trim());
      if (maxShiftsOfType[shift] !== null) {
        fail('ROSTER_INSTANCE_DUPLICATE', file, at.line, { field: 'MaxShifts', value: part });
      }
      maxShiftsOfType[shift] = integer(file, at, `MaxShifts[${kv[0]?.trim()}]`, kv[1]);
    }
    employeeIndex.set(id, employees.length);
    employees.push({
      id,
      // One qualification, so slot s is shift s; a shift the person may work 0 times is no slot of theirs.
      slots: shifts.map((_, s) => s).filter((s) => maxShiftsOfType[s] !== 0),
      unavailable: [],
      maxShiftsOfType,
      maxMinutes: integer(file, at, 'MaxTotalMinutes', maxTotal),
      minMinutes: integer(file, at, 'MinTotalMinutes', minTotal),
      maxConsecutiveWork: integer(file, at, 'MaxConsecutiveShifts', maxCons),
      minConsecutiveWork: integer(file, at, 'MinConsecutiveShifts', minCons),
      minConsecutiveOff: integer(file, at, 'MinConsecutiveDaysOff', minOff),
      maxWeekends: integer(file, at, 'MaxWeekends', maxWeekends),
      maxMinutesPerCivilDay: null,
      maxMinutesPerWeek: null,
      maxAverageMinutesPerWeek: null,
      maxDaysPerWeek: null,
      minWeeklyRestMinutes: null,
      partTimeWeeklyCeiling: null,
      requests: [],
      history: { shifts: [], minutesByDay: [] },
    });
  }
  if (employees.length === 0) fail('ROSTER_INSTANCE_EMPTY_SECTION', file, null, { section: 'SECTION_STAFF' });
  const employeeOf = (at: Line, id: string) => {
    const index = employeeIndex.get(id);
    if (index === undefined)
      fail('ROSTER_INSTANCE_UNKNOWN_REFERENCE', file, at.line, { field: 'EmployeeID', value: id });
    return employees[index]!;
  };

  for (const at of section('SECTION_DAYS_OFF')) {
    const [id = '', ...list] = at.text.split(',').map((p) => p.trim());
    const employee = employeeOf(at, id);
    for (const value of list) {
      if (value === '') continue;
      const day = dayIn(at, 'DayIndexes', value);
      if (!employee.unavailable.some((u) => u.day === day))
        employee.unavailable.push({ day, reason: 'day_off' });
    }
  }

  for (const [name, on] of [
    ['SECTION_SHIFT_ON_REQUESTS', true],
    ['SECTION_SHIFT_OFF_REQUESTS', false],
  ] as const) {
    for (const at of section(name)) {
      const [id = '', day, shift = '', weight] = fields(file, at, name, 4);
      const employee = employeeOf(at, id);
      employee.requests.push({
        day: dayIn(at, 'Day', day),
        shift: shiftOf(at, 'ShiftID', shift),
        on,
        weight: number(file, at, 'Weight', weight),
      });
    }
  }

  const cover: CoverRequirement[] = [];
  const seen = new Set<number>();
  for (const at of section('SECTION_COVER')) {
    const [day, shiftId = '', requirement, under, over] = fields(file, at, 'SECTION_COVER', 5);
    const d = dayIn(at, 'Day', day);
    const shift = shiftOf(at, 'ShiftID', shiftId);
    const key = d * shifts.length + shift;
    if (seen.has(key))
      fail('ROSTER_INSTANCE_DUPLICATE', file, at.line, { field: 'Cover', value: `${d},${shiftId}` });
    seen.add(key);
    cover.push({
      day: d,
      shift,
      qualification: 0,
      requirement: integer(file, at, 'Requirement', requirement),
      underWeight: number(file, at, 'Weight for under', under),
      overWeight: number(file, at, 'Weight for over', over),
    });
  }

  return {
    days,
    firstDay: null,
    firstWeekday: 1,
    shifts,
    qualifications: ['any'],
    slots: shifts.map((_, shift) => ({ shift, qualification: 0 })),
    employees: employees.map((e) => ({ ...e, unavailable: e.unavailable.sort((a, b) => a.day - b.day) })),
    cover,
    rules: {
      shiftSuccession: HARD,
      unavailable: HARD,
      maxShiftsOfType: HARD,
      totalMinutes: HARD,
      consecutiveWork: HARD,
      consecutiveOff: HARD,
      maxWeekends: HARD,
      minutesPerCivilDay: HARD,
      minutesPerWeek: HARD,
      averageMinutesPerWeek: HARD,
      daysPerWeek: HARD,
      weeklyRest: HARD,
      partTime: HARD,
      minConsecutiveAtHorizonEnds: false,
      weekendFairness: 0,
      nightFairness: 0,
    },
  };
}

/** The roster in the benchmark's solution shape: per employee ID, per day, the shift ID or '' for a day off. */
export function toBenchAssignments(problem: RosterProblem, assignment: Assignment): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [e, employee] of problem.employees.entries()) {
    const row = assignment[e];
    const cells: string[] = [];
    for (let d = 0; d < problem.days; d++) {
      const slot = row?.[d] ?? -1;
      const shift = slot >= 0 ? problem.slots[slot]?.shift : undefined;
      cells.push(shift === undefined ? '' : (problem.shifts[shift]?.id ?? ''));
    }
    out[employee.id] = cells;
  }
  return out;
}

/** The inverse of toBenchAssignments for a single-qualification problem (slot s = shift s); unknown IDs are off. */
export function fromBenchAssignments(
  problem: RosterProblem,
  rows: Record<string, readonly string[]>,
): Assignment {
  const slotOfShift = new Map<string, number>();
  for (const [s, slot] of problem.slots.entries()) {
    const id = problem.shifts[slot.shift]?.id;
    if (id !== undefined && !slotOfShift.has(id)) slotOfShift.set(id, s);
  }
  return problem.employees.map((employee) => {
    const row = new Int32Array(problem.days).fill(-1);
    const cells = rows[employee.id] ?? [];
    for (let d = 0; d < problem.days; d++) row[d] = slotOfShift.get(cells[d] ?? '') ?? -1;
    return row;
  });
}
