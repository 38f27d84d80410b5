// A tiny hash router: the few screens of the app, parsed from and written to location.hash.
import { useSyncExternalStore } from 'react';

export const MASTER_ENTITIES = ['skus', 'locations', 'employees', 'clients'] as const;
export type MasterEntity = (typeof MASTER_ENTITIES)[number];

export type Route =
  | { name: 'overview' }
  | { name: 'data'; entity: MasterEntity }
  | { name: 'import' }
  | { name: 'plan' }
  | { name: 'forecast' }
  | { name: 'roster' }
  | { name: 'kpi' }
  | { name: 'quotes' }
  | { name: 'budget' }
  | { name: 'costModel' }
  | { name: 'notFound' };

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [first, second] = parts;
  if (!first || first === 'overview') return parts.length <= 1 ? { name: 'overview' } : { name: 'notFound' };
  if (first === 'import' && parts.length === 1) return { name: 'import' };
  if (first === 'plan' && parts.length === 1) return { name: 'plan' };
  if (first === 'forecast' && parts.length === 1) return { name: 'forecast' };
  if (first === 'roster' && parts.length === 1) return { name: 'roster' };
  if (first === 'kpi' && parts.length === 1) return { name: 'kpi' };
  if (first === 'quotes' && parts.length === 1) return { name: 'quotes' };
  if (first === 'budget' && parts.length === 1) return { name: 'budget' };
  if (first === 'cost-model' && parts.length === 1) return { name: 'costModel' };
  if (
    first === 'data' &&
    parts.length === 2 &&
    (MASTER_ENTITIES as readonly string[]).includes(second ?? '')
  ) {
    return { name: 'data', entity: second as MasterEntity };
  }
  return { name: 'notFound' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'overview':
      return '#/overview';
    case 'data':
      return `#/data/${route.entity}`;
    case 'import':
      return '#/import';
    case 'plan':
      return '#/plan';
    case 'forecast':
      return '#/forecast';
    case 'roster':
      return '#/roster';
    case 'kpi':
      return '#/kpi';
    case 'quotes':
      return '#/quotes';
    case 'budget':
      return '#/budget';
    case 'costModel':
      return '#/cost-model';
    case 'notFound':
      return '#/';
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  return parseHash(hash);
}
