// Wording of one cell's shift requests: an off request for every shift is one "off that day" line; each line met or not.
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { RosterRequest } from './hooks/useRosterRequests.ts';
import { requestLines, requestsByCell } from './rosterRequests.ts';
import { SHIFTS } from './testing/rosterFixtures.ts';

const t = ((key: string, params?: Record<string, unknown>) =>
  params ? `${key} ${JSON.stringify(params)}` : key) as unknown as TFunction;
const exists = () => false;
const request = (id: string, shift: string, on: boolean, day = '2026-11-10'): RosterRequest => ({
  id,
  employeeId: 'e1',
  day,
  shift,
  on,
  weight: 10,
  note: null,
  createdAt: '2026-11-01T08:00:00Z',
  createdBy: 'methods',
});

describe('requestLines', () => {
  it('reads an off request for every shift as the day off, met only when the person is off', () => {
    const all = [
      request('a', 'night', false),
      request('b', 'morning', false),
      request('c', 'afternoon', false),
    ];
    expect(requestLines(t, exists, all, SHIFTS, null)).toEqual([
      { ids: ['b', 'c', 'a'], text: 'web-roster.request.offDay', met: true },
    ]);
    expect(requestLines(t, exists, all, SHIFTS, 'afternoon')[0]?.met).toBe(false);
  });

  it('words single requests in the order of the shifts, met or not by the shift worked', () => {
    const lines = requestLines(
      t,
      exists,
      [request('n', 'night', true), request('m', 'morning', false)],
      SHIFTS,
      'morning',
    );
    expect(lines).toEqual([
      { ids: ['m'], text: 'web-roster.request.off {"shift":"05:00–13:00"}', met: false },
      { ids: ['n'], text: 'web-roster.request.on {"shift":"21:00–05:00"}', met: false },
    ]);
    expect(requestLines(t, exists, [request('n', 'night', true)], SHIFTS, 'night')[0]?.met).toBe(true);
  });

  it('groups requests by person and day', () => {
    const byCell = requestsByCell([
      request('a', 'night', true),
      request('b', 'morning', false, '2026-11-11'),
    ]);
    expect([...byCell.keys()]).toEqual(['e1|2026-11-10', 'e1|2026-11-11']);
  });
});
