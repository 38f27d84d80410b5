// FR | EN switch, shown in the top bar and on the login page.
import { SUPPORTED_LANGS } from '@logipilot/i18n';
import { useTranslation } from 'react-i18next';
import { switchLanguage, useLang } from './i18n.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = useLang();
  return (
    <fieldset className="lang-switch" aria-label={t('common.language.label')}>
      {SUPPORTED_LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          data-testid={`lang-${lang}`}
          lang={lang}
          title={t(`common.language.${lang}`)}
          aria-pressed={lang === current}
          className={lang === current ? 'active' : undefined}
          onClick={() => switchLanguage(i18n, lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
