// The shift request routes over the fixture site: create, list over a period, replace, delete, a bad field named in
// French and English, client viewers refused everything and team leaders every change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../testing/api-harness.ts';

let h: Harness;
const EN = { 'X-Logipilot-Lang': 'en' };
const FR = { 'X-Logipilot-Lang': 'fr' };

interface RequestView {
  id: string;
  employeeId: string;
  day: string;
  shift: string;
  on: boolean;
  weight: number;
  note: string | null;
  createdBy: string;
}

beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h?.dispose());

async function listed(query: string, who = 'methods'): Promise<RequestView[]> {
  const res = await h.call(who, 'GET', `/api/roster-requests${query}`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { items: RequestView[]; total: number };
  expect(body.total).toBe(body.items.length);
  return body.items;
}

describe('roster request routes', () => {
  it('creates, lists over a period, replaces and deletes a request', async () => {
    const created = await h.call('methods', 'POST', '/api/roster-requests', {
      employeeId: 'emp-1',
      day: '2026-03-04',
      shift: 'morning',
      on: true,
    });
    expect(created.status).toBe(201);
    const first = (await created.json()) as RequestView;
    expect(first).toMatchObject({ employeeId: 'emp-1', on: true, weight: 10, note: null });
    await h.call('methods', 'POST', '/api/roster-requests', {
      employeeId: 'emp-2',
      day: '2026-03-10',
      shift: 'night',
      on: false,
    });
    expect((await listed('?from=2026-03-02&to=2026-03-08')).map((r) => r.id)).toEqual([first.id]);
    expect(await listed('')).toHaveLength(2);

    const again = await h.call('methods', 'POST', '/api/roster-requests', {
      employeeId: 'emp-1',
      day: '2026-03-04',
      shift: 'morning',
      on: false,
      weight: 80,
      note: 'Rendez-vous',
    });
    expect(again.status).toBe(201);
    const second = (await again.json()) as RequestView;
    expect(await listed('?from=2026-03-04&to=2026-03-04', 'leader')).toEqual([
      expect.objectContaining({ id: second.id, on: false, weight: 80, note: 'Rendez-vous' }),
    ]);

    expect((await h.call('methods', 'DELETE', `/api/roster-requests/${second.id}`)).status).toBe(204);
    expect(await listed('?from=2026-03-04&to=2026-03-04')).toEqual([]);
    const gone = await h.call('methods', 'DELETE', `/api/roster-requests/${second.id}`, undefined, EN);
    expect(gone.status).toBe(404);
    expect((await gone.json()).error).toMatchObject({ code: 'ROSTER_REQUEST_NOT_FOUND' });
  });

  it('names a bad field in French and English', async () => {
    const body = { employeeId: 'nobody', day: '2026-03-04', shift: 'morning', on: false };
    const en = await h.call('methods', 'POST', '/api/roster-requests', body, EN);
    expect(en.status).toBe(400);
    const enError = (await en.json()).error;
    expect(enError).toMatchObject({ code: 'ROSTER_REQUEST_UNKNOWN_EMPLOYEE', field: 'employeeId' });
    const fr = await h.call('methods', 'POST', '/api/roster-requests', body, FR);
    const frError = (await fr.json()).error;
    expect(enError.message).toBe('employeeId: “nobody” is not one of this site’s people.');
    expect(frError.message).toBe('employeeId : « nobody » ne fait pas partie des personnes de ce site.');

    const shift = await h.call(
      'methods',
      'POST',
      '/api/roster-requests',
      { ...body, employeeId: 'emp-1', shift: 'brunch' },
      EN,
    );
    expect(shift.status).toBe(400);
    expect((await shift.json()).error).toMatchObject({ field: 'shift' });
    const weight = await h.call(
      'methods',
      'POST',
      '/api/roster-requests',
      { ...body, employeeId: 'emp-1', weight: 500 },
      FR,
    );
    expect(weight.status).toBe(400);
    const weightError = (await weight.json()).error;
    expect(weightError.field).toBe('weight');
    expect(weightError.message).not.toMatch(/\{\{|^errors\./);
    const day = await h.call('methods', 'GET', '/api/roster-requests?from=tomorrow', undefined, EN);
    expect(day.status).toBe(400);
    expect((await day.json()).error).toMatchObject({ field: 'from' });
  });

  it('refuses client viewers everything and team leaders every change', async () => {
    const body = { employeeId: 'emp-1', day: '2026-03-05', shift: 'morning', on: true };
    for (const [method, path, b] of [
      ['GET', '/api/roster-requests', undefined],
      ['POST', '/api/roster-requests', body],
      ['DELETE', '/api/roster-requests/x', undefined],
    ] as const) {
      const res = await h.call('client-alpha', method, path, b);
      expect({ path, method, status: res.status }).toEqual({ path, method, status: 403 });
    }
    expect((await h.call('leader', 'POST', '/api/roster-requests', body)).status).toBe(403);
    expect((await h.call('leader', 'DELETE', '/api/roster-requests/x')).status).toBe(403);
    expect((await h.call('leader', 'GET', '/api/roster-requests')).status).toBe(200);
  });
});
