// Root component: i18n provider, session, and the choice between the login page and the signed-in shell.
import type { i18n as I18n } from 'i18next';
import { useCallback } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { User } from '../api/types.ts';
import { LoginPage } from '../features/auth/pages/LoginPage.tsx';
import { rememberedLang, switchLanguage } from './i18n.ts';
import { Routes } from './Routes.tsx';
import { Shell } from './Shell.tsx';
import { SessionProvider, useSession } from './session.tsx';

function Gate() {
  const { state } = useSession();
  const { t } = useTranslation();
  if (state.status === 'loading') return <div className="splash">{t('common.state.loading')}</div>;
  if (state.status === 'anonymous') return <LoginPage />;
  return (
    <Shell user={state.user}>
      <Routes />
    </Shell>
  );
}

export function App({ i18n }: { i18n: I18n }) {
  // Without an explicit choice on this browser, the user's saved locale decides the language.
  const onUser = useCallback(
    (user: User) => {
      if (!rememberedLang() && user.locale !== i18n.language)
        switchLanguage(i18n, user.locale, { remember: false });
    },
    [i18n],
  );
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider onUser={onUser}>
        <Gate />
      </SessionProvider>
    </I18nextProvider>
  );
}
