// Translation of keys and error codes through one private i18next instance (French plurals, {{name}} interpolation).
import i18next, { type TOptions } from 'i18next';
import { DEFAULT_LANG, type Lang, SUPPORTED_LANGS } from './lang.ts';
import { resources } from './resources.ts';

export type TranslateParams = Record<string, unknown>;

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: DEFAULT_LANG,
  fallbackLng: false,
  supportedLngs: [...SUPPORTED_LANGS],
  initAsync: false,
  returnNull: false,
  // Sentences go to React (which escapes), to the CLI and to JSON: never HTML-escape here.
  interpolation: { escapeValue: false },
});

const fixed = {
  fr: instance.getFixedT('fr'),
  en: instance.getFixedT('en'),
} satisfies Record<Lang, unknown>;

/**
 * Translates `key` into `lang`; a missing key returns the key itself, so gaps are visible, never blank.
 * @example translate('fr', 'site.temperatureClass.negative_cold') // 'Froid négatif'
 * @example translate('fr', 'import.imported', { count: 2, file: 'a.csv' }) // '2 lignes importées depuis a.csv.'
 */
export function translate(lang: Lang, key: string, params?: TranslateParams): string {
  return fixed[lang](key, (params ?? {}) as TOptions) as string;
}

/** True when the catalogue of `lang` holds `key` (plural forms count when `params.count` is given). */
export function hasKey(lang: Lang, key: string, params?: TranslateParams): boolean {
  return instance.exists(key, { lng: lang, ...(params ?? {}) } as TOptions);
}

/**
 * Turns a stable error code into a sentence; an unknown code gives the generic `errors.UNKNOWN` sentence naming it.
 * @example errorMessage('en', 'AUTH_INVALID_CREDENTIALS') // 'Incorrect username or password.'
 */
export function errorMessage(lang: Lang, code: string, params?: TranslateParams): string {
  const key = `errors.${code}`;
  if (hasKey(lang, key, params)) return translate(lang, key, params);
  return translate(lang, 'errors.UNKNOWN', { ...(params ?? {}), code });
}
