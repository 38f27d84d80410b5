// "Tableau de bord": the KPI tiles of a period at the current level (site, a client, an activity, an operator), the
// breakdown to drill down with a breadcrumb back, performance against standard, each user's own arrangement, the
// drift alerts with their control charts, and the monthly report.
import { resources } from '@logipilot/i18n';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types.ts';
import { useApi } from '../../../api/useApi.ts';
import { useLang } from '../../../app/i18n.ts';
import { useSession } from '../../../app/session.tsx';
import { BreakdownTable } from '../components/BreakdownTable.tsx';
import { DriftsPanel } from '../components/DriftsPanel.tsx';
import { KpiTileCard } from '../components/KpiTileCard.tsx';
import { LayoutEditor } from '../components/LayoutEditor.tsx';
import { PerformancePanel } from '../components/PerformancePanel.tsx';
import { PeriodPicker } from '../components/PeriodPicker.tsx';
import { ReportExport } from '../components/ReportExport.tsx';
import { TargetsEditor } from '../components/TargetsEditor.tsx';
import { PEOPLE_ROLES, useKeyNames } from '../hooks/useKeyNames.ts';
import {
  localToday,
  monthPeriod,
  orderedTiles,
  type Period,
  reportMonth,
  shortDate,
  weekPeriod,
} from '../kpiFormat.ts';
import type { DashboardLayout, Dimension, KpiBoard, KpiTile, KpiUnit } from '../kpiTypes.ts';
import '../kpi.css';

interface Scope {
  dimension: Dimension;
  key: string;
  /** The client a drill-down went through: activity, team and operator figures are that client's alone. */
  client?: string;
}

/** The client whose figures a level below `scope` shows: the client opened, or the one carried down. */
function clientBelow(scope: Scope): string | undefined {
  return scope.dimension === 'client' ? scope.key : scope.client;
}

/** The natural next level of a drill-down: site → client → activity → operator. */
const NEXT: Record<Dimension, Dimension | null> = {
  site: 'client',
  client: 'activity',
  activity: 'operator',
  team: 'operator',
  operator: null,
};

/** Roles that may take an alert over (the server's import:run). */
const WRITE_ROLES: readonly User['role'][] = ['admin', 'site_manager', 'methods_technician'];

/** Roles that may set targets (the server's masterdata:write); the others read them. */
const TARGET_ROLES: readonly User['role'][] = ['admin', 'site_manager', 'methods_technician'];

/** Every KPI of the catalogue, in catalogue order (the names' catalogue holds exactly them). */
const ALL_KPI_IDS = Object.keys(
  ((resources.fr.translation.kpi as Record<string, unknown>).kpi ?? {}) as Record<string, unknown>,
);

type Tab = 'indicators' | 'drifts';

export function KpiDashboardPage() {
  const { state } = useSession();
  if (state.status !== 'authenticated') return null;
  return <KpiDashboard user={state.user} />;
}

