// @vitest-environment jsdom
// The FR | EN switch changes the visible text at once and is remembered; the login page shows the API's sentence.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch } from '../testing/renderInLang.tsx';
import { App } from './App.tsx';
import { createI18n } from './i18n.ts';

beforeEach(() => {
  localStorage.clear();
  fakeFetch(({ path }) => {
    if (path === '/api/auth/me') {
      return {
        status: 401,
        body: { error: { code: 'AUTH_REQUIRED', message: 'Connexion requise', field: null } },
      };
    }
    if (path === '/api/auth/login') {
      return {
        status: 401,
        body: {
          error: {
            code: 'AUTH_INVALID_CREDENTIALS',
            message: 'Incorrect username or password.',
            field: null,
          },
        },
      };
    }
    return null;
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('language switch on the login page', () => {
  it('switches French text to English and remembers the choice', async () => {
    render(<App i18n={createI18n('fr')} />);
    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeTruthy();
    expect(screen.getByLabelText('Identifiant')).toBeTruthy();

    fireEvent.click(screen.getByTestId('lang-en'));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByLabelText('Username')).toBeTruthy();
    expect(screen.getByTestId('lang-en').getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem('logipilot.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('sends the chosen language and shows the server sentence on failure', async () => {
    const i18n = createI18n('fr');
    render(<App i18n={i18n} />);
    fireEvent.click(await screen.findByTestId('lang-en'));
    fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'methods' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() =>
      expect(screen.getByTestId('login-error').textContent).toBe('Incorrect username or password.'),
    );
    const calls = vi.mocked(fetch).mock.calls;
    const login = calls.find(([url]) => String(url) === '/api/auth/login');
    const headers = login?.[1]?.headers as Record<string, string> | undefined;
    expect(headers?.['Accept-Language']).toBe('en');
  });
});
