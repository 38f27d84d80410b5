// Sign-in page: username and password, the API's error sentence, and the language switch.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { LanguageSwitch } from '../../../app/LanguageSwitch.tsx';
import { useSession } from '../../../app/session.tsx';

export function LoginPage() {
  const { t } = useTranslation();
  const { state, login } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const startupError = state.status === 'anonymous' ? state.error?.message : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username, password);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
      setBusy(false);
    }
  }

  const shown = error ?? startupError;
  return (
    <div className="login-page">
      <form className="login-card" onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
        <div className="login-head">
          <span className="brand-mark">{t('common.appName')}</span>
          <LanguageSwitch />
        </div>
        <h1 id="login-title">{t('web.login.title')}</h1>
        <p className="muted">{t('web.login.subtitle')}</p>
        <label>
          {t('web.login.username')}
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </label>
        <label>
          {t('web.login.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {shown && (
          <p className="alert error" role="alert" data-testid="login-error">
            {shown}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('web.login.submitting') : t('web.login.submit')}
        </button>
        <p className="tagline">{t('common.tagline')}</p>
      </form>
    </div>
  );
}
