// Maps the current hash route to its page.
import { useTranslation } from 'react-i18next';
import { BudgetPage } from '../features/costing/pages/BudgetPage.tsx';
import { CostModelPage } from '../features/costing/pages/CostModelPage.tsx';
import { QuotePage } from '../features/costing/pages/QuotePage.tsx';
import { ForecastPage } from '../features/forecast/pages/ForecastPage.tsx';
import { ImportPage } from '../features/import/pages/ImportPage.tsx';
import { KpiDashboardPage } from '../features/kpi/pages/KpiDashboardPage.tsx';
import { MasterDataPage } from '../features/master-data/pages/MasterDataPage.tsx';
import { OverviewPage } from '../features/overview/pages/OverviewPage.tsx';
import { PlanPage } from '../features/plan/pages/PlanPage.tsx';
import { RosterPage } from '../features/roster/pages/RosterPage.tsx';
import { useRoute } from './router.ts';

export function Routes() {
  const route = useRoute();
  const { t } = useTranslation();
  switch (route.name) {
    case 'overview':
      return <OverviewPage />;
    case 'data':
      return <MasterDataPage key={route.entity} entity={route.entity} />;
    case 'import':
      return <ImportPage />;
    case 'plan':
      return <PlanPage />;
    case 'forecast':
      return <ForecastPage />;
    case 'roster':
      return <RosterPage />;
    case 'kpi':
      return <KpiDashboardPage />;
    case 'quotes':
      return <QuotePage />;
    case 'budget':
      return <BudgetPage />;
    case 'costModel':
      return <CostModelPage />;
    case 'notFound':
      return <p className="empty">{t('web.notFound')}</p>;
  }
}
