// @vitest-environment jsdom
// The roster's place in the app: its hash route, and a navigation entry for every role but client viewers.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role, User } from '../../api/types.ts';
import { href, parseHash } from '../../app/router.ts';
import { Shell } from '../../app/Shell.tsx';
import { SessionProvider } from '../../app/session.tsx';
import { fakeFetch, renderInLang } from '../../testing/renderInLang.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function user(role: Role): User {
  return {
    id: 'u1',
    username: 'u',
    displayName: 'U',
    role,
    clientId: role === 'client_viewer' ? 'c1' : null,
    locale: 'fr',
  };
}

describe('roster navigation', () => {
  it('has its own route', () => {
    expect(parseHash('#/roster')).toEqual({ name: 'roster' });
    expect(href({ name: 'roster' })).toBe('#/roster');
    expect(parseHash('#/roster/x')).toEqual({ name: 'notFound' });
  });

  it.each([
    ['methods_technician', true],
    ['site_manager', true],
    ['client_viewer', false],
  ] as [Role, boolean][])('%s sees the entry: %s', (role, shown) => {
    fakeFetch(() => null);
    renderInLang(
      'en',
      <SessionProvider>
        <Shell user={user(role)}>{null}</Shell>
      </SessionProvider>,
    );
    const link = screen.queryByRole('link', { name: 'Staff roster' });
    expect(link !== null).toBe(shown);
    if (link) expect(link.getAttribute('href')).toBe('#/roster');
  });
});
