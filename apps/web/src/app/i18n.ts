// react-i18next wiring over the shared catalogues; remembers the chosen language and tells the API client.
import { DEFAULT_LANG, isLang, type Lang, pickLang, resources } from '@logipilot/i18n';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { setApiLanguage } from '../api/client.ts';

const STORAGE_KEY = 'logipilot.lang';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled by the browser's privacy settings
  }
}

/** The language the user chose last time, if any. */
export function rememberedLang(): Lang | null {
  const value = storage()?.getItem(STORAGE_KEY);
  return isLang(value) ? value : null;
}

/** Remembered choice first, then the browser's languages, then French. */
export function initialLang(): Lang {
  const remembered = rememberedLang();
  if (remembered) return remembered;
  if (typeof navigator !== 'undefined' && navigator.languages?.length)
    return pickLang(navigator.languages.join(','));
  return DEFAULT_LANG;
}

function applyLang(lang: Lang): void {
  setApiLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export function createI18n(lang: Lang): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  applyLang(lang);
  return instance;
}

/** Switches the interface language; a choice made by the user is remembered for the next visit (login page included). */
export function switchLanguage(i18n: I18n, lang: Lang, { remember = true } = {}): void {
  if (remember) storage()?.setItem(STORAGE_KEY, lang);
  applyLang(lang);
  void i18n.changeLanguage(lang);
}

/** The current interface language, typed for the formatting functions of @logipilot/i18n. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
}
