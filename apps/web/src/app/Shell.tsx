// Signed-in frame: top bar (site, language, user, sign-out) and the navigation of the modules that work.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteOverview, User } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { COSTING_ROLES } from '../features/costing/costingRoles.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { href, MASTER_ENTITIES, type Route, useRoute } from './router.ts';
import { useSession } from './session.tsx';

function NavLink({ route, current, children }: { route: Route; current: Route; children: ReactNode }) {
  const active = href(route) === href(current) && current.name !== 'notFound';
  return (
    <a
      href={href(route)}
      className={active ? 'active' : undefined}
      aria-current={active ? 'page' : undefined}
    >
      {children}
    </a>
  );
}

/** Roles that may import master data (mirrors the server's `import:run` permission). */
const IMPORT_ROLES: readonly User['role'][] = ['admin', 'site_manager', 'methods_technician'];

export function Shell({ user, children }: { user: User; children: ReactNode }) {
  const { t } = useTranslation();
  const { logout } = useSession();
  const route = useRoute();
  const overview = useApi<SiteOverview>('/api/site/overview');
  const site = overview.data?.site;

  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">{t('common.appName')}</span>
        {site && (
          <span className="site-name" data-testid="site-name">
            {site.name}
            <small>{site.code}</small>
          </span>
        )}
        <span className="spacer" />
        <LanguageSwitch />
        <span className="user">
          <strong>{user.displayName}</strong>
          <small>{t(`auth.role.${user.role}`)}</small>
        </span>
        <button type="button" className="link-button" onClick={() => void logout()}>
          {t('web.shell.logout')}
        </button>
      </header>
      <nav className="sidebar" aria-label={t('web.shell.mainNav')}>
        <NavLink route={{ name: 'overview' }} current={route}>
          {t('web.nav.overview')}
        </NavLink>
        <NavLink route={{ name: 'kpi' }} current={route}>
          {t('web-kpi.nav')}
        </NavLink>
        <div className="nav-group">{t('web.nav.masterData')}</div>
        {MASTER_ENTITIES.filter((entity) => entity !== 'employees' || user.role !== 'client_viewer').map(
          (entity) => (
            <NavLink key={entity} route={{ name: 'data', entity }} current={route}>
              {t(`web.nav.${entity}`)}
            </NavLink>
          ),
        )}
        {user.role !== 'client_viewer' && (
          <>
            <div className="nav-group">{t('web.plan.navGroup')}</div>
            <NavLink route={{ name: 'forecast' }} current={route}>
              {t('web.plan.forecast.nav')}
            </NavLink>
            <NavLink route={{ name: 'plan' }} current={route}>
              {t('web.plan.nav')}
            </NavLink>
            <NavLink route={{ name: 'roster' }} current={route}>
              {t('web-roster.nav')}
            </NavLink>
          </>
        )}
        {COSTING_ROLES.includes(user.role) && (
          <>
            <div className="nav-group">{t('web-costing.nav.group')}</div>
            <NavLink route={{ name: 'quotes' }} current={route}>
              {t('web-costing.nav.quotes')}
            </NavLink>
            <NavLink route={{ name: 'budget' }} current={route}>
              {t('web-costing.nav.budget')}
            </NavLink>
            <NavLink route={{ name: 'costModel' }} current={route}>
              {t('web-costing.nav.costModel')}
            </NavLink>
          </>
        )}
        {IMPORT_ROLES.includes(user.role) && (
          <>
            <div className="nav-group" />
            <NavLink route={{ name: 'import' }} current={route}>
              {t('web.nav.import')}
            </NavLink>
          </>
        )}
      </nav>
      <main className="content">{children}</main>
    </div>
  );
}
