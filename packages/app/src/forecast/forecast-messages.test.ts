// Every solver reason code and method has a sentence in French and English, with its ids named, never raw.
import { FORECAST_METHODS, FORECAST_REASONS } from '@logipilot/solvers';
import { describe, expect, it } from 'vitest';
import { forecastReasonMessage, methodLabel } from './forecast-messages.ts';

describe('forecast sentences', () => {
  it('names every method and words every reason code in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const method of FORECAST_METHODS) expect(methodLabel(lang, method)).not.toMatch(/^forecast\./);
      for (const code of FORECAST_REASONS) {
        const text = forecastReasonMessage(lang, {
          code,
          params: {
            method: 'holt_winters_additive',
            why: 'no_convergence',
            stage: 'holdout',
            observed: 3,
            holdoutDays: 56,
            days: 2,
          },
        });
        expect(text, `${lang} ${code}`).not.toMatch(/forecast\.|\{\{/);
      }
    }
  });

  it('words the method-unavailable reason with the method, stage and cause in French', () => {
    expect(
      forecastReasonMessage('fr', {
        code: 'FORECAST_METHOD_UNAVAILABLE',
        params: { method: 'calendar_regression_log', why: 'non_positive_value', stage: 'full_history' },
      }),
    ).toBe(
      'Méthode régression calendaire (logarithmique) écartée (historique complet) : des valeurs nulles ou négatives empêchent le logarithme.',
    );
    expect(methodLabel('fr', 'seasonal_naive')).toBe('naïf saisonnier');
    expect(methodLabel('en', 'calendar_regression')).toBe('calendar regression');
  });
});
