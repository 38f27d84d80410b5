// Supported interface languages and the choice of one from an HTTP Accept-Language header.

export const SUPPORTED_LANGS = ['fr', 'en'] as const;
export type Lang = (typeof SUPPORTED_LANGS)[number];

/** French first: the users are French logistics sites; English is the second language. */
export const DEFAULT_LANG: Lang = 'fr';

/** BCP 47 tag handed to Intl: en-GB gives "5 March 2026" and day-first dates, closer to French habits. */
const LOCALE_TAGS: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (SUPPORTED_LANGS as readonly string[]).includes(value);
}

export function localeTag(lang: Lang): string {
  return LOCALE_TAGS[lang];
}

/**
 * Picks the best supported language from an Accept-Language header, honouring q-values.
 * @example pickLang('en-US,en;q=0.9,fr;q=0.8') // 'en'
 * @example pickLang(undefined) // 'fr'
 */
export function pickLang(acceptLanguage: string | undefined | null): Lang {
  if (!acceptLanguage) return DEFAULT_LANG;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [range = '', ...attrs] = part.trim().split(';');
      const qAttr = attrs.map((a) => a.trim()).find((a) => a.startsWith('q='));
      const q = qAttr ? Number.parseFloat(qAttr.slice(2)) : 1;
      return { base: range.trim().toLowerCase().split('-')[0] ?? '', q: Number.isNaN(q) ? 0 : q, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const r of ranked) {
    if (isLang(r.base)) return r.base;
  }
  return DEFAULT_LANG;
}
