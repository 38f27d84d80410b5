// Test support: renders a component inside a fresh i18n instance, and fakes fetch answers by path.
import type { Lang } from '@logipilot/i18n';
import { configure, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import { createI18n } from '../app/i18n.ts';

// CI runs two test forks on two cores: a role query over a large grid can take longer than testing-library's
// default one-second wait. Waiting longer changes no assertion, it only stops a slow machine from failing one.
configure({ asyncUtilTimeout: 10_000 });

export function renderInLang(lang: Lang, ui: ReactElement) {
  const i18n = createI18n(lang);
  return { i18n, ...render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>) };
}

export type FakeRoute = (request: { method: string; path: string; init: RequestInit | undefined }) => {
  status: number;
  body?: unknown;
} | null;

/** Replaces global fetch; unanswered paths get a 404 NOT_FOUND, as the server would. Returns the spy. */
export function fakeFetch(route: FakeRoute) {
  const spy = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const answer = route({ method: init?.method ?? 'GET', path: url.pathname, init }) ?? {
      status: 404,
      body: { error: { code: 'NOT_FOUND', message: 'Not found', field: null, params: {} } },
    };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', spy);
  return spy;
}
