// "Export (Excel)" on a master-data list: a plain download link to GET /api/export/:entity in the interface language.
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';
import './export-link.css';

export function ExportLink({ entity }: { entity: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  // A link sends no X-Logipilot-Lang header: ?lang names the language, so the headers match what the user reads.
  return (
    <a className="export-link" href={`/api/export/${entity}?lang=${lang}`} download data-testid="export">
      {t('web.masterData.export')}
    </a>
  );
}
