// @vitest-environment jsdom
// Cost model editor: a site without a model starts from the sample, edits a percentage in French, saves the whole
// model with PUT and shows the unit costs; a field the server refuses is marked.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderInLang } from '../../../testing/renderInLang.tsx';
import type { CostModel, CostModelView } from '../costingTypes.ts';
import { CostModelPage } from './CostModelPage.tsx';

const SAMPLE: CostModel = {
  labour: [
    {
      id: 'operator',
      qualification: 'picker',
      permanent: {
        hourlyGrossCents: 1220,
        premiumsShare: 0.08,
        employerRate: 0.22,
        absenteeism: 0.07,
        nonProductiveShare: 0.08,
      },
    },
  ],
  building: { id: 'building', centsPerM2PerYear: 5500 },
  practicalLabourHoursPerMonth: 2400,
  activities: [
    {
      activity: 'picking',
      standard: { unit: 'order_line', minutesPerUnit: 0.55, allowancePfd: 0.12, efficiency: 0.95 },
      labourId: 'operator',
    },
  ],
};

let saved: CostModel[] = [];
let refuse = false;

beforeEach(() => {
  saved = [];
  refuse = false;
  fakeFetch(({ method, path, init }) => {
    if (path !== '/api/cost-model') return null;
    if (method === 'GET') return { status: 200, body: { costModel: null, sample: SAMPLE } };
    const model = JSON.parse(String(init?.body)) as CostModel;
    saved.push(model);
    if (refuse)
      return {
        status: 400,
        body: {
          error: {
            code: 'COST_MODEL_INVALID',
            field: 'labour.0.permanent.absenteeism',
            message: 'Modèle de coûts : la valeur du champ labour.0.permanent.absenteeism est refusée.',
            params: {},
          },
        },
      };
    const view: CostModelView = {
      model,
      unitCosts: [
        {
          activity: 'picking',
          unit: 'order_line',
          costPerUnitCents: 30,
          breakdown: [
            { resource: 'operator', kind: 'labour_permanent', cents: 29 },
            { resource: 'rounding', kind: 'rounding', cents: 1 },
          ],
        },
      ],
      storageCosts: [],
      updatedAt: '2026-11-02T10:00:00.000Z',
      updatedBy: 'manager',
    };
    return { status: 200, body: view };
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CostModelPage', () => {
  it('starts from the sample, saves an edited percentage and shows the unit costs', async () => {
    renderInLang('fr', <CostModelPage />);
    fireEvent.click(await screen.findByTestId('cost-model-from-sample'));
    const absenteeism = screen.getByRole('textbox', {
      name: 'Absentéisme (%) – operator',
    }) as HTMLInputElement;
    expect(absenteeism.value).toBe('7');
    fireEvent.change(absenteeism, { target: { value: '5,5' } });
    fireEvent.click(screen.getByTestId('cost-model-save'));
    await screen.findByTestId('cost-model-saved');
    expect(saved[0]?.labour[0]?.permanent.absenteeism).toBe(0.055);
    expect(saved[0]?.activities?.[0]?.standard.minutesPerUnit).toBe(0.55);
    const row = await screen.findByTestId('unit-cost-row');
    expect(row.textContent).toContain('Préparation');
    expect(row.textContent).toContain('0,30');
  });

  it('marks the field the server refuses', async () => {
    refuse = true;
    renderInLang('fr', <CostModelPage />);
    fireEvent.click(await screen.findByTestId('cost-model-from-sample'));
    fireEvent.click(screen.getByTestId('cost-model-save'));
    expect(await screen.findByTestId('cost-model-error')).toBeTruthy();
    await waitFor(() =>
      expect(
        screen.getByRole('textbox', { name: 'Absentéisme (%) – operator' }).getAttribute('aria-invalid'),
      ).toBe('true'),
    );
  });
});
