// Names of breakdown keys: clients and people by id from the master data, activities from the catalogue.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page, User } from '../../../api/types.ts';
import { useApi } from '../../../api/useApi.ts';
import type { Dimension } from '../kpiTypes.ts';

interface Named {
  id: string;
  number?: string;
  code?: string;
  name?: string;
  firstName?: string;
  lastName?: string;
}

/** Roles that may read people (the server's employees:read). */
export const PEOPLE_ROLES: readonly User['role'][] = [
  'admin',
  'site_manager',
  'methods_technician',
  'team_leader',
];

export function useKeyNames(user: User): (dimension: Dimension, key: string) => string {
  const { t, i18n } = useTranslation();
  const clients = useApi<Page<Named>>('/api/clients', { limit: 1000 });
  const people = useApi<Page<Named>>(PEOPLE_ROLES.includes(user.role) ? '/api/employees' : null, {
    limit: 1000,
  });
  const clientItems = clients.data?.items;
  const peopleItems = people.data?.items;
  return useCallback(
    (dimension: Dimension, key: string) => {
      if (dimension === 'site') return t('web-kpi.crumbs.site');
      if (dimension === 'client') return clientItems?.find((c) => c.id === key)?.name ?? key;
      if (dimension === 'operator') {
        const p = peopleItems?.find((e) => e.id === key || e.number === key);
        return p ? `${p.firstName ?? ''} ${p.lastName ?? ''}`.trim() : key;
      }
      if (dimension === 'activity')
        return i18n.exists(`plan.activity.${key}`)
          ? t(`plan.activity.${key}`)
          : t('web-kpi.activityOther', { key });
      return key;
    },
    [t, i18n, clientItems, peopleItems],
  );
}
