// What a person whose role may not see costs reads instead of a costing page.
import { useTranslation } from 'react-i18next';

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <p className="alert error" data-testid="costing-forbidden">
      {t('web-costing.forbidden')}
    </p>
  );
}