export function KpiDashboard({ user }: { user: User }) {
  const { t } = useTranslation();
  const lang = useLang();
  const nameOf = useKeyNames(user);
  const isClient = user.role === 'client_viewer' && user.clientId !== null;
  const seesPeople = PEOPLE_ROLES.includes(user.role);
  const root: Scope = isClient
    ? { dimension: 'client', key: user.clientId ?? '' }
    : { dimension: 'site', key: '' };

  const stored = useApi<DashboardLayout>('/api/kpi/layout');
  const [savedLayout, setSavedLayout] = useState<DashboardLayout | null>(null);
  const layout = savedLayout ?? stored.data;
  const [chosenPeriod, setChosenPeriod] = useState<Period | null>(null);
  const today = localToday();
  const period = chosenPeriod ?? (layout?.period === 'week' ? weekPeriod(today) : monthPeriod(today));
  const [tab, setTab] = useState<Tab>('indicators');
  const [crumbs, setCrumbs] = useState<Scope[]>([root]);
  const scope = crumbs[crumbs.length - 1] ?? root;
  const [chosenBreakdown, setChosenBreakdown] = useState<Dimension | null>(null);
  const breakdown = isClient ? null : (chosenBreakdown ?? NEXT[scope.dimension]);
  const [editing, setEditing] = useState(false);
  const [targetsOpen, setTargetsOpen] = useState(false);

  const board = useApi<KpiBoard>('/api/kpi/board', {
    from: period.from,
    to: period.to,
    groupBy: scope.dimension,
    keys: scope.dimension === 'site' ? undefined : scope.key,
    client: scope.dimension === 'site' || scope.dimension === 'client' ? undefined : scope.client,
  });
  // Below a client, only the breakdowns that exist per client keep its scope; a client list is site-wide anyway.
  const detailClient = breakdown && breakdown !== 'client' ? clientBelow(scope) : undefined;
  const detail = useApi<KpiBoard>(breakdown && tab === 'indicators' ? '/api/kpi/board' : null, {
    from: period.from,
    to: period.to,
    groupBy: breakdown ?? undefined,
    client: detailClient,
  });

  // Units of every KPI seen so far: the drift list names KPIs the current level may not show.
  const units = useRef(new Map<string, KpiUnit>());
  for (const tile of [...(board.data?.tiles ?? []), ...(detail.data?.tiles ?? [])])
    units.current.set(tile.id, tile.unit);
  const unitOf = (id: string): KpiUnit => units.current.get(id) ?? 'rate';

  const tiles: KpiTile[] = useMemo(() => {
    const all = (board.data?.tiles ?? []).filter((tile) => tile.group === scope.key);
    const ordered = orderedTiles(all, layout?.tiles ?? [], scope.key);
    // A level none of the chosen KPIs exists at (an operator has no shipments) shows what it has.
    return ordered.length > 0 ? ordered : all;
  }, [board.data, layout, scope.key]);

  const drill = (next: Scope) => {
    const client = next.dimension === 'client' ? undefined : clientBelow(scope);
    setCrumbs([...crumbs, client === undefined ? next : { ...next, client }]);
    setChosenBreakdown(null);
  };
  const back = (index: number) => {
    setCrumbs(crumbs.slice(0, index + 1));
    setChosenBreakdown(null);
  };
  const crumbLabel = (s: Scope) =>
    s.dimension === 'site'
      ? t('web-kpi.crumbs.site')
      : t('web-kpi.crumbs.scope', {
          dimension: t(`kpi.dimension.${s.dimension}`),
          name: nameOf(s.dimension, s.key),
        });
  const breakdownChoices: Dimension[] = seesPeople
    ? ['client', 'activity', 'team', 'operator']
    : ['client', 'activity'];

  return (
    <div className="page kpi" data-testid="kpi-dashboard">
      <div className="kpi-titlebar">
        <h1>{t('web-kpi.title')}</h1>
        <span className="spacer" />
        <ReportExport month={reportMonth(period)} />
      </div>
      <div className="kpi-tabs" role="tablist" aria-label={t('web-kpi.tabs.label')}>
        {(['indicators', 'drifts'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={tab === id ? 'active' : undefined}
            data-testid={`kpi-tab-${id}`}
            onClick={() => setTab(id)}
          >
            {t(`web-kpi.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div className="kpi-toolbar">
        <PeriodPicker period={period} onChange={setChosenPeriod} />
        {tab === 'indicators' && !isClient && (
          <label className="kpi-inline">
            {t('web-kpi.breakdown.label')}
            <select
              data-testid="kpi-breakdown-select"
              value={breakdown ?? ''}
              onChange={(e) => setChosenBreakdown((e.target.value || null) as Dimension | null)}
            >
              {breakdownChoices.map((d) => (
                <option key={d} value={d}>
                  {t(`kpi.dimension.${d}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="spacer" />
        {tab === 'indicators' && (
          <button
            type="button"
            data-testid="kpi-customise"
            onClick={() => setEditing(!editing)}
            aria-pressed={editing}
          >
            {t('web-kpi.layout.customise')}
          </button>
        )}
        {tab === 'indicators' && (
          <button
            type="button"
            data-testid="kpi-targets"
            onClick={() => setTargetsOpen(!targetsOpen)}
            aria-pressed={targetsOpen}
          >
            {t('web-kpi.targets.open')}
          </button>
        )}
      </div>
      <p className="muted kpi-range" data-testid="kpi-range">
        {t('web-kpi.period.range', { from: shortDate(lang, period.from), to: shortDate(lang, period.to) })}
        {board.data && (
          <>
            {' · '}
            {t('web-kpi.period.previousRange', {
              from: shortDate(lang, board.data.previous.from),
              to: shortDate(lang, board.data.previous.to),
            })}
          </>
        )}
      </p>

      {tab === 'drifts' ? (
        <DriftsPanel
          period={period}
          unitOf={unitOf}
          nameOf={nameOf}
          canTakeOver={WRITE_ROLES.includes(user.role) && !isClient}
        />
      ) : (
        <>
          {editing && layout && (
            <LayoutEditor
              layout={layout}
              allIds={ALL_KPI_IDS}
              onSaved={(saved) => {
                setSavedLayout(saved);
                setEditing(false);
              }}
              onCancel={() => setEditing(false)}
            />
          )}
          {targetsOpen && (
            <TargetsEditor
              allIds={ALL_KPI_IDS}
              nameOf={nameOf}
              canEdit={TARGET_ROLES.includes(user.role) && !isClient}
              onSaved={() => {
                board.reload();
                detail.reload();
              }}
              onClose={() => setTargetsOpen(false)}
            />
          )}
          <nav className="kpi-crumbs" aria-label={t('web-kpi.crumbs.label')} data-testid="kpi-crumbs">
            <ol>
              {crumbs.map((c, i) => (
                <li key={`${c.dimension}:${c.key}`}>
                  {i === crumbs.length - 1 ? (
                    <span aria-current="page">{crumbLabel(c)}</span>
                  ) : (
                    <button type="button" className="kpi-open" onClick={() => back(i)}>
                      {crumbLabel(c)}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          </nav>
          {board.error && <p className="alert error">{board.error.message}</p>}
          {tiles.length === 0 ? (
            <p className="empty panel">{board.loading ? t('web-kpi.loading') : t('web-kpi.empty')}</p>
          ) : (
            <div className="kpi-tiles" data-testid="kpi-tiles">
              {tiles.map((tile) => (
                <KpiTileCard key={tile.id} tile={tile} sparkPeriod={board.data?.sparkPeriod ?? 'week'} />
              ))}
            </div>
          )}
          {breakdown && (
            <section className="panel">
              <div className="panel-head">
                <h2>
                  {t('web-kpi.breakdown.title', { dimension: t(`kpi.dimension.${breakdown}`).toLowerCase() })}
                </h2>
                <span className="muted">{t('web-kpi.breakdown.hint')}</span>
              </div>
              {detailClient !== undefined ? (
                <p className="alert kpi-note">
                  {t('web-kpi.breakdown.withinClient', { client: nameOf('client', detailClient) })}
                </p>
              ) : (
                scope.dimension !== 'site' &&
                breakdown !== 'client' && <p className="alert kpi-note">{t('web-kpi.breakdown.siteWide')}</p>
              )}
              {detail.error && <p className="alert error">{detail.error.message}</p>}
              {/* The previous level's answer stays in the hook while the next one loads: never offer its rows. */}
              {detail.data &&
              detail.data.groupBy === breakdown &&
              detail.data.client === (detailClient ?? '') &&
              !detail.loading ? (
                <BreakdownTable
                  board={detail.data}
                  columns={layout?.tiles ?? ALL_KPI_IDS}
                  nameOf={nameOf}
                  onOpen={(key) => drill({ dimension: breakdown, key })}
                />
              ) : (
                <p className="empty">{t('web-kpi.loading')}</p>
              )}
            </section>
          )}
          {seesPeople && (
            <PerformancePanel
              period={period}
              nameOf={nameOf}
              onOpenOperator={(key) => drill({ dimension: 'operator', key })}
            />
          )}
        </>
      )}
    </div>
  );
}
