// The hash router reads and writes the few routes of the app, and sends anything else to "not found".
import { describe, expect, it } from 'vitest';
import { href, parseHash, type Route } from './router.ts';

describe('parseHash', () => {
  it.each([
    ['', { name: 'overview' }],
    ['#/', { name: 'overview' }],
    ['#/overview', { name: 'overview' }],
    ['#/data/skus', { name: 'data', entity: 'skus' }],
    ['#/data/clients', { name: 'data', entity: 'clients' }],
    ['#/import', { name: 'import' }],
    ['#/plan', { name: 'plan' }],
    ['#/plan/', { name: 'plan' }],
    ['#/forecast', { name: 'forecast' }],
    ['#/plan/v1', { name: 'notFound' }],
    ['#/forecast/extra', { name: 'notFound' }],
    ['#/plans', { name: 'notFound' }],
    ['#/data/planets', { name: 'notFound' }],
    ['#/import/extra', { name: 'notFound' }],
  ] as [string, Route][])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('round-trips every route through href', () => {
    const routes: Route[] = [
      { name: 'overview' },
      { name: 'import' },
      { name: 'data', entity: 'employees' },
      { name: 'plan' },
      { name: 'forecast' },
    ];
    for (const r of routes) expect(parseHash(href(r))).toEqual(r);
    expect(href({ name: 'plan' })).toBe('#/plan');
    expect(href({ name: 'forecast' })).toBe('#/forecast');
  });
});
