// Translation, French plurals, error-code sentences and Accept-Language negotiation.
import { describe, expect, it } from 'vitest';
import { pickLang } from './lang.ts';
import { resources } from './resources.ts';
import { errorMessage, hasKey, translate } from './translate.ts';

describe('translate', () => {
  it('reads area keys in both languages', () => {
    expect(translate('fr', 'site.temperatureClass.ambient')).toBe('Ambiant');
    expect(translate('en', 'site.temperatureClass.positive_cold')).toBe('Chilled (positive cold)');
    expect(translate('fr', 'auth.role.methods_technician')).toBe('Technicien méthodes');
    expect(translate('fr', 'site.locationType.flow_rack')).toBe('Rayonnage dynamique');
  });

  it('follows French plural rules: 0 and 1 are singular, a million takes the plural', () => {
    expect(translate('fr', 'import.imported', { count: 0, file: 'a.csv' })).toBe(
      '0 ligne importée depuis a.csv.',
    );
    expect(translate('fr', 'import.imported', { count: 1, file: 'a.csv' })).toBe(
      '1 ligne importée depuis a.csv.',
    );
    expect(translate('fr', 'import.imported', { count: 2, file: 'a.csv' })).toBe(
      '2 lignes importées depuis a.csv.',
    );
    expect(translate('fr', 'import.imported', { count: 1_000_000, file: 'a.csv' })).toBe(
      '1000000 lignes importées depuis a.csv.',
    );
    expect(translate('en', 'import.imported', { count: 0, file: 'a.csv' })).toBe(
      '0 rows imported from a.csv.',
    );
  });

  it('never HTML-escapes interpolated values', () => {
    expect(translate('en', 'errors.UNKNOWN_FIELD', { field: "a<b>'c" })).toBe("Unknown field: a<b>'c.");
  });

  it('returns the key for a missing key, so a gap shows instead of a blank', () => {
    expect(translate('fr', 'web.no.such.key')).toBe('web.no.such.key');
    expect(hasKey('fr', 'web.no.such.key')).toBe(false);
  });

  it('merges every error file under errors', () => {
    for (const code of [
      'AUTH_INVALID_CREDENTIALS',
      'IMPORT_REJECTED',
      'DB_UNAVAILABLE',
      'CLI_UNKNOWN_COMMAND',
    ]) {
      expect(resources.fr.translation.errors).toHaveProperty(code);
      expect(resources.en.translation.errors).toHaveProperty(code);
    }
  });
});

describe('errorMessage', () => {
  it('turns a known code into a sentence', () => {
    expect(errorMessage('fr', 'AUTH_INVALID_CREDENTIALS')).toBe('Identifiant ou mot de passe incorrect.');
    expect(errorMessage('en', 'UNKNOWN_FIELD', { field: 'colour' })).toBe('Unknown field: colour.');
  });

  it('falls back to the generic sentence naming an unknown code', () => {
    expect(errorMessage('fr', 'NO_SUCH_CODE')).toContain('NO_SUCH_CODE');
    expect(errorMessage('en', 'NO_SUCH_CODE')).toBe(
      'Unexpected error (code NO_SUCH_CODE). Try again or contact your administrator.',
    );
  });
});

describe('pickLang', () => {
  it.each([
    [undefined, 'fr'],
    ['', 'fr'],
    ['en-US,en;q=0.9,fr;q=0.8', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-DE, en;q=0.5, fr;q=0.7', 'fr'],
    ['de-DE', 'fr'],
    ['fr;q=0, en', 'en'],
    ['*', 'fr'],
  ] as const)('%s → %s', (header, lang) => {
    expect(pickLang(header)).toBe(lang);
  });
});
